/**
 * The read benchmark's own checks: answers of different servers compare equal exactly when
 * they hold the same data, and the counting proxy counts what a client sends.
 */
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import { firstDifference, normalise } from '../../bench/read/normalise.js';
import { canonicalAnswer } from '../../bench/read/operations.js';
import { packageOf } from '../../bench/read/profile-summary.js';
import { startScript } from '../../bench/read/targets.js';
import { startWireCounter } from '../../bench/read/wire-counter.js';
import { loadConfig } from '../../src/config.js';

const serverUrl = loadConfig().DATABASE_URL;

describe('answer normaliser', () => {
  it('treats the timestamp formats of Parley and of Postgres json as one, and ignores key order', () => {
    const parley = { statements: [{ seq: 7, saidAt: '2024-01-01T00:05:00.000Z', speaker: { slug: 'a', name: 'A' } }] };
    const floor = { statements: [{ speaker: { name: 'A', slug: 'a' }, saidAt: '2024-01-01T00:05:00+00:00', seq: 7 }] };
    expect(firstDifference(normalise(parley), normalise(floor))).toBeNull();
    expect(normalise('2024-01-01T01:05:00.132+01:00')).toBe('2024-01-01T00:05:00.132Z');
  });

  it('names the first place where two answers differ', () => {
    expect(firstDifference(normalise({ a: [1, 2] }), normalise({ a: [1, 3] }))).toBe('$.a[1]: 2 against 3');
    expect(firstDifference(normalise({ a: [1, 2] }), normalise({ a: [1] }))).toBe('$.a: 2 items against 1');
    expect(firstDifference(normalise({ a: 1 }), normalise({ b: 1 }))).toBe('$.a: present in only one answer');
    expect(firstDifference(normalise({ speaker: null }), normalise({ speaker: { slug: 'a' } }))).toMatch(/^\$\.speaker: null against/);
    expect(firstDifference(normalise({ seq: 7 }), normalise({ seq: '7' }))).toBe('$.seq: 7 against "7"');
  });

  it('maps Parley and PostGraphile answers to the floor shape', () => {
    const parley = { data: { statements: { nodes: [{ seq: 9, text: 'x', speaker: null }] } } };
    const postgraphile = { data: { benchApiSearchStatements: { nodes: [{ seq: '9', text: 'x', stakeholderBySpeakerId: null }] } } };
    const floor = { statements: [{ seq: 9, text: 'x', speaker: null }] };
    const expected = normalise(floor);
    expect(normalise(canonicalAnswer('parley', 'search', parley))).toEqual(expected);
    expect(normalise(canonicalAnswer('postgraphile', 'search', postgraphile))).toEqual(expected);
    expect(() => canonicalAnswer('parley', 'feed', { errors: [{ message: 'boom' }] })).toThrow(/parley feed: .*boom/);
  });
});

describe('npm start', () => {
  it('is read for its environment and script, so Parley runs as users start it', () => {
    expect(startScript('tsx src/index.ts')).toEqual({ env: {}, script: 'src/index.ts' });
    expect(startScript('NODE_ENV=${NODE_ENV:-production} GRAPHIQL=${GRAPHIQL:-true} tsx src/index.ts')).toEqual({
      env: { NODE_ENV: 'production', GRAPHIQL: 'true' },
      script: 'src/index.ts',
    });
    expect(() => startScript('node dist/index.js')).toThrow(/no longer "tsx <file>"/);
  });
});

describe('profile summary', () => {
  it('attributes a script to its package, scoped or not, or to Parley or Node', () => {
    expect(packageOf('file:///w/node_modules/@pothos/plugin-drizzle/esm/index.js', 'f')).toBe('@pothos/plugin-drizzle');
    expect(packageOf('file:///w/node_modules/a/node_modules/drizzle-orm/sql/sql.js', 'f')).toBe('drizzle-orm');
    expect(packageOf('file:///w/src/server/limits.ts', 'f')).toBe('parley');
    expect(packageOf('node:internal/streams/writable', 'f')).toBe('node');
    expect(packageOf('', '(garbage collector)')).toBe('(garbage collector)');
  });
});

describe.skipIf(!serverUrl)('wire counter', () => {
  it('counts statements and round trips a client sends through it', async () => {
    const upstream = new URL(serverUrl ?? '');
    const counter = await startWireCounter(upstream.hostname, Number(upstream.port || 5432));
    const proxied = new URL(serverUrl ?? '');
    proxied.hostname = '127.0.0.1';
    proxied.port = String(counter.port);
    const sql = postgres(proxied.toString(), { max: 1, fetch_types: false, onnotice: () => {} });
    try {
      await sql`select ${1}::int as n`;
      counter.reset();
      // A prepared statement already known to the connection: Bind/Execute/Sync, one round trip each.
      for (let i = 0; i < 3; i++) expect((await sql`select ${i}::int as n`)[0]?.n).toBe(i);
      expect(counter.counts).toEqual({ statements: 3, roundTrips: 3 });
      counter.reset();
      // Unprepared with a parameter: Parse/Describe/Flush for its type, then Bind/Execute/Sync.
      expect((await sql.unsafe('select $1::int as n', [5]))[0]?.n).toBe(5);
      expect(counter.counts).toEqual({ statements: 1, roundTrips: 2 });
      counter.reset();
      // The simple protocol: one Query message with two statements, one round trip.
      await sql.unsafe('select 1; select 2');
      expect(counter.counts).toEqual({ statements: 1, roundTrips: 1 });
    } finally {
      await sql.end({ timeout: 1 });
      await counter.close();
    }
  });
});
