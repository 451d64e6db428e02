/** Who said it: speech cues in either order, subjects of cue verbs, and carry-over. */
import type { Resolved } from './resolve.js';
import type { Entity } from './stakeholders.js';

const cueWords = `said says say saying told tells telling added adding adds affirmed affirms stated states declared declares
announced announces announcing claimed claims claiming noted notes noting wrote writes writing tweeted posted argued
argues insisted insists warned warns warning urged urges urging called calls calling described describes concluded deemed
believes believe believed thinks alleged alleges explained continued continues stressed emphasised emphasized underlined
reiterated acknowledged admitted denied confirmed suggested promised vowed pledged demanded criticized criticised
denounced condemned rejected defended spoke asked replied responded answered repeated recalled expressed echoed
remarked observed predicted mentioned accused praised welcomed hailed directing ordering ordered instructing instructed
agreed told`.split(/\s+/);

/** Any speech or attitude cue; "made it clear" and "according to" are multiword. */
export const cueRe = new RegExp(`(?<![\\p{L}])(?:${cueWords.join('|')}|made it clear|according to)(?![\\p{L}])`, 'giu');

export interface Attribution {
  entity: Entity;
  confidence: number;
}

const adjacentGap = /^(?:\s*,?\s*(?:who|which|whom)\b[^,;]{0,120}?|\s*,[^,;]{1,90},|\s+(?:also|later|further|then|previously|recently|has|have|had|was|were|is|are|will|would|did|does|do|not|already|again|once|publicly|reportedly|\p{L}+ly|on \p{Lu}\p{L}+|in \p{Lu}\p{L}+)|\s*,)*\s*$/u;

/** The subject of the cue at `cueAt`: the mention right before it, else the nearest clause subject. */
export function subjectOf(text: string, base: number, cueAt0: number, mentions: Resolved[]): Resolved | null {
  // Skip a relative clause right before the verb: "a source, whom they did not name, said".
  const relative = /,\s*(?:who|whom|which)\b[^,]*,\s*$/u.exec(text.slice(0, cueAt0 - base));
  const cueAt = relative ? base + relative.index : cueAt0;
  const before = mentions.filter((m) => m.end <= cueAt && m.entity);
  const last = before[before.length - 1];
  if (last && adjacentGap.test(text.slice(last.end - base, cueAt - base)) && !last.possessive) {
    const gap = text.slice(last.end - base, cueAt - base);
    // "from bloggers who believe", "with officials saying": the object is the speaker.
    const participle = /^\s+$/.test(gap) && /^\p{L}+ing\b/u.test(text.slice(cueAt - base));
    if (!last.afterPrep || participle || /\b(who|which|whom)\b/.test(gap)) return last;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (m && !m.afterPrep && !m.possessive && m.entity?.strong) return m;
  }
  for (let i = before.length - 1; i >= 0; i--) {
    const m = before[i];
    if (m && !m.afterPrep && !m.possessive && m.type !== 'GROUP') return m;
  }
  return null;
}

/** "…", said X / "…", X said / "…," according to a tweet by X. */
export function afterQuote(text: string, base: number, close: number, mentions: Resolved[]): Resolved | null {
  const next = mentions.find((m) => m.start > close && m.entity);
  if (!next) return null;
  const gap = text.slice(close + 1 - base, next.start - base);
  if (/^[\s,]*(?:[\p{L}]+\s+){0,1}?(?:said|says|added|affirmed|stated|declared|wrote|continued|asked|insisted|explained|noted|replied|told|warned|argued|tweeted|concluded|claimed|according to)\s+(?:[^,;.“”"«»]*?\bby\s+)?$/iu.test(gap)) {
    return next;
  }
  if (/^[\s,]*$/u.test(gap) && /^\s+(?:\p{L}+ly\s+)?(?:said|says|added|affirmed|stated|declared|wrote|continued|asked|insisted|explained|noted|replied|told|warned|argued|tweeted|concluded|claimed)\b/iu.test(text.slice(next.end - base))) {
    return next;
  }
  return null;
}

/** "The border issue is the “main difference” between X and Y, he added." */
export function trailingAttribution(text: string, base: number, mentions: Resolved[]): Resolved | null {
  const m = /,\s+((?:[\p{L}.'’-]+\s+){0,5}?)(?:\p{L}+ly\s+)?(said|added|says|noted|stated|continued|insisted|explained|wrote|argued|claimed|warned)[\s.!?:]*$/iu.exec(text);
  if (!m) return null;
  const from = base + m.index;
  return mentions.find((x) => x.start > from && x.entity && x.start < from + m[0].length) ?? null;
}

/** "According to a statement released by X, “…”": the source named before the quote. */
export function accordingSource(text: string, base: number, limit: number, mentions: Resolved[]): Resolved | null {
  const m = /(?<![\p{L}])according to\s/iu.exec(text);
  if (!m || base + m.index >= limit) return null;
  const from = base + m.index;
  const inside = mentions.filter((x) => x.start > from && x.end <= limit && x.entity);
  return inside.find((x) => /\bby\s+(?:the\s+)?$/.test(text.slice(0, x.start - base))) ?? inside[0] ?? null;
}

// Cue offsets of the last sentence scanned: it is asked again for each quotation it holds.
let scanned: { text: string; cues: number[] } | null = null;

/** The last speech cue before `limit` in the sentence, or -1. */
export function lastCueBefore(text: string, base: number, limit: number): number {
  if (scanned?.text !== text) {
    const cues: number[] = [];
    cueRe.lastIndex = 0;
    for (let m = cueRe.exec(text); m; m = cueRe.exec(text)) cues.push(m.index);
    scanned = { text, cues };
  }
  let at = -1;
  for (const i of scanned.cues) {
    if (base + i >= limit) break;
    at = base + i;
  }
  return at;
}
