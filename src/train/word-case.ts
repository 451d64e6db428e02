/**
 * Words usually written in lower case, learned from a folder of news texts: those seen lower-case
 * at least 3 times and at least as often as capitalised. The same rule the PolNeAR reference
 * scorer uses for source classing; the extractor uses it to tell "Many voters" from "Mary Voters".
 */
const wordRe = /[A-Za-z][a-z'’-]+/g;

export function lowercaseWords(texts: Iterable<string>): string[] {
  const low = new Map<string, number>();
  const cap = new Map<string, number>();
  for (const text of texts) {
    for (const w of text.match(wordRe) ?? []) {
      const key = w.toLowerCase();
      const counts = w.charAt(0) === w.charAt(0).toUpperCase() ? cap : low;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return [...low].filter(([w, n]) => n >= 3 && n >= (cap.get(w) ?? 0)).map(([w]) => w).sort();
}
