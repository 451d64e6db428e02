/** Mentions of possible speakers in one sentence: names, role and group descriptions, pronouns. */
import { groupHeads, notNameWords, roleHeads, sourceHeads } from './gazetteer.js';
import { nameChunks, tokenize } from './names.js';

export type MentionType = 'NAME' | 'ROLE' | 'GROUP' | 'PRONOUN' | 'AGENCY';

export interface Mention {
  start: number;
  end: number;
  text: string;
  type: MentionType;
  /** NAME/AGENCY: the name; ROLE/GROUP: the description; PRONOUN: the pronoun */
  name: string;
  title: string | null;
  head: string;
  modifiers: string[];
  /** the proper noun after "of" in a role ("the tenant of the White House") */
  ofPhrase: string | null;
  org: boolean;
  possessive: boolean;
  /** preceded by a preposition, so not the subject of its clause */
  afterPrep: boolean;
  /** grammar says this is a person: "X, who …" */
  human: boolean;
  /** acronym given in brackets right after the name: "Syrian Democratic Forces (SDF)" */
  acronym: string | null;
}

export const docHeads = new Set(['statement', 'announcement', 'resolution', 'communique', 'communiqué', 'release', 'declaration']);
const agencyHeads = new Set(['office', 'government', 'administration', 'spokesperson', 'spokesman', 'spokeswoman', 'ministry', 'camp', 'team', 'cabinet', 'authorities']);
const roleWords = [...roleHeads, ...sourceHeads, ...docHeads, 'government', 'administration'];
// Both cases of each head, without the i flag (which would make \p{Lu} match lowercase too).
const roleAlternation = [...roleWords, ...roleWords.map((w) => w.charAt(0).toUpperCase() + w.slice(1))].join('|');
const roleRe = new RegExp(
  `(?<![\\p{L}])(the|a|an|The|A|An)\\s+((?:[\\p{L}’'/-]+\\s+){0,3})(${roleAlternation})(?![\\p{L}-])(?:\\s+of\\s+((?:the\\s+)?\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*)*))?`,
  'gu',
);
// ASCII letters tried before \p{L} in the guards: same matches, cheaper on English text.
const groupHeadRe = new RegExp(`(?<![a-zA-Z]|\\p{L})(?:${[...groupHeads].join('|')})(?![a-zA-Z]|\\p{L})`, 'gu');
// Applied to the few words before a group head only, so it stays cheap.
const groupLeadRe = /(?:(an?|An?|the|The|some|Some|most|Most|many|Many|several|Several|other|all|All)\s+)?(?:(?:assembly|group|coalition|delegation|number|majority|handful) of\s+(?:(?:several|some|many|the)\s+)?)?((?:[\p{L}’'/-]+\s+){0,2}?)$/u;
const pronounRe = /(?<![\p{L}])(he|she|they|He|She|They)(?![\p{L}])/gu;
// Anchored tests on the text after a mention, compiled once: they run for every mention.
const acronymAfter = /^\s*\((\p{Lu}[\p{Lu}\p{N}&-]{1,9})\)/u;
const whoAfter = /^\s*,\s*(?:who|whose)\b/u;
const agencyAfter = /^\s+(\p{Ll}+)/u;
const agencyListed = /^\s+\p{Ll}+\s*,\s*\p{Lu}/u;
const possessiveWord = /[’']s$/;
const upperStart = /^\p{Lu}/u;
const prepBefore = /(?:^|\s)(?:of|to|in|on|at|with|from|for|about|against|into|over|under|between|among|around|towards?|via|through|during|after|before|than|like|upon|across|amid)\s+(?:the\s+|an?\s+)?(?:[\p{L}]+['’]s\s+)?$/iu;

/** All mentions in `text` (a sentence of the masked body starting at `base`), in order, non-overlapping. */
export function findMentions(text: string, base: number, known: (s: string) => boolean): Mention[] {
  const found: Mention[] = [];
  const tokens = tokenize(text, base);
  for (const c of nameChunks(tokens, text, base, known)) {
    found.push(nameMention(c, text, base));
  }
  for (const m of text.matchAll(roleRe)) {
    const r = roleMention(m, base);
    if (r) found.push(r);
  }
  for (const h of text.matchAll(groupHeadRe)) {
    const g = groupMention(text, h, base);
    if (g) found.push(g);
  }
  for (const m of text.matchAll(pronounRe)) {
    const at = base + (m.index ?? 0);
    found.push(blank(at, at + (m[0]?.length ?? 0), m[0] ?? '', 'PRONOUN', (m[0] ?? '').toLowerCase()));
  }
  const kept = dropOverlaps(found);
  for (const m of kept) m.afterPrep = prepBefore.test(text.slice(Math.max(0, m.start - base - 40), m.start - base));
  return kept;
}

function blank(start: number, end: number, text: string, type: MentionType, name: string): Mention {
  return { start, end, text, type, name, title: null, head: '', modifiers: [], ofPhrase: null, org: false, possessive: false, afterPrep: false, acronym: null, human: false };
}

function nameMention(c: ReturnType<typeof nameChunks>[number], text: string, base: number): Mention {
  const after = text.slice(c.end - base);
  const m = blank(c.start, c.end, text.slice(c.start - base, c.end - base), 'NAME', c.name);
  m.title = c.title;
  m.org = c.org;
  m.possessive = c.possessive;
  const acronym = acronymAfter.exec(after);
  if (acronym?.[1]) m.acronym = acronym[1];
  m.human = whoAfter.test(after);
  const agency = agencyAfter.exec(after);
  const head = agency?.[1];
  // "Erdogan's office", "The United States government": the body speaks for the name.
  if (head && agencyHeads.has(head) && !agencyListed.test(after)) {
    m.type = 'AGENCY';
    m.head = head;
    m.end = c.end + (agency?.[0].length ?? 0);
    m.text = text.slice(c.start - base, m.end - base);
  }
  return m;
}

function roleMention(r: RegExpMatchArray, base: number): Mention | null {
  const words = (r[2] ?? '').trim().split(/\s+/).filter(Boolean);
  if (words.some((w) => notNameWords.has(w.toLowerCase()) || possessiveWord.test(w))) return null;
  const at = base + (r.index ?? 0);
  const surface = r[0] ?? '';
  const m = blank(at, at + surface.length, surface, 'ROLE', surface);
  m.head = (r[3] ?? '').toLowerCase();
  m.modifiers = (r[2] ?? '').trim().split(/\s+/).filter(Boolean);
  m.ofPhrase = r[4] ? r[4].replace(/^the\s+/i, '') : null;
  m.title = (r[1] ?? '').toLowerCase();
  return m;
}

function groupMention(text: string, h: RegExpMatchArray, base: number): Mention | null {
  const at = h.index ?? 0;
  const from = Math.max(0, at - 70);
  const lead = groupLeadRe.exec(text.slice(from, at));
  const place = /^\s+in\s+\p{Lu}[\p{L}-]+/u.exec(text.slice(at + h[0].length));
  const raw = (lead?.[2] ?? '').trim().split(/\s+/).filter(Boolean);
  // The lead may start on a preposition ("with officials"): keep only the modifiers after it.
  let firstGood = raw.length;
  while (firstGood > 0 && !bad(raw[firstGood - 1] ?? '')) firstGood--;
  const leadText = lead?.[0] ?? '';
  const start = firstGood > 0 ? at - leadText.length + leadText.lastIndexOf(raw[firstGood - 1] ?? '') + (raw[firstGood - 1] ?? '').length : at - leadText.length;
  const s = firstGood > 0 ? start + (/^\s*/.exec(text.slice(start, at))?.[0].length ?? 0) : from + (lead?.index ?? at - from);
  const end = at + h[0].length + (place?.[0].length ?? 0);
  const surface = text.slice(s, end);
  const m = blank(base + s, base + end, surface, 'GROUP', surface);
  m.head = h[0].toLowerCase();
  m.modifiers = raw.slice(firstGood).map((w) => w.toLowerCase());
  return m;
}

function bad(w: string): boolean {
  return notNameWords.has(w.toLowerCase()) && !upperStart.test(w);
}

// Longer and earlier mentions win, so a role ("the tenant of the White House") hides the name inside it.
function dropOverlaps(found: Mention[]): Mention[] {
  found.sort((a, b) => a.start - b.start || b.end - b.start - (a.end - a.start));
  const out: Mention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      if (m.end - m.start > last.end - last.start && m.type !== 'GROUP') out[out.length - 1] = m;
      continue;
    }
    out.push(m);
  }
  return out;
}
