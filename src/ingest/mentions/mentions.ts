/** Mentions of possible speakers in one sentence: names, pronouns, role and group descriptions. */
import { agencyHeads, documentHeads, usStates, gendered, groupHeads, notNameWords, pronounInfo, roleHeads, titleWords } from '../lexicon/lexicon.js';
import type { Mention, Sentence } from '../stages.js';
import { tokenize, type Token } from '../segment/tokens.js';
import { nameChunks, type NameChunk } from './names.js';

const determiners = new Set(['the', 'a', 'an', 'this', 'that', 'these', 'those', 'one', 'another', 'some', 'several', 'many', 'most', 'few', 'other', 'two', 'three', 'four', 'both', 'all', 'any', 'each', 'no']);
const indefinite = new Set(['a', 'an', 'one', 'another', 'some', 'several', 'many', 'most', 'few', 'other', 'two', 'three', 'four', 'any', 'each', 'no']);
const prepositions = new Set(['of', 'to', 'in', 'on', 'at', 'with', 'from', 'for', 'about', 'against', 'into', 'over', 'under', 'between', 'among', 'around', 'toward', 'towards', 'via', 'through', 'during', 'after', 'before', 'than', 'like', 'upon', 'across', 'amid', 'by', 'behind', 'beside', 'unlike', 'including']);

export interface SentenceMentions {
  tokens: Token[];
  mentions: Mention[];
}

/** All mentions of a sentence in text order, non-overlapping (names outrank descriptions). */
export function findMentions(s: Sentence, known: (name: string) => boolean): SentenceMentions {
  const tokens = tokenize(s.masked, s.start);
  const found: Mention[] = [];
  const taken = new Set<number>();
  for (const c of nameChunks(tokens, s.masked, s.start, known)) {
    found.push(nameMention(tokens, c));
    for (let k = c.from; k < c.to; k++) taken.add(k);
  }
  tokens.forEach((t, k) => {
    if (taken.has(k)) return;
    const p = pronounInfo.get(t.lower);
    if (p && p.case !== 'object' && p.case !== 'possessive' && (t.lower !== 'i' || t.text === 'I') && t.lower !== 'which') {
      found.push(base(t.start, t.end, s.masked.slice(t.start - s.start, t.end - s.start), 'PRONOUN', t.lower, { gender: p.gender, plural: p.number === 'pl' }));
      taken.add(k);
    }
  });
  tokens.forEach((t, k) => {
    if (taken.has(k)) return;
    const head = t.lower;
    if (!(roleHeads.has(head) || groupHeads.has(head) || documentHeads.has(head)) || (t.upper && !groupHeads.has(head))) return;
    const d = description(tokens, k, taken, s);
    if (!d) return;
    // A description absorbs the names inside it: "the New York businessman", "Trump's spokeswoman".
    for (let i = found.length - 1; i >= 0; i--) {
      const m = found[i];
      if (m && m.start >= d.start && m.end <= d.end && m.type !== 'PRONOUN') {
        if (m.possessive || d.indefinite || agencyHeads.has(d.name) || documentHeads.has(d.name)) d.owner ??= m.name;
        found.splice(i, 1);
      }
    }
    found.push(d);
  });
  found.sort((a, b) => a.start - b.start);
  mergeAppositions(found, s);
  let previous: Mention | null = null;
  for (const m of found) {
    // "in Ames, Iowa,": a state after a governed place is part of that place
    const statePart = previous !== null && previous.afterPrep && (usStates.has(m.name) || usStates.has(`${m.name}.`)) && /^,\s*$/.test(s.masked.slice(previous.end - s.start, m.start - s.start));
    m.afterPrep = statePart || governed(tokens, m, s);
    previous = m;
  }
  // "a spokesman for committee Democrats", "a longtime adviser to Trump": an unnamed source speaks for its principal.
  found.forEach((d, i) => {
    const next = found[i + 1];
    if (d.type !== 'ROLE' || !d.indefinite || d.owner || !next || (next.type !== 'NAME' && next.type !== 'ORG' && next.type !== 'GROUP')) return;
    if (/^\s+(?:for|of|to|at|with|close to|from)\s+(?:the\s+)?(?:[\p{Ll}-]+\s+){0,2}$/u.test(s.masked.slice(d.end - s.start, next.start - s.start))) d.owner = next.name;
  });
  // "the future tenant of the White House", "the leader of Hamas": a definite role says whose it is.
  found.forEach((d, i) => {
    const next = found[i + 1];
    if (d.type === 'ROLE' && !d.indefinite && next && (next.type === 'NAME' || next.type === 'ORG') && /^\s+of\s+(?:the\s+)?$/.test(s.masked.slice(d.end - s.start, next.start - s.start))) d.of = next.name;
  });
  return { tokens, mentions: found };
}

/** A name met outside sentence analysis: a transcript label, the name line under a block quotation. */
export function namedMention(start: number, end: number, name: string, title: string | null): Mention {
  return base(start, end, name, 'NAME', name, { title });
}

function base(start: number, end: number, text: string, type: Mention['type'], name: string, extra: Partial<Mention> = {}): Mention {
  return { start, end, text, type, name, title: null, gender: null, plural: false, possessive: false, afterPrep: false, indefinite: false, owner: null, of: null, ...extra };
}

function nameMention(tokens: Token[], c: NameChunk): Mention {
  const first = tokens[c.from];
  const last = tokens[c.to - 1];
  const start = first?.start ?? 0;
  const end = last?.end ?? start;
  const text = tokens.slice(c.from, c.to).map((t) => t.text).join(' ');
  const type = c.org ? 'ORG' : 'NAME';
  const name = c.owner ? `${c.owner} ${last?.lower ?? ''}`.trim() : c.name;
  return base(start, end, text, type, name, { title: c.title, gender: c.gender, possessive: c.possessive, owner: c.owner, plural: false });
}

/**
 * A role or group description ending at token k: "the senator", "the Republican nominee",
 * "a spokesman", "Trump supporters", "senior officials". Capitalised modifiers stay in it.
 */
function description(tokens: Token[], k: number, taken: Set<number>, s: Sentence): Mention | null {
  const head = tokens[k];
  if (!head || taken.has(k)) return null;
  let a = k;
  while (a - 1 >= 0 && k - (a - 1) <= 5) {
    const t = tokens[a - 1];
    if (!t || prepositions.has(t.lower) || pronounInfo.has(t.lower) || (notNameWords.has(t.lower) && !determiners.has(t.lower))) break;
    // "the party's chairwoman": a possessive noun after a determiner belongs to the description
    if (t.possessive && !t.upper) {
      const before = tokens[a - 2];
      if (before && determiners.has(before.lower) && !taken.has(a - 2)) a -= 2;
      break;
    }
    if (taken.has(a - 1) && !t.upper) break;
    if (/[,;:()"“”—]/.test(s.masked.slice(t.end - s.start, (tokens[a]?.start ?? t.end) - s.start))) break;
    a--;
    if (determiners.has(t.lower) || t.possessive) break;
  }
  const det = tokens[a];
  const hasDet = det !== undefined && determiners.has(det.lower);
  const ownerFirst = det?.possessive === true && det.upper;
  const group = groupHeads.has(head.lower) && !roleHeads.has(head.lower);
  // A bare singular role noun ("senator said") is a title without a name; it needs a determiner or an owner.
  if (!group && !hasDet && !ownerFirst) return null;
  for (let x = a; x <= k; x++) taken.add(x);
  const start = det?.start ?? head.start;
  const text = s.masked.slice(start - s.start, head.end - s.start);
  const modifiers = tokens.slice(hasDet ? a + 1 : a, k);
  return base(start, head.end, text, group ? 'GROUP' : 'ROLE', head.lower, {
    gender: gendered.get(head.lower) ?? null,
    plural: group,
    indefinite: hasDet && det !== undefined && indefinite.has(det.lower),
    owner: null,
    title: modifiers.length > 0 ? modifiers.map((t) => t.text).join(' ') : null,
  });
}

/** "Merkel's spokesperson, Steffen Seibert, said": a description and the name set beside it are one mention, the name. */
function mergeAppositions(found: Mention[], s: Sentence): void {
  for (let i = found.length - 2; i >= 0; i--) {
    const d = found[i];
    const n = found[i + 1];
    if (!d || !n || (d.type !== 'ROLE' && !(d.type === 'GROUP' && !d.plural)) || n.type !== 'NAME') continue;
    // "In a statement, Brian Fallon, …": a document is where the name speaks, not who the name is
    if (documentHeads.has(d.name)) continue;
    if (!/^\s*,\s*$/.test(s.masked.slice(d.end - s.start, n.start - s.start))) continue;
    if (!/^\s*(?:,|\(|$)/.test(s.masked.slice(n.end - s.start))) continue;
    n.title ??= d.text;
    n.gender ??= d.gender;
    n.start = d.start;
    found.splice(i, 1);
  }
  // "Jane Pell, the party's chairwoman, said": the description after the name is its title.
  for (let i = found.length - 2; i >= 0; i--) {
    const n = found[i];
    const d = found[i + 1];
    if (!n || !d || n.type !== 'NAME' || d.type !== 'ROLE' || d.owner) continue;
    if (!/^\s*,\s*$/.test(s.masked.slice(n.end - s.start, d.start - s.start))) continue;
    if (!/^\s*(?:,|\.|;|$)/.test(s.masked.slice(d.end - s.start))) continue;
    n.title ??= d.text.replace(/^(?:the|a|an)\s+/i, '');
    n.gender ??= d.gender;
    found.splice(i + 1, 1);
  }
}

/** Preceded by a preposition (possibly with a determiner or possessive in between). */
function governed(tokens: Token[], m: Mention, s: Sentence): boolean {
  let k = 0;
  let hi = tokens.length;
  while (k < hi) {
    const mid = (k + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < m.start) k = mid + 1;
    else hi = mid;
  }
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const t = tokens[j];
    if (!t) break;
    const gap = s.masked.slice(t.end - s.start, (tokens[j + 1]?.start ?? m.start) - s.start);
    if (/[,;:—–()"“”]/.test(gap)) return false;
    if (prepositions.has(t.lower)) return true;
    if (!(determiners.has(t.lower) || t.possessive || /ly$/.test(t.lower) || titleWords.has(t.lower))) return false;
  }
  return false;
}
