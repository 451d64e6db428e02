import { count } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articles, stakeholders, statements } from '../../src/db/schema.js';
import { scoreArticle } from '../../src/eval/score.js';
import { maxArticleChars } from '../../src/services/articles.js';
import { said } from '../ingest/helpers.js';
import { corpusArticle } from '../support/corpus.js';
import type { TestDatabase } from '../support/database.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import type { TestServer } from '../support/server.js';

let database: TestDatabase;
let server: TestServer;
let tokens: SeededServer['tokens'];
let stop: SeededServer['stop'];

beforeAll(async () => {
  ({ database, server, tokens, stop } = await startSeededServer());
});

afterAll(() => stop?.());

// Each test starts with no articles (statements and positions go with them); tokens and the catalogue stay.
beforeEach(async () => {
  await database.db.delete(articles);
});

const ingest = /* GraphQL */ `
  mutation Ingest($input: IngestArticleInput!) {
    ingestArticle(input: $input) {
      __typename
      ... on IngestArticlePayload {
        created
        article {
          id
          title
          statements(first: 100) { totalCount nodes { text kind speaker { name } } }
          stakeholders(first: 100) { nodes { name kind } }
          positions(first: 100) { nodes { stance stakeholder { name } topic { name } } }
        }
      }
      ... on Error { code message }
    }
  }
`;

interface IngestData {
  ingestArticle: {
    __typename: string;
    created: boolean;
    article: {
      id: string;
      statements: { totalCount: number; nodes: { text: string; kind: string; speaker: { name: string } }[] };
      stakeholders: { nodes: { name: string; kind: string }[] };
      positions: { nodes: { stance: string; stakeholder: { name: string }; topic: { name: string } }[] };
    };
  };
}

async function rowCounts() {
  const [a] = await database.db.select({ n: count() }).from(articles);
  const [s] = await database.db.select({ n: count() }).from(statements);
  const [k] = await database.db.select({ n: count() }).from(stakeholders);
  return { articles: a?.n, statements: s?.n, stakeholders: k?.n };
}

const validInput = { title: 'Talks resume', body: 'The minister said, "We are ready to talk."', url: 'https://news.example/talks' };

describe('ingestArticle', () => {
  it('refuses callers without a token, and writes nothing', async () => {
    const before = await rowCounts();
    const { errors } = await server.graphql(ingest, { input: validInput });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses unknown tokens', async () => {
    const { errors } = await server.graphql(ingest, { input: validInput }, { authorization: 'Bearer prl_not-a-real-token' });
    expect(errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('stores the sample article and serves back every gold statement with its speaker', async () => {
    const sample = await corpusArticle('putin-trump-any-time');
    const { data, errors } = await server.graphql<IngestData>(
      ingest,
      { input: { title: sample.title, body: sample.body, url: 'https://news.example/putin-trump', publishedAt: '2024-12-19T12:00:00Z' } },
      tokens.ingest,
    );
    expect(errors).toBeUndefined();
    const { created, article } = data?.ingestArticle ?? {};
    expect(created).toBe(true);
    const served = {
      statements: article?.statements.nodes.map((s) => ({ quote: s.text, kind: s.kind, speaker: s.speaker.name })) ?? [],
      positions: article?.positions.nodes.map((p) => ({ stakeholder: p.stakeholder.name, topic: p.topic.name, stance: p.stance })) ?? [],
    };
    const score = scoreArticle(sample.gold, served);
    expect(score.direct.fn).toBe(0);
    expect(score.direct.speakerOk).toBe(score.direct.tp);
    expect(article?.stakeholders.nodes).toEqual(expect.arrayContaining([{ name: 'Jens Stoltenberg', kind: 'PERSON' }, { name: 'Russia', kind: 'COUNTRY' }]));
    // what is served is what the extractor found, name for name (its quality is measured in tests/ingest)
    const extracted = said(sample.body, sample.title).holders;
    expect(served.positions).toHaveLength(extracted.length);
    expect(served.positions).toEqual(expect.arrayContaining(extracted));
  });

  it('returns the stored article unchanged for the same url or the same text', async () => {
    const sample = await corpusArticle('putin-trump-any-time');
    const first = await server.graphql<IngestData>(ingest, { input: { title: sample.title, body: sample.body, url: 'https://news.example/putin-trump' } }, tokens.ingest);
    expect(first.data?.ingestArticle.created).toBe(true);
    const before = await rowCounts();
    const again = await server.graphql<IngestData>(ingest, { input: { title: sample.title, body: sample.body, url: 'https://news.example/putin-trump' } }, tokens.ingest);
    const copied = await server.graphql<IngestData>(ingest, { input: { title: sample.title, body: sample.body, url: 'https://elsewhere.example/copy' } }, tokens.ingest);
    expect(again.data?.ingestArticle.created).toBe(false);
    expect(copied.data?.ingestArticle.created).toBe(false);
    expect(again.data?.ingestArticle.article.id).toBe(first.data?.ingestArticle.article.id);
    expect(copied.data?.ingestArticle.article.id).toBe(first.data?.ingestArticle.article.id);
    expect(await rowCounts()).toEqual(before);
  });

  it.each([
    ['an empty body', { ...validInput, body: '   ' }, /body: must not be empty/],
    ['an oversized body', { ...validInput, body: 'x'.repeat(maxArticleChars + 1) }, /body: must be at most/],
    ['an invalid url', { ...validInput, url: 'not a url' }, /url: must be an http\(s\) URL/],
    ['a non-http url', { ...validInput, url: 'ftp://files.example/a' }, /url: must be an http\(s\) URL/],
    ['a bad language tag', { ...validInput, language: 'English!' }, /language: must be a BCP 47/],
  ])('rejects %s with a readable BAD_USER_INPUT error and writes nothing', async (_name, input, message) => {
    const before = await rowCounts();
    const { errors } = await server.graphql(ingest, { input }, tokens.ingest);
    expect(errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(errors?.[0]?.message).toMatch(message);
    expect(await rowCounts()).toEqual(before);
  });

  it('rejects an invalid date before running anything', async () => {
    const { errors } = await server.graphql(ingest, { input: { ...validInput, publishedAt: '19 December' } }, tokens.ingest);
    expect(errors?.[0]?.message).toMatch(/DateTime/);
  });
});
