/** Word tokens with offsets; abbreviations keep their full stop ("Mr.", "U.S.", "J."). */
import { honorifics } from '../lexicon/lexicon.js';

export interface Token {
  start: number;
  end: number;
  text: string;
  lower: string;
  /** starts with a capital letter */
  upper: boolean;
  /** ends with 's or s' (the mark is included in start..end, not in `text`) */
  possessive: boolean;
}

// an en dash between letters joins a compound as a hyphen does ("Export–Import Bank")
const wordRe = /[\p{L}\p{N}](?:[\p{L}\p{N}'’.\-]|–(?=\p{L}))*/gu;
const dotted = /^(?:\p{L}\.)+$/u;
const initial = /^\p{Lu}\.$/u;
const upperStart = /^\p{Lu}/u;
const possessiveEnd = /^(.*\p{L})(?:['’]s|s['’])$/u;
const keepsStop = new Set(['Jr.', 'Sr.', 'St.', 'Inc.', 'Corp.', 'Co.', 'Ltd.', 'Bros.', 'No.', 'Mt.', 'Ft.']);

export function tokenize(text: string, base: number): Token[] {
  const out: Token[] = [];
  wordRe.lastIndex = 0;
  for (let m = wordRe.exec(text); m; m = wordRe.exec(text)) {
    let t = m[0];
    if (t.endsWith('.') && !dotted.test(t) && !initial.test(t) && !honorifics.has(t) && !keepsStop.has(t)) t = t.replace(/\.+$/, '');
    t = t.replace(/[-'’]+$/, '');
    if (!t) continue;
    const start = base + m.index;
    const end = start + t.length;
    const p = possessiveEnd.exec(t);
    // "There's", "it's": a contraction, not a possessive
    const contraction = /^(?:it|he|she|that|what|who|there|here|let|where|how)['’]s$/i.test(t);
    const word = contraction ? t.slice(0, -2) : p?.[1] ? (t.endsWith("s'") || t.endsWith('s’') ? t.slice(0, -1) : p[1]) : t;
    out.push({ start, end, text: word, lower: word.toLowerCase(), upper: upperStart.test(word), possessive: word !== t && !contraction });
  }
  return out;
}
