/**
 * Postgres' wire protocol numbers bind parameters with 16 bits: one statement takes at most
 * 65 535. An insert of many rows sends one parameter per column and row, so large inserts go
 * in batches that stay below the cap (an article with 7 300 statements used to fail with
 * MAX_PARAMETERS_EXCEEDED).
 */
// postgres.js refuses a statement with 65 534 parameters or more; keep clear of the edge.
export const maxParameters = 65_000;

/** `rows` in consecutive batches of at most `maxParameters` values, judged by the widest row. */
export function parameterBatches<T extends object>(rows: readonly T[]): T[][] {
  if (rows.length === 0) return [];
  const width = Math.max(1, ...rows.map((row) => Object.keys(row).length));
  const size = Math.max(1, Math.floor(maxParameters / width));
  const batches: T[][] = [];
  for (let start = 0; start < rows.length; start += size) batches.push(rows.slice(start, start + size));
  return batches;
}
