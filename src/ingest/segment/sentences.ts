/**
 * Sentences of a paragraph, split on the masked text (quotation interiors blanked), so a full
 * stop inside a quotation never splits the sentence that reports it. Intl.Segmenter was tried
 * and rejected: without abbreviation suppressions it breaks after "Mr." and "Sen.".
 */
import { cueByForm } from '../lexicon/lexicon.js';
import type { Paragraph, QuoteSpan, Sentence } from '../stages.js';

const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sen', 'sens', 'rep', 'reps', 'gov', 'jr', 'sr', 'no', 'vs', 'etc', 'inc', 'co',
  'corp', 'ltd', 'prof', 'sgt', 'capt', 'adm', 'maj', 'mt', 'ft', 'jan', 'feb', 'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov',
  'dec', 'approx', 'dept', 'est', 'fig', 'pres', 'rev', 'atty', 'supt', 'cmdr', 'gens', 'msgr', 'fr', 'hon', 'sec', 'amb', 'brig',
  'ave', 'blvd', 'calif', 'fla', 'ill', 'mass', 'mich', 'minn', 'penn', 'tenn', 'tex', 'va', 'wash', 'wis', 'ariz', 'colo', 'conn',
  'del', 'ga', 'ind', 'kan', 'ky', 'la', 'md', 'miss', 'mo', 'mont', 'neb', 'nev', 'okla', 'ore', 'pa', 'vt', 'wyo', 'ala', 'ark',
]);
// A sentence ends at . ! ? (with closing marks) before a capital, a digit, an opening mark or a masked quotation.
const boundary = /[.!?]+[)\]"”’»']*(?=\s+(?:(?:''|["“«„‘'(\[])\s?[\p{Lu}\p{N}…]|[\p{Lu}\p{N}…]))|\n/gu;
const maskChar = '…';
/** What may follow the cue of a short attribution sentence: a few words, never a new clause. */
const shortTail = String.raw`(?:\s+(?!that\b)[\p{L}\d'’.-]+){0,6}\s*(?:[.,;:!?]|$)`;
const speechForms = [...cueByForm].filter(([, c]) => c.cls === 'speech').map(([form]) => form).join('|');
/** `"…?" Smith asked.` — an attribution after a closing mark continues the quotation's sentence. */
const attributionAfter = new RegExp(
  `^\\s+(?:(?:he|she|they|it|I|we|who)\\s+|(?:[\\p{Lu}][\\p{L}.'’-]*\\s+){1,5}(?:\\([^)]{0,30}\\)\\s+)?|(?:the|a|an)\\s+(?:[\\p{L}-]+\\s+){1,4})(?:\\p{Ll}+ly\\s+)?(?:${speechForms})${shortTail}|^\\s+(?:${speechForms})\\s+(?:the\\s+)?\\p{Lu}[^.!?“”"]{0,120}[.!?]`,
  'u',
);

/** The body with every outer quotation interior blanked, so narration can be parsed alone. */
export function maskQuotes(body: string, quotes: QuoteSpan[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    if (q.depth > 0 || q.start < at) continue;
    parts.push(body.slice(at, q.start));
    const inner = body.slice(q.start, q.end).replace(/\S/g, maskChar);
    const last = body.charAt(q.end - 1);
    // A final mark stays visible when the quotation closes its own sentence ("…here." He said).
    parts.push(/[.!?]/.test(last) ? inner.slice(0, -1) + last : inner);
    at = q.end;
  }
  parts.push(body.slice(at));
  return parts.join('');
}

export function sentences(body: string, masked: string, paragraph: Paragraph, firstIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let from = paragraph.start;
  const text = masked.slice(0, paragraph.end);
  boundary.lastIndex = paragraph.start;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && isAbbreviation(text, m.index)) continue;
    if (/["”’»']$/.test(m[0]) && attributionAfter.test(text.slice(end, end + 120))) continue;
    push(body, masked, from, end, paragraph.index, firstIndex, out);
    from = end;
  }
  push(body, masked, from, paragraph.end, paragraph.index, firstIndex, out);
  return out;
}

/** Sentences of a plain text (a statement's words), by the same boundaries and abbreviations. */
export function sentenceTexts(text: string): string[] {
  const out: string[] = [];
  let from = 0;
  boundary.lastIndex = 0;
  for (let m = boundary.exec(text); m; m = boundary.exec(text)) {
    if (m[0] !== '\n' && isAbbreviation(text, m.index)) continue;
    out.push(text.slice(from, m.index + m[0].length));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out.map((t) => t.trim()).filter((t) => t !== '');
}

function isAbbreviation(text: string, dot: number): boolean {
  if (text.charAt(dot) !== '.') return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  const word = before?.[1];
  if (!word) return false;
  // Initials and dotted acronyms: "J.", "U.S."; a dotted acronym ends a sentence before "The", "He"…
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return !/^\s+(?:The|He|She|It|They|We|I|But|And|In|A|This|That)\b/.test(text.slice(dot + 1, dot + 8));
  return abbreviations.has(word.toLowerCase());
}

function push(body: string, masked: string, start: number, end: number, paragraph: number, firstIndex: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(masked.charAt(s))) s++;
  while (e > s && /\s/.test(masked.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, index: firstIndex + out.length, paragraph, text: body.slice(s, e), masked: masked.slice(s, e) });
}
