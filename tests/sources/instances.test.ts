import { count } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { articles as articleRows } from '../../src/db/schema.js';
import { readCatalogue } from '../../src/seeds/files.js';
import { storeCatalogue } from '../../src/services/catalogue.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { collect, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { issueTokens } from '../support/tokens.js';
import { articles, rssFeed } from './fixtures.js';
import { document, type FixtureSite, startSite } from './fixture-site.js';
import { addVia, pollingSettings, publish, statusOf } from './support.js';

let database: TestDatabase;
let first: TestServer;
let second: TestServer;
let site: FixtureSite;
let tokens: Awaited<ReturnType<typeof issueTokens>>;
const disposals: (() => unknown)[] = [];

/**
 * Two Parley instances on one database, both polling, as two replicas behind a load balancer.
 * On a server each has its own connection pool; PGlite is one embedded engine, shared.
 */
beforeAll(async () => {
  database = await createTestDatabase();
  disposals.push(() => database.dispose());
  await storeCatalogue(database.db, await readCatalogue());
  tokens = await issueTokens(database.db);
  first = await startTestServer(database, { settings: pollingSettings });
  disposals.push(() => first.stop());
  const secondHandle = database.url ? await openDatabase({ url: database.url }) : database;
  if (secondHandle !== database) disposals.push(() => secondHandle.close());
  second = await startTestServer(secondHandle, { settings: pollingSettings });
  disposals.push(() => second.stop());
  site = await startSite();
  disposals.push(() => site.close());
});

afterAll(async () => {
  for (const dispose of disposals.splice(0).reverse()) await dispose();
});

describe('two instances on one database', () => {
  it('poll a source one at a time: every page fetched once, no duplicate article, statements live on the other instance', async () => {
    const listed = publish(site, '/shared', articles);
    // No validators: every poll downloads the whole feed and looks at every item again.
    site.route('/shared/rss.xml', document(rssFeed([...listed, listed[1]!]), 'application/rss+xml'));
    const expected = articles.flatMap((a) => a.statements);

    const client = wsClient(second);
    disposals.push(() => client.dispose());
    // The fixtures plant direct quotations; reported clauses the extractor also finds are not counted.
    const feed = collect<{ statementAdded: Received }>(client, statementAdded, { filter: { kind: 'DIRECT' } }, expected.length);
    await until(() => second.app.events.subscriberCount > 0);

    const interval = 1;
    const added = await addVia(first, tokens.ingest, { url: site.url('/shared/rss.xml'), kind: 'RSS', pollIntervalSeconds: interval });
    expect(added.__typename).toBe('Source');
    const events = await feed.done;
    expect(events.map((e) => e.statementAdded.node.speaker.name).sort()).toEqual(expected.map(([speaker]) => speaker).sort());

    // Let both instances poll it several more times.
    await until(() => site.hits('/shared/rss.xml') >= 5, 20_000);
    expect(site.mostAtOnce('/shared/rss.xml')).toBe(1);
    for (const a of articles) expect(site.hits(`/shared/${a.slug}`)).toBe(1);
    const [stored] = await database.db.select({ n: count() }).from(articleRows);
    expect(stored?.n).toBe(articles.length);
    expect(await statusOf(first, site.url('/shared/rss.xml'))).toMatchObject({ articlesIngested: articles.length, lastError: null });
  });
});
