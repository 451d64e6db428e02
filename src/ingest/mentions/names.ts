/**
 * Capitalised name chunks and the title words around them: "Sen. Ted Cruz", "Secretary of
 * State John Kerry", "Republican presidential candidate Donald Trump", "the Trump campaign".
 */
import { agencyHeads, firstNameGender, gendered, regionHeads, honorifics, lowercaseWords, nameParticles, notNameWords, organisationHeads, titleWords } from '../lexicon/lexicon.js';
import type { Gender } from '../lexicon/lexicon.js';
import type { Token } from '../segment/tokens.js';

export interface NameChunk {
  /** first and one-past-last token of the whole mention, title included */
  from: number;
  to: number;
  /** first token of the name proper */
  nameFrom: number;
  name: string;
  title: string | null;
  gender: Gender | null;
  org: boolean;
  /** "the Trump campaign": the organisation's owner */
  owner: string | null;
  possessive: boolean;
}

const connectors = new Set(['of', 'for', 'on', 'the', 'and']);
const space = /^ $/;
/** "el-Sisi", "al-Assad": a lower-case particle glued to a capitalised name */
const particleName = /^(?:al|el|bin|ibn|de|di|da|le|la|van|von|ben|abu)-\p{Lu}/u;
const capitalised = (t: Token | undefined): boolean => t !== undefined && (t.upper || particleName.test(t.text));

/** Name chunks of a sentence's tokens; `text`/`base` locate the tokens to check what separates them. */
export function nameChunks(tokens: Token[], text: string, base: number, known: (name: string) => boolean): NameChunk[] {
  const out: NameChunk[] = [];
  const gap = (a: Token, b: Token): string => text.slice(a.end - base, b.start - base);
  let i = 0;
  while (i < tokens.length) {
    if (!startsName(tokens, i, known)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next || cur.possessive || !space.test(gap(cur, next))) break;
      if (capitalised(next) || (nameParticles.has(next.text) && tokens[j + 2]?.upper)) {
        j++;
        continue;
      }
      // "Department of Homeland Security", "Secretary of State": connectors inside a capitalised run
      const after = tokens[j + 2];
      const lead = organisationHeads.has(cur.lower) || titleWords.has(cur.lower);
      // "Ambassador to Germany Richard Grenell": after a title, "to" joins its country
      const joins = connectors.has(next.lower) || (next.lower === 'to' && titleWords.has(cur.lower));
      if (joins && next.lower !== 'the' && after?.upper && space.test(gap(next, after)) && lead) {
        j += 2;
        continue;
      }
      // "Ambassador to the United Nations Nikki Haley"
      const third = tokens[j + 3];
      if (lead && (next.lower === 'to' || next.lower === 'of' || next.lower === 'for') && after?.lower === 'the' && third?.upper && space.test(gap(after, third))) {
        j += 3;
        continue;
      }
      break;
    }
    const chunk = split(tokens, i, j + 1, text, base, known);
    // A title reaching back over an earlier chunk absorbs it: "Trump campaign manager Corey Lewandowski".
    while (chunk && out.length > 0 && (out[out.length - 1]?.to ?? 0) > chunk.from) out.pop();
    if (chunk) out.push(chunk);
    i = j + 1;
  }
  return out;
}

function startsName(tokens: Token[], i: number, known: (name: string) => boolean): boolean {
  const t = tokens[i];
  if (!t?.upper) return false;
  if (known(t.text)) return true;
  if (notNameWords.has(t.lower) && !honorifics.has(t.text)) return false;
  return true;
}

/** Split a capitalised run into title and name, and look left for lower-case title words. */
function split(tokens: Token[], from: number, to: number, text: string, base: number, known: (name: string) => boolean): NameChunk | null {
  let a = from;
  // A sentence-initial word usually written in lower case ("Many", "Foreign") is no name.
  while (a < to && isCommonOpener(tokens, a, text, base, known)) a++;
  if (a >= to) return null;
  let b = to;
  while (b > a && notNameWords.has(tokens[b - 1]?.lower ?? '')) b--;
  if (b <= a) return null;
  // "Trump-style", "El Paso-based": a lower-case suffix after a hyphen makes the run an adjective
  if (/-\p{Ll}{2,}$/u.test(tokens[b - 1]?.text ?? '')) b--;
  if (b <= a) return null;
  const words = tokens.slice(a, b);
  const last = words[words.length - 1];
  // "Yaroslavl Oblast", "Sulu Province": a region, never a speaker
  if (!last || (words.length > 1 && regionHeads.has(last.lower))) return null;
  let titleEnd = a;
  let lastOrg = -1;
  words.forEach((w, k) => {
    if (organisationHeads.has(w.lower)) lastOrg = k;
  });
  words.forEach((w, k) => {
    // Title words inside an organisation's name are part of it ("Senate Foreign Relations Committee");
    // after a connector only when the title goes on ("Secretary of State").
    const afterConnector = k > 0 && connectors.has(words[k - 1]?.lower ?? '');
    if (k < words.length - 1 && k > lastOrg && isTitleWord(w) && (!afterConnector || titleEnd === a + k - 1)) titleEnd = a + k + 1;
  });
  if (lastOrg >= 0 && titleEnd <= a + lastOrg) titleEnd = a;
  let nameFrom = titleEnd;
  while (nameFrom < b - 1 && (connectors.has(tokens[nameFrom]?.lower ?? '') || tokens[nameFrom]?.lower === 'to')) nameFrom++;
  if (titleEnd > a) nameFrom = afterKnownPrefix(tokens, nameFrom, b, known);
  const nameTokens = tokens.slice(nameFrom, b);
  const org = nameTokens.some((t) => organisationHeads.has(t.lower)) && !isTitleWord(last);
  if (!org && nameTokens.every(isTitleWord)) return null;
  // "AU chairperson President Abdel Fattah el-Sisi": lower-case title words before the chunk belong to its title
  const start = leftTitleStart(tokens, a, text, base);
  const titleTokens = tokens.slice(start, nameFrom);
  const agency = agencyAfter(tokens, b, text, base);
  return {
    from: start,
    to: agency ? b + 1 : b,
    nameFrom,
    name: nameTokens.map((t) => t.text).join(' '),
    title: titleTokens.length > 0 ? titleTokens.map((t) => t.text).join(' ') : null,
    gender: genderOf(titleTokens),
    org: org || agency !== null,
    owner: agency,
    possessive: last.possessive && !agency,
  };
}

/** "Ambassador to Germany Richard Grenell": after a title, skip the place or body it belongs to. */
function afterKnownPrefix(tokens: Token[], from: number, to: number, known: (name: string) => boolean): number {
  for (let n = to - 1; n > from; n--) {
    const prefix = tokens.slice(from, n).map((t) => t.text).join(' ');
    if (known(prefix) || known(prefix.replace(/^the /i, ''))) {
      let k = n;
      while (k < to - 1 && connectors.has(tokens[k]?.lower ?? '')) k++;
      return k;
    }
  }
  return from;
}

function isCommonOpener(tokens: Token[], k: number, text: string, base: number, known: (name: string) => boolean): boolean {
  const t = tokens[k];
  if (!t || known(t.text) || honorifics.has(t.text)) return false;
  const before = text.slice(0, t.start - base).trimEnd();
  // A closing mark is no sentence start: "“…” New York City Public Advocate Trish James said".
  const opener = before === '' || /[.!?:;“—(]$/.test(before);
  // "Weighing in on the debate, …": a capitalised participle opening the sentence
  // (or "Preceded by …", "Asked about …"), unless it is a first name ("Ahmed")
  const participleForm = /ing$/.test(t.lower) || (/ed$/.test(t.lower) && t.lower.length >= 6 && !firstNameGender.has(t.text));
  const participle = opener && participleForm && tokens[k + 1] !== undefined && !tokens[k + 1]?.upper;
  // "Patch, a former party director, said": a common word standing as a name before an apposition or a cue
  const after = text.slice(t.end - base, t.end - base + 24);
  const standsAsName = /^(?:,\s+(?:a|an|the|who)\s|\s+(?:said|says|told|added|argued|wrote|noted)\b)/u.test(after);
  // "BOSTON —", "WASHINGTON (AP) —", "PERRY, Ga. —": a dateline names the place filed from, nobody who speaks
  const dateline = /^(?:\p{Lu}{2,}\s+)*(?:\p{Lu}{2,})?$/u.test(before) && t.text.length > 2 && t.text === t.text.toUpperCase() && /^(?:\s+\p{Lu}{2,})*(?:,\s*[\p{L}.]+(?:\s+[\p{L}.]+)?)?\s*(?:\([^)]{1,30}\)\s*)?(?:[—–]|--|-\s)/u.test(after);
  return (opener && lowercaseWords.has(t.lower) && !titleWords.has(t.lower) && !standsAsName) || notNameWords.has(t.lower) || participle || dateline;
}

function isTitleWord(t: Token): boolean {
  return honorifics.has(t.text) || titleWords.has(t.lower) || titleWords.has(t.lower.replace(/\.$/, ''));
}

/** Lower-case title words right before a name: "campaign manager Corey Lewandowski". */
function leftTitleStart(tokens: Token[], a: number, text: string, base: number): number {
  let s = a;
  for (let k = a - 1; k >= 0 && k >= a - 5; k--) {
    const t = tokens[k];
    const next = tokens[k + 1];
    if (!t || !next || !space.test(text.slice(t.end - base, next.start - base))) break;
    if (!(titleWords.has(t.lower) || (t.upper && !notNameWords.has(t.lower)) || (t.lower === 'and' && s < a))) break;
    if (t.possessive) break;
    s = k;
  }
  // The title must end in a title word: "Trump said", "Republican Donald Trump" carry none.
  const slice = tokens.slice(s, a);
  const lastTitle = slice.findLastIndex((t) => titleWords.has(t.lower));
  if (lastTitle < 0) return a;
  // Capitalised words before the title belong to it only when a title word follows them.
  return s;
}

/** "Trump campaign", "Clinton aides": a name followed by a body that speaks for it. */
function agencyAfter(tokens: Token[], b: number, text: string, base: number): string | null {
  const name = tokens[b - 1];
  const next = tokens[b];
  if (!name || !next || name.possessive === false && !space.test(text.slice(name.end - base, next.start - base))) return null;
  if (next.upper || !agencyHeads.has(next.lower)) return null;
  // "Trump spokeswoman Hope Hicks", "Trump campaign manager Corey Lewandowski": a person's title
  let k = b + 1;
  while (tokens[k] && titleWords.has(tokens[k]?.lower ?? '') && !tokens[k]?.upper) k++;
  const after = tokens[k];
  if (after?.upper && space.test(text.slice((tokens[k - 1]?.end ?? 0) - base, after.start - base))) return null;
  // the whole name before the agency noun: "the United States government"
  let first = b - 1;
  while (first > 0 && tokens[first - 1]?.upper && space.test(text.slice((tokens[first - 1]?.end ?? 0) - base, (tokens[first]?.start ?? 0) - base))) first--;
  return tokens.slice(first, b).map((t) => t.text).join(' ');
}

function genderOf(title: Token[]): Gender | null {
  for (const t of title) {
    const g = honorifics.get(t.text) ?? gendered.get(t.lower);
    if (g) return g;
  }
  return null;
}
