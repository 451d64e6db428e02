import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { streamState } from '../../src/db/schema.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { storeTestCatalogue, storeSaying } from '../support/dataset.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { issueTokens } from '../support/tokens.js';

let database: TestDatabase;
let server: TestServer;
let tokens: Awaited<ReturnType<typeof issueTokens>>;
let articleId: string;

beforeAll(async () => {
  database = await createTestDatabase();
  server = await startTestServer(database);
  await storeTestCatalogue(database.db);
  tokens = await issueTokens(database.db);
  await storeSaying(database.db, 'Talks', [{ speaker: 'vladimir-putin', quote: 'We are ready for negotiations', topics: ['peace-talks'] }], {
    url: 'https://news.example/talks',
  });
  const { data } = await server.graphql<{ article: { id: string } }>('{ article(url: "https://news.example/talks") { id } }');
  articleId = data?.article.id ?? '';
});

afterAll(async () => {
  await server?.stop();
  await database?.dispose();
});

/** A mutation answers its result type or a typed error, side by side in one union. */
type Result<T> = { __typename: string; code?: string; message?: string } & Partial<T>;

describe('addStatement', () => {
  const addStatement = `mutation ($input: AddStatementInput!) {
    addStatement(input: $input) {
      __typename
      ... on Statement { seq text startOffset speaker { slug } topics { slug } }
      ... on Error { code message }
    }
  }`;

  it('adds a statement found in the article, after every existing seq', async () => {
    // Other tests in this file store (and delete) statements too: the new one takes the next number.
    const [{ last } = { last: 0 }] = await database.db.select({ last: streamState.lastSeq }).from(streamState);
    expect(last).toBeGreaterThanOrEqual(1);
    const { data } = await server.graphql<{ addStatement: Result<{ seq: number; text: string; startOffset: number; speaker: { slug: string }; topics: { slug: string }[] }> }>(
      addStatement,
      { input: { article: articleId, speaker: 'vladimir-putin', text: 'ready for negotiations', kind: 'REPORTED', topics: ['peace-talks'] } },
      tokens.ingest,
    );
    expect(data?.addStatement).toEqual({ __typename: 'Statement', seq: last + 1, text: 'ready for negotiations', startOffset: 'Vladimir Putin said: “We are '.length, speaker: { slug: 'vladimir-putin' }, topics: [{ slug: 'peace-talks' }] });
  });

  it('answers a typed NOT_FOUND error for an unknown speaker', async () => {
    const { data } = await server.graphql<{ addStatement: Result<unknown> }>(
      addStatement,
      { input: { article: articleId, speaker: 'nobody-known', text: 'ready', kind: 'DIRECT' } },
      tokens.ingest,
    );
    expect(data?.addStatement).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND', message: 'Stakeholder "nobody-known" does not exist' });
  });

  it('answers INVALID_REQUEST for text that is not in the article and no offsets', async () => {
    const { data } = await server.graphql<{ addStatement: Result<unknown> }>(
      addStatement,
      { input: { article: articleId, speaker: 'vladimir-putin', text: 'words never printed', kind: 'DIRECT' } },
      tokens.ingest,
    );
    expect(data?.addStatement).toMatchObject({ __typename: 'InvalidRequestError', code: 'INVALID_REQUEST' });
  });
});

describe('recordPosition', () => {
  it('records a stance that becomes the current one', async () => {
    const { data } = await server.graphql<{ recordPosition: Result<{ stance: string; isCurrent: boolean }> }>(
      `mutation { recordPosition(input: { stakeholder: "volodymyr-zelensky", topic: "ceasefire", stance: REJECTS, summary: "no ceasefire on these terms" }) {
        ... on Position { stance isCurrent } } }`,
      {},
      tokens.ingest,
    );
    expect(data?.recordPosition).toEqual({ stance: 'REJECTS', isCurrent: true });
  });
});

describe('stakeholders', () => {
  it('creates a stakeholder with a slug made from its name, and corrects it later', async () => {
    const upsert = `mutation ($input: UpsertStakeholderInput!) { upsertStakeholder(input: $input) {
      ... on Stakeholder { slug name role aliases parent { slug } } } }`;
    await server.graphql(upsert, { input: { name: 'Dmitry Peskov', kind: 'PERSON', aliases: ['Peskov'] } }, tokens.ingest);
    const { data } = await server.graphql<{ upsertStakeholder: Result<unknown> }>(
      upsert,
      { input: { slug: 'dmitry-peskov', name: 'Dmitry Peskov', kind: 'PERSON', role: 'Kremlin spokesman', parent: 'russia', aliases: ['the Kremlin spokesman'] } },
      tokens.ingest,
    );
    expect(data?.upsertStakeholder).toEqual({
      slug: 'dmitry-peskov',
      name: 'Dmitry Peskov',
      role: 'Kremlin spokesman',
      aliases: ['Peskov', 'the Kremlin spokesman'],
      parent: { slug: 'russia' },
    });
  });

  it('lets only admin tokens merge stakeholders', async () => {
    const { errors } = await server.graphql('mutation { mergeStakeholders(source: "dmitry-peskov", target: "vladimir-putin") { __typename } }', {}, tokens.ingest);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('merges a duplicate: statements move over and its names become aliases', async () => {
    await storeSaying(database.db, 'Duplicate', [{ speaker: 'v-putin', quote: 'A statement by a duplicate' }]);
    const { data } = await server.graphql<{ mergeStakeholders: Result<{ aliases: string[]; statements: { nodes: { text: string }[] } }> }>(
      `mutation { mergeStakeholders(source: "v-putin", target: "vladimir-putin") {
        ... on Stakeholder { aliases statements { nodes { text } } } } }`,
      {},
      tokens.admin,
    );
    expect(data?.mergeStakeholders.aliases).toContain('v-putin');
    expect(data?.mergeStakeholders.statements?.nodes.map((s) => s.text)).toContain('A statement by a duplicate');
    const gone = await server.graphql<{ stakeholder: null }>('{ stakeholder(ref: "v-putin") { name } }');
    expect(gone.data?.stakeholder).toBeNull();
  });

  it('refuses to merge a stakeholder into itself', async () => {
    const { data } = await server.graphql<{ mergeStakeholders: Result<unknown> }>(
      'mutation { mergeStakeholders(source: "russia", target: "russia") { __typename ... on Error { code } } }',
      {},
      tokens.admin,
    );
    expect(data?.mergeStakeholders).toEqual({ __typename: 'InvalidRequestError', code: 'INVALID_REQUEST' });
  });
});

describe('deleteArticle', () => {
  it('is for admin tokens only, and removes the article with its statements', async () => {
    await storeSaying(database.db, 'To delete', [{ speaker: 'volodymyr-zelensky', quote: 'A statement about to vanish' }], { url: 'https://news.example/gone' });
    const { data } = await server.graphql<{ article: { id: string } }>('{ article(url: "https://news.example/gone") { id } }');
    const id = data?.article.id;
    const mutation = 'mutation ($id: ID!) { deleteArticle(id: $id) { __typename ... on DeletedArticle { deletedId } ... on Error { code } } }';
    const forbidden = await server.graphql(mutation, { id }, tokens.ingest);
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const deleted = await server.graphql<{ deleteArticle: Result<{ deletedId: string }> }>(mutation, { id }, tokens.admin);
    expect(deleted.data?.deleteArticle).toEqual({ __typename: 'DeletedArticle', deletedId: id });
    const after = await server.graphql<{ article: null; statements: { nodes: unknown[] } }>(
      '{ article(url: "https://news.example/gone") { id } statements(filter: { search: "vanish" }) { nodes { text } } }',
    );
    expect(after.data).toEqual({ article: null, statements: { nodes: [] } });
    const again = await server.graphql<{ deleteArticle: Result<unknown> }>(mutation, { id }, tokens.admin);
    expect(again.data?.deleteArticle).toMatchObject({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
  });
});

describe('mutation rate limit', () => {
  it('refuses a token past its budget with RATE_LIMITED, without touching other tokens', async () => {
    const limited = await startTestServer(database, { settings: { MUTATIONS_PER_MINUTE: 2 } });
    try {
      const upsert = (headers: Record<string, string>) =>
        limited.graphql('mutation { upsertStakeholder(input: { name: "Rate Probe", kind: GROUP }) { __typename } }', {}, headers);
      expect((await upsert(tokens.ingest)).errors).toBeUndefined();
      expect((await upsert(tokens.ingest)).errors).toBeUndefined();
      const third = await upsert(tokens.ingest);
      expect(third.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
      expect((await upsert(tokens.admin)).errors).toBeUndefined();
    } finally {
      await limited.stop();
    }
  });
});
