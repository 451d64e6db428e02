/** mulberry32: a tiny, well-known seeded PRNG, so the same seed always builds the same data set. */
export function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

export type Random = ReturnType<typeof seeded>;

export const pick = <T>(random: Random, items: readonly T[]): T => {
  const item = items[Math.floor(random() * items.length)];
  if (item === undefined) throw new Error('pick from an empty list');
  return item;
};

/** An index in 0..n-1, skewed towards 0 (the product of two uniform draws): a few speakers say most things. */
export const skewedIndex = (random: Random, n: number) => Math.min(n - 1, Math.floor(random() * random() * n));
