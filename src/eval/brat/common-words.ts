/**
 * Words that are usually written in lower case, counted over a set of article texts. Source classing
 * uses them so that a capitalised sentence-initial word ("Many voters") is not taken for a name.
 * The reference scorer counts them over the PolNeAR train texts (labels unused).
 */
import { casefold } from './python-text.js';

/** Words seen in lower case at least 3 times and at least as often as capitalised. */
export function commonWords(texts: Iterable<string>): Set<string> {
  const low = new Map<string, number>();
  const cap = new Map<string, number>();
  for (const text of texts) {
    for (const [w] of text.matchAll(/[A-Za-z][a-z'’-]+/g)) {
      const counts = /^[A-Z]/.test(w) ? cap : low;
      const key = casefold(w);
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
  }
  return new Set([...low].filter(([w, n]) => n >= 3 && n >= (cap.get(w) ?? 0)).map(([w]) => w));
}
