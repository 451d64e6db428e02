/**
 * Gold speaker resolution of the reference scorer: a NAMED source is its own speaker; PRONOUN and
 * ROLE_DEF sources take the nearest preceding NAMED Source span of the article; who/whom/whose take
 * the last name before them in the same sentence, skipping appositions.
 */
import type { CodePointText } from './code-points.js';
import { cleanSource, nameTokens, type SourceClass, sourceClass, wordLists } from './source-class.js';
import { casefold, S, strip } from './python-text.js';

/** The parts of a gold attribution resolution looks at. */
export interface SourceMention {
  source: string | null;
  /** code point offset of the source's first fragment */
  sourceStart: number | null;
}

export interface Resolution {
  sourceClass: SourceClass;
  /** the gold speaker, or null when unresolvable */
  resolved: string | null;
  via: 'self' | 'relative' | 'antecedent' | '';
}

/** Python's str ordering: by code point (JavaScript's `<` compares UTF-16 units). */
function byCodePoint(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const d = (x[i]?.codePointAt(0) ?? 0) - (y[i]?.codePointAt(0) ?? 0);
    if (d) return d;
  }
  return x.length - y.length;
}

const sentenceBreak = new RegExp(`[.!?]["”']?${S}+(?=[A-Z"“])`, 'u');
// ", the top Democrat ...,"  ", 59,"  ", Md.,": appositions between a name and "who"
const apposition = new RegExp(`^${S}*(?:[a-z]|\\p{Nd}|[A-Z][a-z]{0,4}\\.${S}*$)`, 'u');
const nameRun = new RegExp(`(?:[A-Z][\\p{L}\\p{N}_'’.-]*${S}+){0,3}[A-Z][\\p{L}\\p{N}_'’-]+`, 'gu');

/** The name a relative pronoun at `start` refers to, from the 200 code points before it. */
function relativeAntecedent(text: CodePointText, start: number, common: ReadonlySet<string>): string | null {
  const sentence = text.slice(Math.max(0, start - 200), start).split(sentenceBreak).at(-1) ?? '';
  const segs = sentence.split(',').filter((x) => strip(x));
  while (segs.length > 1 && apposition.test(segs.at(-1) ?? '')) segs.pop();
  const names = [...(segs.at(-1) ?? '').matchAll(nameRun)].filter((m) => nameTokens(m[0], common).length > 0);
  const last = names.at(-1);
  return last ? cleanSource(last[0]) : null;
}

/** Resolves every mention's source; the order of `mentions` is kept. */
export function resolveSources(mentions: readonly SourceMention[], text: CodePointText, common: ReadonlySet<string>): Resolution[] {
  const classes = mentions.map((m) => sourceClass(m.source, common));
  const named = new Map<string, [number, string]>();
  mentions.forEach((m, i) => {
    if (m.source !== null && m.sourceStart !== null && classes[i] === 'NAMED') named.set(`${m.sourceStart}\u0000${m.source}`, [m.sourceStart, m.source]);
  });
  const sorted = [...named.values()].sort((a, b) => a[0] - b[0] || byCodePoint(a[1], b[1]));
  // the nearest NAMED source starting strictly before `start` (bisect_left, then one back)
  const antecedent = (start: number): string | null => {
    const before = sorted.filter(([s]) => s < start).at(-1);
    return before ? cleanSource(before[1]) : null;
  };
  return mentions.map((m, i): Resolution => {
    const cls = classes[i] ?? 'NONE';
    if (cls === 'NAMED') return { sourceClass: cls, resolved: cleanSource(m.source ?? ''), via: 'self' };
    if ((cls !== 'PRONOUN' && cls !== 'ROLE_DEF') || m.sourceStart === null) return { sourceClass: cls, resolved: null, via: '' };
    if (cls === 'PRONOUN' && wordLists.relative.has(casefold(strip(m.source ?? '')))) {
      const name = relativeAntecedent(text, m.sourceStart, common);
      if (name !== null) return { sourceClass: cls, resolved: name, via: 'relative' };
    }
    const found = antecedent(m.sourceStart);
    return { sourceClass: cls, resolved: found, via: found === null ? '' : 'antecedent' };
  });
}
