/**
 * Gold source classing of the reference scorer: is a source a name, a pronoun, a role noun, a group?
 * Word lists are data (`source-words.json`); `common` is the usually-lower-case word list
 * (see common-words.ts), an explicit input because it is counted over a folder of texts.
 */
import words from './source-words.json' with { type: 'json' };
import { unifyQuoteMarks } from './text-match.js';
import { casefold, collapseSpace, firstChar, isUpper, S, strip, W } from './python-text.js';

export const sourceClasses = ['NAMED', 'PRONOUN', 'ROLE_DEF', 'ROLE_INDEF', 'ROLE_POSS', 'GROUP', 'NONE'] as const;
/** NAMED is its own speaker; PRONOUN and ROLE_DEF are resolved to an antecedent; the rest are unresolvable. */
export type SourceClass = (typeof sourceClasses)[number];

export const wordLists = {
  pronouns: new Set(words.pronouns),
  determiners: new Set(words.determiners),
  nonNameCaps: new Set(words.nonNameCaps),
  pluralParty: new Set(words.pluralParty),
  titles: new Set(words.titles),
  personRoleHeads: new Set(words.personRoleHeads),
  collectiveHeads: new Set(words.collectiveHeads),
  relative: new Set(words.relative),
};

const parenthetical = new RegExp(`${S}*\\([^()]*\\)?`, 'gu');
const possessive = new RegExp(`'s(?!${W})|'(?=\\n?$)`, 'gu');
/** the scorer's `[\w.'’-]+` word pieces */
export const sourceWordRe = new RegExp(`[\\p{L}\\p{N}_.'’-]+`, 'gu');

/** NFKC, quote marks unified, parentheticals such as "(D-Ohio)" and possessive 's dropped, spaces collapsed. */
export function cleanSource(s: string): string {
  const t = unifyQuoteMarks(s.normalize('NFKC')).replace(parenthetical, ' ').replace(possessive, '');
  return strip(collapseSpace(t), ' ,.;:()"\'');
}

/** Capitalised tokens of a source that look like (parts of) names. */
export function nameTokens(s: string, common: ReadonlySet<string>): string[] {
  const out: string[] = [];
  (cleanSource(s).match(sourceWordRe) ?? []).forEach((w, k) => {
    const w2 = strip(w, '.');
    if (!w2) return;
    if (k === 0 && common.has(casefold(w2)) && !isUpper(w2)) return; // "Many voters"
    const capital = isUpper(firstChar(w2)) || isUpper(w2);
    if (capital && !wordLists.nonNameCaps.has(casefold(w)) && !wordLists.nonNameCaps.has(casefold(w2))) out.push(w2);
    else if (wordLists.pluralParty.has(casefold(w))) out.push(w2);
  });
  return out;
}

/** Titles, role words and other capitalised non-names ("Spokeswoman", "Sens.", "Italian"). */
export function isTitleWord(t: string, common: ReadonlySet<string>): boolean {
  const w = casefold(strip(t, '.'));
  return wordLists.titles.has(w) || wordLists.nonNameCaps.has(w) || ['sens', 'reps', 'spokesman', 'spokeswoman'].includes(w) || (common.has(w) && [...w].length > 3);
}

const possessiveDeterminers = ['his', 'her', 'their', 'its', 'our', 'my', 'your'];
const indefinite = ['a', 'an', 'one', 'another', 'some', 'several', 'many', 'two', 'three', 'most', 'few', 'other', 'others'];

/** The class of a gold source text (null: the attribution has no source). */
export function sourceClass(s: string | null, common: ReadonlySet<string>): SourceClass {
  if (s === null || !strip(s)) return 'NONE';
  const c = cleanSource(s);
  const ws = c.match(sourceWordRe) ?? [];
  const lw = ws.map(casefold);
  const first = lw[0];
  const last = lw.at(-1);
  if (first === undefined || last === undefined) return 'NONE';
  // "the Ohio congressman": a definite role description
  if (first === 'the' && !c.includes(',') && wordLists.personRoleHeads.has(last) && !isUpper(firstChar(ws.at(-1) ?? ''))) return 'ROLE_DEF';
  if (nameTokens(c, common).length > 0) return 'NAMED';
  if (wordLists.collectiveHeads.has(last)) return 'GROUP';
  // "his attorney": names another, unnamed party
  if (lw.length >= 2 && possessiveDeterminers.includes(first)) return 'ROLE_POSS';
  if (lw.length <= 2 && lw.every((w) => wordLists.pronouns.has(w))) return 'PRONOUN';
  if (wordLists.pronouns.has(first) && !wordLists.determiners.has(first) && lw.length === 1) return 'PRONOUN';
  if (indefinite.includes(first)) return 'ROLE_INDEF';
  if (last.endsWith('s') && !last.endsWith('ss') && !['his', 'its', 'us', 'campus', 'press'].includes(last) && [...last].length > 3) return 'GROUP';
  return 'ROLE_DEF';
}
