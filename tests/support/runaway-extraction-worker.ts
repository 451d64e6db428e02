/**
 * An extraction worker that never finishes, standing for a bug in the extractor: no article within
 * the size limit takes the real one more than a second (see bench/pathological.ts), so the time
 * budget is tested with this instead.
 */
export default function runaway(): never {
  for (;;) {
    // busy: a real CPU-bound loop, as a pathological regex or scan would be
  }
}
