/** Capitalised name chunks with their title prefix: "NATO Secretary General Jens Stoltenberg". */
import { nameParticles, notNameWords, orgHeads, titleWords } from './gazetteer.js';

export interface Token {
  start: number;
  end: number;
  text: string;
}

export interface NameChunk {
  start: number;
  end: number;
  /** the name itself, title removed */
  name: string;
  nameStart: number;
  /** title words before the name, in or just before the chunk */
  title: string | null;
  org: boolean;
  possessive: boolean;
}

// Compiled once: tokenize and isCapitalised run for every word of every sentence. The ASCII
// alternatives only speed up the Unicode classes that contain them; the matches are the same.
const tokenRe = /(?:[a-zA-Z0-9]|[\p{L}\p{N}])(?:[a-zA-Z0-9'’.\-–]|[\p{L}\p{N}])*/gu;
const dottedAcronym = /^(\p{L}\.)+$/u;
const upperStart = /^\p{Lu}/u;
const particleStart = /^(al|el|bin|ibn|de|di|da)-\p{Lu}/u;
const spaces = /^ +$/;

export function tokenize(text: string, base: number): Token[] {
  const out: Token[] = [];
  const re = tokenRe;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    let t = m[0];
    // Keep dotted acronyms ("U.S."), drop a sentence-final period elsewhere.
    if (t.endsWith('.') && !dottedAcronym.test(t)) t = t.replace(/\.+$/, '');
    // Most tokens end in a letter: skip the trailing-dash regex for them.
    if (t.endsWith('-') || t.endsWith('–')) t = t.replace(/[-–]+$/, '');
    out.push({ start: base + m.index, end: base + m.index + t.length, text: t });
  }
  return out;
}

const connectorHeads = new Set([...orgHeads, ...titleWords, 'region', 'republic', 'state', 'kingdom', 'law', 'court']);
const connectors = new Set(['of', 'for', 'to', 'in', 'on']);

export function isCapitalised(t: string, known: (s: string) => boolean): boolean {
  return upperStart.test(t) || particleStart.test(t) || known(t);
}

function possessiveBase(t: string): string | null {
  const m = /^(.+?)(?:['’]s|s['’])$/u.exec(t);
  return m?.[1] ? (t.endsWith('s’') || t.endsWith("s'") ? t.slice(0, -1) : m[1]) : null;
}

/** Group tokens into capitalised chunks; `gapOk(a, b)` says whether only spaces separate them. */
export function nameChunks(tokens: Token[], text: string, base: number, known: (s: string) => boolean): NameChunk[] {
  const out: NameChunk[] = [];
  // A token is tested up to three times (chunk start, continuation, connector lookahead): test it once.
  const caps: (boolean | undefined)[] = [];
  const cap = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return false;
    return (caps[k] ??= isCapitalised(t.text, known));
  };
  let i = 0;
  while (i < tokens.length) {
    const first = tokens[i];
    if (!first || !cap(i)) {
      i++;
      continue;
    }
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next || !spaceOnly(text, cur.end - base, next.start - base) || possessiveBase(cur.text)) break;
      if (cap(j + 1)) {
        j++;
        continue;
      }
      const step = connectorStep(tokens, j, text, base, cap);
      if (step === 0) break;
      j += step;
    }
    const chunk = buildChunk(tokens.slice(i, j + 1), tokens.slice(Math.max(0, i - 6), i), text, base, known);
    if (chunk) out.push(chunk);
    i = j + 1;
  }
  return out;
}

function spaceOnly(text: string, from: number, to: number): boolean {
  return spaces.test(text.slice(from, to));
}

/** How many tokens a lowercase connector run ("of the", "dela") adds, or 0. */
function connectorStep(tokens: Token[], j: number, text: string, base: number, cap: (k: number) => boolean): number {
  const cur = tokens[j];
  const a = tokens[j + 1];
  const b = tokens[j + 2];
  const c = tokens[j + 3];
  if (!cur || !a || !b) return 0;
  const capB = cap(j + 2) && spaceOnly(text, a.end - base, b.start - base);
  if (nameParticles.has(a.text) && capB) return 2;
  if (!connectors.has(a.text) || !connectorHeads.has(cur.text.toLowerCase())) return 0;
  if (capB) return 2;
  if (b.text === 'the' && c && cap(j + 3) && spaceOnly(text, b.end - base, c.start - base)) return 3;
  return 0;
}

function buildChunk(raw: Token[], before: Token[], text: string, base: number, known: (s: string) => boolean): NameChunk | null {
  let toks = raw;
  while (toks.length > 0 && notNameWords.has((toks[0]?.text ?? '').toLowerCase()) && !known(toks[0]?.text ?? '')) toks = toks.slice(1);
  while (toks.length > 0 && notNameWords.has((toks[toks.length - 1]?.text ?? '').toLowerCase())) toks = toks.slice(0, -1);
  const first = toks[0];
  const last = toks[toks.length - 1];
  if (!first || !last) return null;
  const possessive = possessiveBase(last.text) !== null;
  const words = toks.map((t, k) => (k === toks.length - 1 && possessive ? (possessiveBase(t.text) ?? t.text) : t.text));
  const lower = words.map((w) => w.toLowerCase());
  const { org, nameFrom: from } = splitTitle(lower);
  const nameFrom = skipKnownPrefix(words, from, known);
  if (!org && lower.slice(nameFrom).every((w) => titleWords.has(w))) return null;
  const nameTok = toks[nameFrom];
  if (!nameTok) return null;
  const name = words.slice(nameFrom).join(' ');
  let title = nameFrom > 0 ? text.slice(first.start - base, nameTok.start - base).trim() : null;
  if (!org && title === null) title = lowercaseTitle(before, first, text, base);
  const start = title !== null && nameFrom === 0 ? titleStart(before, first, text, base) : first.start;
  return { start, end: last.end, name, nameStart: nameTok.start, title, org, possessive };
}

/**
 * Where the name starts after its title. Title words after "of" belong to an organisation's
 * name ("Ministry of Foreign Affairs"); a title after the organisation starts a person
 * ("Coast Guard Commandant Admiral Elson Hermogino").
 */
function splitTitle(lower: string[]): { org: boolean; nameFrom: number } {
  let t = -1;
  let o = -1;
  lower.forEach((w, i) => {
    const prev = lower[i - 1] ?? '';
    if (titleWords.has(w) && !connectors.has(prev) && prev !== 'the') t = i;
    if (orgHeads.has(w)) o = i;
  });
  if (t > o && t < lower.length - 1) {
    let from = t + 1;
    while (connectors.has(lower[from] ?? '') || lower[from] === 'the' || titleWords.has(lower[from] ?? '')) from++;
    return { org: false, nameFrom: from };
  }
  return { org: o >= 0, nameFrom: 0 };
}

/** "United Nations Nikki Haley" after a title: drop the organisation the title belongs to. */
function skipKnownPrefix(words: string[], from: number, known: (s: string) => boolean): number {
  for (let n = words.length - 1; n > from; n--) {
    if (known(words.slice(from, n).join(' ')) && words.length - n <= 4) return n;
  }
  return from;
}

/** Lowercase title right before a name: "AU trade and industry commissioner Albert Muchanga". */
function lowercaseTitle(before: Token[], first: Token, text: string, base: number): string | null {
  const prev = before[before.length - 1];
  if (!prev || !titleWords.has(prev.text) || !spaceOnly(text, prev.end - base, first.start - base)) return null;
  const from = titleStart(before, first, text, base);
  return text.slice(from - base, first.start - base).trim();
}

function titleStart(before: Token[], first: Token, text: string, base: number): number {
  let from = first.start;
  let lowerOk = true;
  for (let k = before.length - 1; k >= 0; k--) {
    const t = before[k];
    if (!t || !spaceOnly(text, t.end - base, from - base)) break;
    const low = t.text.toLowerCase();
    const capital = /^\p{Lu}/u.test(t.text);
    // A lowercase modifier only counts right before another lowercase title word: "trade and industry commissioner".
    const ok = titleWords.has(low) || capital || ((low === 'and' || /^[a-z-]+$/.test(t.text)) && lowerOk);
    if (!ok || (notNameWords.has(low) && low !== 'and' && !capital)) break;
    lowerOk = !capital;
    from = t.start;
  }
  return from;
}
