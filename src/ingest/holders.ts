/** Who holds a stance stated in narration: passive agents, clause subjects, coordinated subjects, lists after "from". */
import type { Resolved } from './resolve.js';
import type { Entity, Registry } from './stakeholders.js';

type Held = Resolved & { entity: Entity };

/** Offsets relative to the sentence text. */
export interface ClauseCue {
  from: number;
  to: number;
  cueAt: number;
  cueEnd: number;
}

const leaderRole = /president|prime minister|chancellor|king|queen|emir|leader|foreign minister|premier/i;
const orgHeadRole = /\b(?:head|chief|chair(?:man|woman|person)?|secretary[- ]general|director[- ]general|president)\b/i;
const listEnd = /\b(?:who|which|that|because|after|over|since|when)\b|[;.]/;

const resolved = (m: Resolved): m is Held => m.entity !== null;
const held = (m: Resolved): m is Held => m.entity !== null && m.entity.strong;

/**
 * The holders of a stance cue inside one clause of a sentence: the agent of a passive
 * ("deemed unacceptable by X"), else the nearest active subject before the cue together with
 * subjects coordinated with it ("A of B and C of D signed"), else the sentence's subject
 * when the clause continues it ("…, and deemed that…").
 */
export function clauseHolders(text: string, base: number, mentions: Resolved[], c: ClauseCue, inherited: Entity[]): Entity[] {
  const rel = (m: Resolved): number => m.start - base;
  const inClause = mentions.filter(held).filter((m) => rel(m) >= c.from && m.end - base <= c.to);
  const before = inClause.filter((m) => m.end - base <= c.cueAt && !m.possessive && (m.type !== 'PRONOUN' || rel(m) === c.from || rel(m) === 0));
  const agent = inClause.find((m) => rel(m) >= c.cueEnd && /^[^,;]{0,60}\bby\s+(?:the\s+)?$/.test(text.slice(c.cueEnd, rel(m))));
  const active = before.filter((m) => !m.afterPrep);
  const passive = /\b(?:is|are|was|were|been|being|be)\s+(?:\w+ly\s+)?\S*$/.test(text.slice(c.from, c.cueAt)) || active.length === 0;
  if (agent && passive) return [agent.entity];
  // "X, which supports Y": the relative pronoun's antecedent holds the stance, and only if it is an actor.
  const relative = /\b(?:which|who)\s+(?:\w+\s+)?$/.exec(text.slice(c.from, c.cueAt));
  if (relative) {
    const at = c.from + relative.index;
    const antecedent = before.find((m) => /^\s*,?\s*$/.test(text.slice(m.end - base, at)));
    return antecedent && !antecedent.afterPrep ? [antecedent.entity] : [];
  }
  const subject = active[active.length - 1];
  if (!subject) {
    if (inherited.length > 0) return inherited;
    // "With the US encouraging…": an absolute construction's subject sits right before its verb.
    const near = before[before.length - 1];
    return near && /^\s*(?:\w+\s+){0,2}$/.test(text.slice(near.end - base, c.cueAt)) ? [near.entity] : [];
  }
  // A weak name coordinated with a strong subject ("Presidents A of X and B of Y") is a co-subject.
  const around = mentions.filter(resolved).filter((m) => rel(m) >= c.from && m.end - base <= c.cueAt && !m.possessive && m.type !== 'PRONOUN');
  return coordinated(text, base, around, subject);
}

/** The subject, the subjects coordinated with it on either side, and "of COUNTRY" attachments of each. */
function coordinated(text: string, base: number, around: Held[], subject: Held): Entity[] {
  const out = new Set<Entity>([subject.entity]);
  const joined = (a: Held, b: Held): boolean => {
    let gap = text.slice(a.end - base, b.start - base);
    for (const m of around) if (m.afterPrep && m.start >= a.end && m.end <= b.start) gap = gap.replace(m.text, ' ');
    const joint = gap.replace(/\b(?:of|from|in)\b/g, ' ').replace(/\s+/g, ' ').trim();
    return joint === ',' || joint === 'and' || joint === ', and';
  };
  const chain = around.filter((m) => !m.afterPrep);
  const idx = chain.findIndex((m) => m.start === subject.start);
  for (const step of [-1, 1]) {
    let current = subject;
    for (let i = idx + step; i >= 0 && i < chain.length; i += step) {
      const next = chain[i];
      if (!next || !(step < 0 ? joined(next, current) : joined(current, next))) break;
      out.add(next.entity);
      current = next;
    }
  }
  // "President X of Y" speaks for Y.
  for (const m of around) {
    if (!m.afterPrep || m.entity.kind !== 'COUNTRY') continue;
    const owner = around.find((p) => out.has(p.entity) && p.entity.kind === 'PERSON' && p.end <= m.start && /^\s*of\s+(?:the\s+)?$/.test(text.slice(p.end - base, m.start - base)));
    if (owner) out.add(m.entity);
  }
  return [...out];
}

/** Holders listed after "from" ("condemnation came from A, B, and a spokesperson for C"). */
export function listedAfter(text: string, base: number, mentions: Resolved[], at: number): Entity[] {
  const rest = text.slice(at);
  const stop = listEnd.exec(rest);
  const end = at + (stop ? stop.index : rest.length);
  return [...new Set(mentions.filter(held).filter((m) => m.start - base >= at && m.end - base <= end).map((m) => m.entity))];
}

/** A head of state or government speaks for the country too; an organisation's head for it. */
export function holdersOf(slug: string, registry: Registry): string[] {
  const e = registry.entities.get(slug);
  if (e?.kind !== 'PERSON' || !e.parent) return [slug];
  const parent = registry.directory.bySlug.get(e.parent) ?? null;
  const role = e.role ?? '';
  const speaksFor = parent && ((parent.kind === 'COUNTRY' && leaderRole.test(role)) || (parent.kind === 'ORGANIZATION' && orgHeadRole.test(role)));
  if (!parent || !speaksFor) {
    const local = registry.entities.get(e.parent);
    return local && local.kind === 'ORGANIZATION' && orgHeadRole.test(role) ? [slug, local.slug] : [slug];
  }
  registry.fromCatalogue(parent);
  return [slug, parent.slug];
}
