/**
 * Is a predicted speaker the gold one? The lenient test (the reported figure) and the strict
 * name-key test (results JSON only), as the reference scorer defines them.
 */
import { cleanSource, isTitleWord, wordLists } from './source-class.js';
import { casefold, collapseSpace, firstChar, isUpper, S, splitWords, strip, W } from './python-text.js';

const suffixes = ['jr', 'sr', 'ii', 'iii'];
// syntax characters only: in a `u` regex any other escaped character is an error
const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

function lenientNorm(s: string | null | undefined): string {
  if (!s) return '';
  const c = casefold(cleanSource(s)).replace(new RegExp(`[^\\p{L}\\p{N}_${S.slice(1, -1)}-]`, 'gu'), ' ');
  return strip(collapseSpace(c));
}

function containsWord(hay: string, needle: string | undefined): boolean {
  return !!needle && new RegExp(`(?<!${W})${escape(needle)}(?!${W})`, 'u').test(hay);
}

/**
 * Case-folded equality, or one contains the other's last token, or the gold contains the predicted
 * name. The gold's last token comes from its part before the first comma, Jr./Sr./II ignored.
 */
export function speakerLenient(pred: string | null | undefined, gold: string | null | undefined): boolean {
  const p = lenientNorm(pred);
  const g = lenientNorm(gold);
  if (!p || !g) return false;
  if (p === g) return true;
  const head = lenientNorm(cleanSource(gold ?? '').split(',')[0]) || g;
  const gt = splitWords(head).filter((t) => !wordLists.determiners.has(t) && !suffixes.includes(t));
  const pt = splitWords(p).filter((t) => !wordLists.determiners.has(t));
  if (pt.length > 0 && containsWord(g, pt.at(-1))) return true;
  if (gt.length > 0 && containsWord(p, gt.at(-1))) return true;
  return containsWord(g, p);
}

/** surname (case-folded) to the multi-token capitalised names ending with it, titles dropped, with counts */
export type FullNames = Map<string, Map<string, number>>;

const nameRun = new RegExp(`(?<!${W})[A-Z][\\p{L}\\p{N}_'’-]*\\.?(?:[ \\t]+[A-Z][\\p{L}\\p{N}_'’-]*\\.?)+`, 'gu');
const dropPossessive = (t: string): string => t.replace(/[’']s$/u, '');

/** The full names an article spells out ("Attorney General Jane Q. Doe" counts as "Jane Q Doe"). */
export function fullNames(text: string, common: ReadonlySet<string>): FullNames {
  const out: FullNames = new Map();
  for (const [run] of text.matchAll(nameRun)) {
    let toks = splitWords(run).map((t) => dropPossessive(strip(t, '.')));
    const cut = Math.max(0, ...toks.map((t, i) => (isTitleWord(t, common) ? i + 1 : 0)));
    toks = toks.slice(cut).filter((t) => !suffixes.includes(casefold(t)));
    const surname = toks.at(-1);
    if (toks.length < 2 || surname === undefined || [...surname].length < 2) continue;
    const forms = out.get(casefold(surname)) ?? new Map<string, number>();
    const form = toks.join(' ');
    forms.set(form, (forms.get(form) ?? 0) + 1);
    out.set(casefold(surname), forms);
  }
  return out;
}

const ofPlace = new RegExp(`^(.*?[A-Z][\\p{L}\\p{N}_'’-]+)${S}+of${S}+(?:the${S}+)?[A-Z].*$`, 'u');
const partyLabel = /^[RDI]-[A-Z][\p{L}\p{N}_.-]*$/u;

function partKey(part: string, common: ReadonlySet<string>): { pure: boolean; key: string } | null {
  const m = ofPlace.exec(part);
  // "Gov. John Doe of West Virginia" -> "Gov. John Doe", unless a title precedes "of" ("Secretary of State")
  if (m?.[1] && !wordLists.titles.has(casefold(strip(splitWords(m[1]).at(-1) ?? '', '.')))) part = m[1];
  const ws = splitWords(part);
  const trailing: string[] = [];
  for (const w of [...ws].reverse()) {
    const w2 = strip(w, '.');
    if (suffixes.includes(casefold(w2)) && trailing.length === 0) continue;
    if (w2 && (isUpper(firstChar(w2)) || isUpper(w2)) && !isTitleWord(w2, common)) trailing.unshift(dropPossessive(w2));
    else break;
  }
  const rest = ws.slice(0, ws.length - trailing.length).filter((w) => !isTitleWord(w, common) && !wordLists.determiners.has(casefold(w)));
  let key: string;
  if (trailing.length > 0) {
    const toks = splitWords(casefold(trailing.join(' ')));
    key = [...toks.slice(0, -1).filter((t) => [...t].length > 1), ...toks.slice(-1)].join(' '); // middle initials dropped
  } else {
    key = ws.map(casefold).filter((w) => !wordLists.determiners.has(w)).join(' ');
  }
  if (partyLabel.test(part)) return null; // "R-Wis."
  return { pure: trailing.length > 0 && rest.every((w) => isUpper(firstChar(w))), key };
}

/**
 * A name with titles, role words, "of <Place>" tails and middle initials dropped, case-folded; of the
 * comma-separated parts, the first that is a bare name wins, else the first part.
 */
export function strictKey(name: string | null | undefined, common: ReadonlySet<string>): string | null {
  if (!name) return null;
  const c = cleanSource(name);
  const parts = c.split(',').map((p) => strip(p)).filter(Boolean);
  const keys = (parts.length > 0 ? parts : [c]).flatMap((p) => partKey(p, common) ?? []);
  const pure = keys.find((k) => k.pure);
  if (pure) return pure.key;
  return keys[0]?.key || null;
}

/** Name keys equal; a lone gold surname accepts the article's most frequent full form with it (or an unseen one). */
export function speakerStrict(pred: string | null | undefined, gold: string | null | undefined, names: FullNames, common: ReadonlySet<string>): boolean {
  const pk = strictKey(pred, common);
  const gk = strictKey(gold, common);
  if (pk === null || gk === null) return false;
  if (pk === gk) return true;
  if (gk.includes(' ') || !pk.includes(' ') || splitWords(pk).at(-1) !== gk) return false;
  const forms = new Map<string | null, number>();
  for (const [form, n] of names.get(gk) ?? []) {
    const k = strictKey(form, common);
    forms.set(k, (forms.get(k) ?? 0) + n);
  }
  const mine = forms.get(pk);
  if (forms.size === 0 || mine === undefined) return true;
  return mine === Math.max(...forms.values());
}
