/** Paragraph and sentence segmentation with offsets into the article body. */

export interface Segment {
  start: number;
  end: number;
  text: string;
}

/** Paragraphs are separated by blank lines; each keeps its offsets into `body`. */
export function paragraphs(body: string): Segment[] {
  const out: Segment[] = [];
  const re = /\n[ \t\u00a0]*\n/g;
  let from = 0;
  for (;;) {
    const m = re.exec(body);
    const to = m ? m.index : body.length;
    pushTrimmed(body, from, to, out);
    if (!m) break;
    from = m.index + m[0].length;
  }
  return out;
}

function pushTrimmed(body: string, start: number, end: number, out: Segment[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(body.charAt(s))) s++;
  while (e > s && /\s/.test(body.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: body.slice(s, e) });
}

// Abbreviations whose final period does not end a sentence.
const abbreviations = new Set([
  'mr', 'mrs', 'ms', 'dr', 'st', 'gen', 'lt', 'col', 'sen', 'rep', 'gov', 'jr', 'sr', 'no', 'vs',
  'etc', 'inc', 'co', 'corp', 'ltd', 'prof', 'sgt', 'capt', 'adm', 'maj', 'mt', 'ft', 'jan', 'feb',
  'mar', 'apr', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'dept', 'est', 'fig', 'pres',
]);

/**
 * Sentences of one paragraph. `masked` is the body with quote interiors blanked, so periods
 * inside quotations never split the sentence that carries them.
 */
export function sentences(masked: string, para: Segment): Segment[] {
  const out: Segment[] = [];
  let from = para.start;
  // A masked quotation ("…") after the mark also starts a sentence.
  const re = /[.!?]+[)\]"”’»“]*(?=\s+(?:["“«„‘'(\[]\s?[\p{Lu}\p{N}…]|[\p{Lu}\p{N}]))|\n/gu;
  re.lastIndex = para.start;
  const text = masked.slice(0, para.end);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const end = m.index + m[0].length;
    if (m[0] !== '\n' && isAbbreviation(text, m.index)) continue;
    pushSentence(masked, from, end, out);
    from = end;
  }
  pushSentence(masked, from, para.end, out);
  return out;
}

function isAbbreviation(text: string, dot: number): boolean {
  const before = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, dot - 12), dot));
  if (!before?.[1]) return false;
  const word = before[1];
  // Initials and dotted acronyms: "J.", "U.S."
  if (/^(?:\p{Lu}\.)*\p{Lu}$/u.test(word)) return true;
  return abbreviations.has(word.toLowerCase());
}

function pushSentence(masked: string, start: number, end: number, out: Segment[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(masked.charAt(s))) s++;
  while (e > s && /\s/.test(masked.charAt(e - 1))) e--;
  if (e > s) out.push({ start: s, end: e, text: masked.slice(s, e) });
}

export function collapseSpaces(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
