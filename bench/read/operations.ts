/**
 * The four benchmark operations as each target is asked them, and how each target's answer
 * maps onto one shape (the floor's, see floor-sql.ts), so the three can be checked equal.
 */
import type { Targets } from './dataset.js';
import type { OperationName } from './floor-sql.js';

export type TargetName = 'parley' | 'postgraphile' | 'floor';
export const targetNames: readonly TargetName[] = ['parley', 'postgraphile', 'floor'];

export interface Request {
  method: 'GET' | 'POST';
  path: string;
  body?: string;
}

/** A GraphQL answer's `data`, walked without trusting its shape. */
type Data = Record<string, unknown>;

const isRecord = (value: unknown): value is Data => value !== null && typeof value === 'object' && !Array.isArray(value);

const graphql = (query: string, variables: Record<string, string> = {}): Request => ({
  method: 'POST',
  path: '/graphql',
  body: JSON.stringify({ query, variables }),
});

const field = (value: unknown, key: string): unknown => (isRecord(value) ? value[key] : undefined);

const nodes = (value: unknown, key: string): unknown[] => {
  const list = field(field(value, key), 'nodes');
  return Array.isArray(list) ? list : [];
};

const pick = (value: unknown, keys: readonly string[]): Data => Object.fromEntries(keys.map((key) => [key, field(value, key) ?? null]));
const orNull = (value: unknown, keys: readonly string[]) => (value === null || value === undefined ? null : pick(value, keys));
/** PostGraphile sends bigint as a string. */
const number = (value: unknown) => (typeof value === 'string' ? Number(value) : value);

const parley: Record<OperationName, { request: (t: Targets) => Request; canonical: (data: unknown) => unknown }> = {
  feed: {
    request: () => graphql('query Feed { statements(first: 50) { nodes { seq text kind saidAt speaker { slug name } article { title url publishedAt } } } }'),
    canonical: (data) => ({ statements: nodes(data, 'statements') }),
  },
  stakeholder: {
    request: (t) =>
      graphql(
        'query Stakeholder($ref: ID!) { stakeholder(ref: $ref) { slug name kind positions(first: 100) { nodes { stance summary observedAt topic { slug name } evidence { seq text } } } statements(first: 10) { nodes { seq text saidAt } } } }',
        { ref: t.stakeholderSlug },
      ),
    canonical: (data) => {
      const s = field(data, 'stakeholder');
      return { ...pick(s, ['slug', 'name', 'kind']), positions: nodes(s, 'positions'), statements: nodes(s, 'statements') };
    },
  },
  topic: {
    request: (t) =>
      graphql(
        'query Topic($ref: ID!) { topic(ref: $ref) { slug name stanceSummary { stance count } positions(first: 100) { nodes { stance observedAt stakeholder { slug name } } } } }',
        { ref: t.topicSlug },
      ),
    canonical: (data) => {
      const topic = field(data, 'topic');
      return { ...pick(topic, ['slug', 'name']), stanceSummary: field(topic, 'stanceSummary') ?? null, positions: nodes(topic, 'positions') };
    },
  },
  search: {
    request: (t) =>
      graphql('query Search($q: String!) { statements(first: 20, filter: { search: $q }) { nodes { seq text speaker { slug name } } } }', { q: t.searchTerm }),
    canonical: (data) => ({ statements: nodes(data, 'statements') }),
  },
};

const postgraphile: typeof parley = {
  feed: {
    request: () =>
      graphql(
        'query Feed { allStatements(first: 50, orderBy: SEQ_DESC) { nodes { seq text kind saidAt stakeholderBySpeakerId { slug name } articleByArticleId { title url publishedAt } } } }',
      ),
    canonical: (data) => ({
      statements: nodes(data, 'allStatements').map((s) => ({
        ...pick(s, ['text', 'kind', 'saidAt']),
        seq: number(field(s, 'seq')),
        speaker: orNull(field(s, 'stakeholderBySpeakerId'), ['slug', 'name']),
        article: orNull(field(s, 'articleByArticleId'), ['title', 'url', 'publishedAt']),
      })),
    }),
  },
  stakeholder: {
    request: (t) =>
      graphql(
        'query Stakeholder($ref: String!) { stakeholderBySlug(slug: $ref) { slug name kind currentPositions(first: 100) { nodes { stance summary observedAt topicByTopicId { slug name } statementByEvidenceStatementId { seq text } } } statementsBySpeakerId(first: 10, orderBy: SEQ_DESC) { nodes { seq text saidAt } } } }',
        { ref: t.stakeholderSlug },
      ),
    canonical: (data) => {
      const s = field(data, 'stakeholderBySlug');
      return {
        ...pick(s, ['slug', 'name', 'kind']),
        positions: nodes(s, 'currentPositions').map((p) => {
          const evidence = orNull(field(p, 'statementByEvidenceStatementId'), ['seq', 'text']);
          return {
            ...pick(p, ['stance', 'summary', 'observedAt']),
            topic: orNull(field(p, 'topicByTopicId'), ['slug', 'name']),
            evidence: evidence && { ...evidence, seq: number(evidence.seq) },
          };
        }),
        statements: nodes(s, 'statementsBySpeakerId').map((st) => ({ ...pick(st, ['text', 'saidAt']), seq: number(field(st, 'seq')) })),
      };
    },
  },
  topic: {
    request: (t) =>
      graphql(
        'query Topic($ref: String!) { topicBySlug(slug: $ref) { slug name stanceSummary { nodes { stance count } } currentPositions(first: 100) { nodes { stance observedAt stakeholderByStakeholderId { slug name } } } } }',
        { ref: t.topicSlug },
      ),
    canonical: (data) => {
      const topic = field(data, 'topicBySlug');
      return {
        ...pick(topic, ['slug', 'name']),
        stanceSummary: nodes(topic, 'stanceSummary'),
        positions: nodes(topic, 'currentPositions').map((p) => ({
          ...pick(p, ['stance', 'observedAt']),
          stakeholder: orNull(field(p, 'stakeholderByStakeholderId'), ['slug', 'name']),
        })),
      };
    },
  },
  search: {
    request: (t) =>
      graphql('query Search($q: String!) { benchApiSearchStatements(query: $q, first: 20) { nodes { seq text stakeholderBySpeakerId { slug name } } } }', { q: t.searchTerm }),
    canonical: (data) => ({
      statements: nodes(data, 'benchApiSearchStatements').map((s) => ({
        ...pick(s, ['text']),
        seq: number(field(s, 'seq')),
        speaker: orNull(field(s, 'stakeholderBySpeakerId'), ['slug', 'name']),
      })),
    }),
  },
};

const floorArg: Record<OperationName, (t: Targets) => string | undefined> = {
  feed: () => undefined,
  stakeholder: (t) => t.stakeholderSlug,
  topic: (t) => t.topicSlug,
  search: (t) => t.searchTerm,
};

export function requestFor(target: TargetName, operation: OperationName, targets: Targets): Request {
  if (target === 'parley') return parley[operation].request(targets);
  if (target === 'postgraphile') return postgraphile[operation].request(targets);
  const arg = floorArg[operation](targets);
  return { method: 'GET', path: arg === undefined ? `/${operation}` : `/${operation}?arg=${encodeURIComponent(arg)}` };
}

/** A target's answer (the parsed response body) in the floor's shape; GraphQL errors throw. */
export function canonicalAnswer(target: TargetName, operation: OperationName, body: unknown): unknown {
  if (target === 'floor') return body;
  const errors = field(body, 'errors');
  if (errors) throw new Error(`${target} ${operation}: ${JSON.stringify(errors).slice(0, 500)}`);
  const data = field(body, 'data');
  return (target === 'parley' ? parley : postgraphile)[operation].canonical(data);
}
