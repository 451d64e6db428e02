/** Mention → stakeholder: catalogue aliases, surnames, titles, roles, groups and pronouns. */
import { docHeads, type Mention } from './mentions.js';
import { countries } from './gazetteer.js';
import type { Entity, Registry } from './stakeholders.js';

export interface Resolved extends Mention {
  entity: Entity | null;
}

const genericRoles = new Set(['leader', 'tenant', 'occupant', 'head', 'chief', 'premier', 'monarch']);
const groupOrgHeads = new Set(['forces', 'front', 'militia', 'brigade', 'movement', 'group']);

export class Resolver {
  private readonly history: { entity: Entity; subject: boolean }[] = [];
  private readonly local = new Map<string, Entity>();
  readonly speakers: Entity[] = [];

  constructor(
    private readonly registry: Registry,
    private readonly dominantCountry: string | null,
  ) {}

  resolve(m: Mention): Resolved {
    const entity = this.entityFor(m);
    if (entity) {
      this.registry.note(entity, m.start, m.end, m.type === 'PRONOUN' ? '' : surface(m));
      this.history.push({ entity, subject: !m.afterPrep && !m.possessive });
      if (m.acronym) {
        entity.aliases.add(m.acronym);
        this.local.set(m.acronym, entity);
      }
    }
    // An explicit literal, not a spread: this runs for every mention and the spread is slow.
    return {
      start: m.start, end: m.end, text: m.text, type: m.type, name: m.name, title: m.title, head: m.head, modifiers: m.modifiers,
      ofPhrase: m.ofPhrase, org: m.org, possessive: m.possessive, afterPrep: m.afterPrep, human: m.human, acronym: m.acronym, entity,
    };
  }

  /** Record a speaker so later "the statement" or pronouns can refer back to it. */
  spoke(e: Entity): void {
    e.strong = true;
    this.speakers.push(e);
    this.history.push({ entity: e, subject: true });
  }

  private entityFor(m: Mention): Entity | null {
    switch (m.type) {
      case 'NAME':
        return this.name(m);
      case 'AGENCY':
        return this.agency(m);
      case 'ROLE':
        return this.role(m);
      case 'GROUP':
        return this.group(m);
      case 'PRONOUN':
        return this.pronoun(m.name);
    }
  }

  private name(m: Mention): Entity | null {
    const dir = this.registry.directory;
    const local = this.local.get(m.name);
    if (local) return local;
    const cat = dir.lookup(m.name) ?? (m.org ? null : dir.lookup(m.text));
    if (cat) return this.registry.fromCatalogue(cat);
    if (m.org) {
      const kind = groupOrgHeads.has(m.name.split(' ').pop()?.toLowerCase() ?? '') ? 'GROUP' : 'ORGANIZATION';
      const e = this.registry.create(m.name.replace(/^the\s+/i, ''), kind, true);
      e.parent ??= dir.countryIn(m.name);
      return e;
    }
    const person = this.registry.personNamed(m.name);
    if (person) {
      if (m.title && !person.role) person.role = m.title;
      if (m.name.length > person.name.length) person.name = m.name;
      return person;
    }
    const words = m.name.split(' ');
    if (!m.title && (words.length < 2 || words.length > 5)) return null;
    const e = this.registry.create(m.name, 'PERSON', m.title !== null || m.human);
    if (m.title) this.titled(e, m.title);
    return e;
  }

  titled(e: Entity, title: string): void {
    e.strong = true;
    e.role ??= title.replace(/^(the|a|an)\s+/i, '');
    const dir = this.registry.directory;
    e.parent ??= dir.countryIn(title) ?? orgIn(title, (s) => dir.lookup(s)?.slug ?? null);
  }

  private agency(m: Mention): Entity | null {
    const owner = this.name({ ...m, type: 'NAME' });
    if (!owner) return null;
    if (owner.kind === 'COUNTRY' || ['administration', 'government', 'camp', 'team', 'cabinet'].includes(m.head)) return owner;
    const e = this.registry.create(m.text.replace(/^the\s+/i, ''), 'ORGANIZATION', true);
    e.parent ??= owner.kind === 'PERSON' ? owner.parent : owner.slug;
    return e;
  }

  private role(m: Mention): Entity | null {
    const dir = this.registry.directory;
    const hint = dir.countryIn(m.modifiers.join(' ')) ?? (m.ofPhrase ? dir.countryIn(m.ofPhrase) : null);
    if (docHeads.has(m.head)) return this.lastSpeaker(hint);
    if (m.head === 'government' || m.head === 'administration') return m.title === 'the' ? this.government(m, hint) : null;
    if (m.title !== 'the') {
      if (!['source', 'official', 'spokesperson', 'spokesman', 'spokeswoman', 'diplomat'].includes(m.head)) return null;
      const e = this.registry.create(m.text, 'PERSON', false);
      e.parent ??= hint;
      return e;
    }
    for (let i = this.history.length - 1; i >= 0; i--) {
      const e = this.history[i]?.entity;
      if (!e || e.kind !== 'PERSON' || !e.strong) continue;
      const role = (e.role ?? '').toLowerCase();
      const fits = role.includes(m.head) || (genericRoles.has(m.head) && hint !== null);
      if (fits && (hint === null || e.parent === hint)) return e;
    }
    return null;
  }

  private government(m: Mention, hint: string | null): Entity | null {
    const dir = this.registry.directory;
    const named = m.modifiers.find((w) => /^\p{Lu}/u.test(w));
    if (named) {
      const cat = dir.lookup(named);
      const p = this.registry.personNamed(named) ?? (cat ? this.registry.fromCatalogue(cat) : null);
      if (p) return p;
    }
    // "the Turkish government" is Turkey; only a bare "the government" needs the article's country.
    const named2 = hint ? dir.bySlug.get(hint) : null;
    if (named2) return this.registry.fromCatalogue(named2);
    const c = this.dominantCountry ? dir.bySlug.get(this.dominantCountry) : null;
    if (!c) return null;
    const withArticle = countries.find((k) => k.name === c.name)?.article ? `the ${c.name}` : c.name;
    const e = this.registry.create(`Government of ${withArticle}`, 'ORGANIZATION', true);
    e.parent = c.slug;
    return e;
  }

  private lastSpeaker(country: string | null): Entity | null {
    for (let i = this.speakers.length - 1; i >= 0; i--) {
      const e = this.speakers[i];
      if (e && (country === null || e.parent === country || e.slug === country)) return e;
    }
    return null;
  }

  private group(m: Mention): Entity | null {
    for (const e of this.registry.entities.values()) {
      if (e.kind !== 'GROUP' || e.head !== m.head) continue;
      const a = new Set(e.modifiers);
      const b = new Set(m.modifiers);
      if ([...b].every((w) => a.has(w)) || [...a].every((w) => b.has(w))) return e;
    }
    const e = this.registry.create(m.text, 'GROUP', false);
    e.head = m.head;
    e.modifiers = m.modifiers;
    e.parent = this.registry.directory.countryIn(m.text);
    return e;
  }

  private pronoun(p: string): Entity | null {
    const wanted = p === 'they' ? ['GROUP', 'ORGANIZATION'] : ['PERSON'];
    for (const subjectOnly of [true, false]) {
      for (let i = this.history.length - 1; i >= Math.max(0, this.history.length - 40); i--) {
        const h = this.history[i];
        if (!h || !wanted.includes(h.entity.kind) || (subjectOnly && !h.subject)) continue;
        if (h.entity.kind === 'PERSON' && !h.entity.strong) continue;
        return h.entity;
      }
    }
    return null;
  }
}

function surface(m: Mention): string {
  return m.type === 'NAME' ? m.name : m.text;
}

function orgIn(title: string, find: (s: string) => string | null): string | null {
  for (const w of title.split(/\s+/)) {
    const hit = find(w);
    if (hit) return hit;
  }
  return null;
}
