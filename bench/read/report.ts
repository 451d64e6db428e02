/** Rounds folded into one row per (concurrency, operation, target), the ratios, and a Markdown table. */
import type { RunResult } from './load.js';
import type { OperationName } from './floor-sql.js';
import type { WireCounts } from './wire-counter.js';

export type Variant = 'parley' | 'parley-cached' | 'postgraphile' | 'floor';

export interface Row {
  connections: number;
  operation: OperationName;
  target: Variant;
  reqPerS: number;
  p50Ms: number;
  p99Ms: number;
  cpuMsPerRequest: number;
  rounds: RunResult[];
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
};

/** Medians over rounds for speed and latency; CPU per request over all requests of all rounds. */
export function fold(connections: number, operation: OperationName, target: Variant, rounds: RunResult[]): Row {
  const requests = rounds.reduce((sum, r) => sum + r.requests, 0);
  const cpu = rounds.reduce((sum, r) => sum + r.cpuMsPerRequest * r.requests, 0);
  return {
    connections,
    operation,
    target,
    reqPerS: median(rounds.map((r) => r.reqPerS)),
    p50Ms: median(rounds.map((r) => r.p50Ms)),
    p99Ms: median(rounds.map((r) => r.p99Ms)),
    cpuMsPerRequest: requests ? cpu / requests : Number.NaN,
    rounds,
  };
}

export interface Ratio {
  connections: number;
  operation: OperationName;
  parley: Variant;
  overPostgraphile: number;
  overFloor: number;
  p99NoWorse: boolean;
  /** uncached: ≥ 1.5× PostGraphile with p99 no worse and ≥ 0.5× floor; cached: ≥ 5× PostGraphile */
  met: boolean;
}

export function ratios(rows: Row[]): Ratio[] {
  const find = (c: number, op: OperationName, t: Variant) => rows.find((r) => r.connections === c && r.operation === op && r.target === t);
  return rows.flatMap((row) => {
    if (row.target !== 'parley' && row.target !== 'parley-cached') return [];
    const pg = find(row.connections, row.operation, 'postgraphile');
    const floor = find(row.connections, row.operation, 'floor');
    const overPostgraphile = pg ? row.reqPerS / pg.reqPerS : Number.NaN;
    const overFloor = floor ? row.reqPerS / floor.reqPerS : Number.NaN;
    const p99NoWorse = pg ? row.p99Ms <= pg.p99Ms : false;
    const met = row.target === 'parley' ? overPostgraphile >= 1.5 && p99NoWorse && overFloor >= 0.5 : overPostgraphile >= 5;
    return [{ connections: row.connections, operation: row.operation, parley: row.target, overPostgraphile, overFloor, p99NoWorse, met }];
  });
}

const fixed = (value: number, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '–');

/** SQL statements and round trips per request, by target and operation (wire-counter.ts). */
export type QueryCounts = Partial<Record<Variant, Partial<Record<OperationName, WireCounts>>>>;

export function table(rows: Row[], allRatios: Ratio[], queries: QueryCounts): string {
  const sqlOf = (r: Row) => {
    const counts = queries[r.target]?.[r.operation];
    return counts ? `${counts.statements} / ${counts.roundTrips}` : '–';
  };
  const lines = [
    '| c | operation | target | req/s | p50 ms | p99 ms | CPU ms/req | SQL / round trips per req |',
    '| ---: | --- | --- | ---: | ---: | ---: | ---: | ---: |',
    ...rows.map(
      (r) => `| ${r.connections} | ${r.operation} | ${r.target} | ${fixed(r.reqPerS)} | ${fixed(r.p50Ms)} | ${fixed(r.p99Ms)} | ${fixed(r.cpuMsPerRequest, 2)} | ${sqlOf(r)} |`,
    ),
    '',
    '| c | operation | Parley | ÷ PostGraphile | ÷ floor | p99 ≤ PostGraphile | target met |',
    '| ---: | --- | --- | ---: | ---: | --- | --- |',
    ...allRatios.map(
      (r) => `| ${r.connections} | ${r.operation} | ${r.parley} | ${fixed(r.overPostgraphile, 2)} | ${fixed(r.overFloor, 2)} | ${r.p99NoWorse ? 'yes' : 'no'} | ${r.met ? 'yes' : 'no'} |`,
    ),
  ];
  return lines.join('\n');
}
