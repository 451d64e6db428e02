/** Positions from statements and narration, with cue lexicons. */
import type { SentenceFacts } from './extract.js';
import type { Registry } from './stakeholders.js';
import type { TopicIndex } from './topics.js';
import type { ExtractedPosition, ExtractedStatement, Stance } from './types.js';

const lexicon: [Stance, RegExp][] = [
  ['CONDITIONAL', /\bprovided (?:that\b)?|\bon condition\b|\bas long as\b|\bonly if\b|\bin exchange for\b|\bready (?:to|for)\b[^.]*\b(?:compromise|if|provided|towards those)\b/i],
  ['REJECTS', /\breject|\bnull and void\b|\bunacceptable\b|\brefus|\bdismiss|\billegitimate\b|\bcannot produce any legal|\bwill not accept\b/i],
  ['DEMANDS', /\bdemand|\bcall(?:ed|s)? on\b|\burged?\b|\binsist|\bmake sure\b|\bmust\b(?! remain)|\brequire/i],
  ['WARNS', /\bwarn|\bwill (?:totally )?destroy|\bobliterate|\bthreat|\blead to\b|\bdanger|\bconsequences\b/i],
  ['CRITICIZES', /\bcritici[sz]|\bdenounc|\bcondemn|\bmistake\b|\bstab in the back\b|\black of understanding\b|\bimpulsive\b|\bundone\b|\bbetrayal\b|\binsult|\btheft\b|\bridiculous\b|\bdastardly\b|\bdisrespect|\bcosts? \w+ (?:between )?\$|\babandoned\b/i],
  ['OPPOSES', /\boppos|\bgoes against\b|\bwithdr[ae]w (?:the \w+ )?from\b|\brenunciation\b|\bless help\b|\bbann?(?:ed|s)\b|\bvote against\b/i],
  ['PROPOSES', /\bpropos|\boffer(?:ed|s)?\b|\binvit(?:ed|es)\b|\bsuggest/i],
  ['SUPPORTS', /\bsupport|\bready to\b|\bwilling to\b|\bwelcome|\bjoin(?:ed|s)?\b|\bsign(?:ed|s)?\b|\bcommit(?:ted|ment)\b|\blegitimate\b|\bcompatible with\b|\bsuccess\b|\bgame changer\b|\bkeep the deal\b|\bdefended\b|\baim\b|\bgoal\b|\bin favou?r\b|\brestored\b|\bcalled for\b|\bbacked\b|\bendorse/i],
];
const anaphora = /\b(?:the (?:decision|deal|agreement|treaty|move|measure|withdrawal|ban|plan)|conditions|demands|terms)\b/i;
const leaderRole = /president|prime minister|chancellor|king|queen|emir|leader|foreign minister|premier/i;
const demandsIntro = /^Among (.+?)['’]s? demands:?\s*$/u;

export function stanceOf(text: string): Stance | null {
  for (const [stance, re] of lexicon) if (re.test(text)) return stance;
  return null;
}

export function inferPositions(body: string, facts: SentenceFacts[], statements: ExtractedStatement[], registry: Registry, topics: TopicIndex, title: string): ExtractedPosition[] {
  const out = new Map<string, ExtractedPosition>();
  const dominant = topics.dominant(title, body);
  let previous: string[] = [];
  let demander: string | null = null;
  const add = (holder: string, topicList: string[], stance: Stance, start: number, end: number, statement: number | null, confidence: number): void => {
    for (const topic of topicList) {
      for (const h of holdersOf(holder, registry)) {
        const key = `${h}|${topic}|${stance}`;
        if (!out.has(key)) out.set(key, { stakeholder: h, topic, stance, evidence: body.slice(start, end).slice(0, 300), statement, start, end, confidence: h === holder ? confidence : confidence * 0.8 });
      }
    }
  };
  for (const f of facts) {
    const text = body.slice(f.segment.start, f.segment.end);
    const intro = demandsIntro.exec(text);
    if (intro) {
      demander = f.mentions.find((m) => m.entity)?.entity?.slug ?? null;
      previous = [];
      continue;
    }
    if (demander && /^\s*[•*·▪◦–-]/u.test(text)) {
      const found = topics.match(text);
      add(demander, found, /\brenunciation\b/i.test(text) ? 'OPPOSES' : 'DEMANDS', f.segment.start, f.segment.end, null, 0.6);
      previous = [...previous, ...found];
      continue;
    }
    demander = null;
    const own = topics.match(text);
    const topicList = own.length > 0 ? own.slice(0, 2) : anaphora.test(text) ? previous : dominant ? [dominant] : [];
    for (const i of f.statements) {
      const s = statements[i];
      if (!s) continue;
      const unit = s.kind === 'DIRECT' && s.quote.split(/\s+/).length >= 8 ? s.quote : text;
      const stance = stanceOf(unit);
      const list = topics.match(unit).slice(0, 2);
      if (stance) add(s.speaker, list.length > 0 ? list : topicList, stance, s.start, s.end, i, 0.6);
    }
    const holder = narrativeHolder(f, text);
    if (holder) {
      const unit = text.slice(holder.from, holder.to);
      const stance = stanceOf(unit);
      if (stance && topicList.length > 0) add(holder.slug, topicList, stance, f.segment.start, f.segment.end, null, 0.5);
    }
    if (own.length > 0) previous = own;
  }
  return [...out.values()];
}

function narrativeHolder(f: SentenceFacts, text: string): { slug: string; from: number; to: number } | null {
  const base = f.segment.start;
  const agent = f.mentions.find((m) => m.entity?.strong && /\b(?:deemed|considered|seen|called)\b[^.]*\bby\s+$/.test(text.slice(0, m.start - base)));
  if (agent?.entity) return { slug: agent.entity.slug, from: 0, to: text.length };
  const subject = f.mentions.find((m) => m.entity?.strong && !m.afterPrep && !m.possessive && m.type !== 'PRONOUN');
  if (!subject?.entity) return null;
  const next = f.mentions.find((m) => m.start > subject.end && m.entity?.strong && !m.afterPrep && m.entity !== subject.entity);
  // The holder's clause ends where another actor takes over the sentence.
  return { slug: subject.entity.slug, from: subject.start - base, to: next ? next.start - base : text.length };
}

/** A head of state or government speaks for the country too. */
function holdersOf(slug: string, registry: Registry): string[] {
  const e = registry.entities.get(slug);
  if (e?.kind !== 'PERSON' || !e.parent || !leaderRole.test(e.role ?? '')) return [slug];
  const country = registry.directory.bySlug.get(e.parent);
  if (country?.kind === 'COUNTRY') {
    registry.fromCatalogue(country);
    return [slug, country.slug];
  }
  return [slug];
}
