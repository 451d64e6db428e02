import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { statements } from '../../src/db/schema.js';
import { extract } from '../../src/ingest/extract.js';
import type { Extractor } from '../../src/services/extraction.js';
import { ingestArticle } from '../../src/services/articles.js';
import { collect, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';

let seeded: SeededServer;
const clients: { dispose(): void | Promise<void> }[] = [];

beforeAll(async () => {
  seeded = await startSeededServer();
});

afterEach(async () => {
  await Promise.all(clients.splice(0).map((client) => client.dispose()));
});

afterAll(() => seeded?.stop());

const reextract = /* GraphQL */ `
  mutation ($input: ReextractInput) {
    reextract(input: $input) {
      ... on ReextractResult { articles kept added removed }
      ... on Error { code message }
    }
  }
`;

/** An older extractor that found only the first statement of an article. */
const firstOnly: Extractor = async (article, catalogue) => {
  const x = extract(article, catalogue);
  return { ...x, version: '0.1.0', statements: x.statements.slice(0, 1), positions: [] };
};

describe('reextract', () => {
  it('is for admins only', async () => {
    const { errors } = await seeded.server.graphql(reextract, {}, seeded.tokens.ingest);
    expect(errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('brings outdated articles up to date, keeping seqs and publishing what is new', async () => {
    const { db } = seeded.database;
    const body = '“We will win,” said Jane Pell.\n\n“We will not,” said Tom Reyes.';
    const { articleId } = await ingestArticle(db, { title: 'Two voices', body }, firstOnly);
    const [first] = await db.select({ seq: statements.seq }).from(statements).where(eq(statements.articleId, articleId));

    const client = wsClient(seeded.server);
    clients.push(client);
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, {}, 1);
    await until(() => seeded.server.app.events.subscribersByFeed.statements > 0);

    const { data } = await seeded.server.graphql<{ reextract: Record<string, number> }>(reextract, {}, seeded.tokens.admin);
    expect(data?.reextract).toEqual({ articles: 1, kept: 1, added: 1, removed: 0 });
    const [event] = await feed.done;
    expect(event?.statementAdded.node).toMatchObject({ text: 'We will not,', speaker: { name: 'Tom Reyes' } });
    const rows = await db.select({ seq: statements.seq, text: statements.text }).from(statements).where(eq(statements.articleId, articleId));
    expect(rows.find((r) => r.text === 'We will win,')?.seq).toBe(first?.seq);

    // Up to date now: nothing is outdated, nothing changes.
    const again = await seeded.server.graphql<{ reextract: Record<string, number> }>(reextract, {}, seeded.tokens.admin);
    expect(again.data?.reextract).toEqual({ articles: 0, kept: 0, added: 0, removed: 0 });
  });
});
