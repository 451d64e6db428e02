import { decodeGlobalID } from '@pothos/plugin-relay';
import { count, eq } from 'drizzle-orm';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles as articleRows, sources } from '../../src/db/schema.js';
import { defaults } from '../../src/config.js';
import { createLogger } from '../../src/logger.js';
import { ingestArticle } from '../../src/services/articles.js';
import { extractInline } from '../../src/services/extraction.js';
import { addSource, removeSource, setPaused } from '../../src/services/sources.js';
import { createFetcher } from '../../src/sources/fetch.js';
import { SourcePoller } from '../../src/sources/poller.js';
import { fetcherOptions, pollerSettings } from '../../src/sources/settings.js';
import type { TestDatabase } from '../support/database.js';
import { articleOf, until } from '../support/live.js';
import { type SeededServer, startSeededServer } from '../support/seeded-server.js';
import type { TestServer } from '../support/server.js';
import { articlePage, articles, atomFeed, indexPage, rssFeed } from './fixtures.js';
import { document, type FixtureSite, html, slow, startSite } from './fixture-site.js';
import { addVia, pollingSettings, publish, retitled, statusFields } from './support.js';

let database: TestDatabase;
let server: TestServer;
let tokens: SeededServer['tokens'];
let site: FixtureSite;
const disposals: (() => unknown)[] = [];

// The poller is off in this file: it pins what the API itself does, and counts its SQL.
beforeAll(async () => {
  const seeded = await startSeededServer({ settings: { ...pollingSettings, SOURCES_POLL: false, SOURCES_MIN_INTERVAL_S: 30 } });
  ({ database, server, tokens } = seeded);
  disposals.push(() => seeded.stop());
  site = await startSite();
  disposals.push(() => site.close());
  site.route('/rss.xml', document(rssFeed(publish(site, '/news', articles)), 'application/rss+xml'));
  site.route('/atom.xml', document(atomFeed([]), 'application/atom+xml'));
});

afterAll(async () => {
  for (const dispose of disposals.splice(0).reverse()) await dispose();
});

async function rowCounts() {
  const [s] = await database.db.select({ n: count() }).from(sources);
  const [a] = await database.db.select({ n: count() }).from(articleRows);
  return { sources: s?.n, articles: a?.n };
}

async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('addSource', () => {
  it('follows a feed: the source is due at once, with its defaults', async () => {
    const added = await addVia(server, tokens.ingest, { url: site.url('/rss.xml'), kind: 'RSS' });
    expect(added).toMatchObject({ __typename: 'Source', name: new URL(site.origin).host, pollIntervalSeconds: 900, paused: false, lastPolledAt: null, lastError: null });
    expect(Date.parse(added.nextPollAt ?? '')).toBeLessThanOrEqual(Date.now());
  });

  it.each([
    ['an ftp URL', { url: 'ftp://127.0.0.1/feed.xml', kind: 'RSS' }, 'InvalidUrlError', 'INVALID_URL', /only http and https/],
    ['a URL with credentials', { url: 'http://editor:hunter2@127.0.0.1/feed.xml', kind: 'RSS' }, 'InvalidUrlError', 'INVALID_URL', /credentials/],
    ['something that is no URL', { url: 'feeds please', kind: 'RSS' }, 'InvalidUrlError', 'INVALID_URL', /is not a URL/],
    ['a feed of another kind', { url: '/atom.xml', kind: 'RSS' }, 'FetchFailedError', 'FETCH_FAILED', /this is a ATOM feed, not RSS/],
    ['a page that is not a feed', { url: '/news/rail-strike-called-off', kind: 'JSON_FEED' }, 'FetchFailedError', 'FETCH_FAILED', /not valid JSON/],
    ['an interval below the minimum', { url: '/atom.xml', kind: 'ATOM', pollIntervalSeconds: 0.5 }, undefined, 'BAD_USER_INPUT', /Int/],
  ])('refuses %s with a typed error, and stores nothing', async (_name, input, typename, code, message) => {
    const before = await rowCounts();
    const url = input.url.startsWith('/') ? site.url(input.url) : input.url;
    const { data, errors } = await server.graphql<{ addSource: { __typename: string; code: string; message: string } }>(
      `mutation ($input: AddSourceInput!) { addSource(input: $input) { __typename ... on Error { code message } } }`,
      { input: { ...input, url } },
      tokens.ingest,
    );
    if (typename) expect(data?.addSource).toMatchObject({ __typename: typename, code, message: expect.stringMatching(message) });
    else expect(errors?.[0]).toMatchObject({ extensions: { code }, message: expect.stringMatching(message) });
    expect(await rowCounts()).toEqual(before);
  });

  it('refuses an unreachable host with UNREACHABLE', async () => {
    const result = await addVia(server, tokens.ingest, { url: `http://127.0.0.1:${await closedPort()}/rss.xml`, kind: 'RSS' });
    expect(result).toMatchObject({ __typename: 'UnreachableError', code: 'UNREACHABLE', message: expect.stringMatching(/ECONNREFUSED/) });
  });

  it('refuses a URL already followed with DUPLICATE_SOURCE naming the existing source', async () => {
    const first = await addVia(server, tokens.ingest, { url: site.url('/atom.xml'), kind: 'ATOM', pollIntervalSeconds: 60 });
    const again = await addVia(server, tokens.ingest, { url: site.url('/atom.xml'), kind: 'ATOM' });
    expect(again).toMatchObject({ __typename: 'DuplicateSourceError', code: 'DUPLICATE_SOURCE', existing: first.id });
  });

  it('refuses intervals under SOURCES_MIN_INTERVAL_S, over-long input, and callers without the ingest scope', async () => {
    const long = await server.graphql(`mutation { addSource(input: { url: "http://a.example/${'x'.repeat(2050)}", kind: RSS }) { __typename } }`, {}, tokens.ingest);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const often = await addVia(server, tokens.ingest, { url: site.url('/rss.xml'), kind: 'RSS', pollIntervalSeconds: 10 });
    expect(often).toMatchObject({ __typename: 'InvalidRequestError', code: 'INVALID_REQUEST', message: expect.stringMatching(/at least 30/) });
    const anonymous = await server.graphql(`mutation { addSource(input: { url: "${site.url('/rss.xml')}", kind: RSS }) { __typename } }`);
    expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('pausing, resuming and removing', () => {
  it('pauses and resumes with the ingest scope; removing needs admin and keeps the articles', async () => {
    site.route('/front', html(indexPage([])));
    const front = await addVia(server, tokens.ingest, { url: site.url('/front'), kind: 'PAGE', pollIntervalSeconds: 60 });
    const sourceId = Number(decodeGlobalID(front.id ?? '').id);
    const kept = await ingestArticle(database.db, { ...articleOf('Kept after removal', ['We stay.']), sourceId });
    const toggle = (name: string, headers: Record<string, string>) => {
      const fields = name === 'removeSource' ? '... on DeletedSource { deletedId }' : '... on Source { paused }';
      return server.graphql<Record<string, { __typename: string; paused?: boolean; deletedId?: string; code?: string }>>(
        `mutation ($id: ID!) { ${name}(id: $id) { __typename ${fields} ... on Error { code } } }`,
        { id: front.id },
        headers,
      );
    };
    expect((await toggle('pauseSource', tokens.ingest)).data?.pauseSource).toEqual({ __typename: 'Source', paused: true });
    expect((await toggle('resumeSource', tokens.ingest)).data?.resumeSource).toEqual({ __typename: 'Source', paused: false });
    expect((await toggle('removeSource', tokens.ingest)).errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await toggle('removeSource', tokens.admin)).data?.removeSource).toEqual({ __typename: 'DeletedSource', deletedId: front.id });
    expect((await toggle('pauseSource', tokens.ingest)).data?.pauseSource).toEqual({ __typename: 'NotFoundError', code: 'NOT_FOUND' });
    const [article] = await database.db.select({ sourceId: articleRows.sourceId }).from(articleRows).where(eq(articleRows.id, kept.articleId));
    expect(article).toEqual({ sourceId: null });
  });
});

describe('ingestUrl', () => {
  const ingestUrl = /* GraphQL */ `
    mutation ($url: String!) {
      ingestUrl(url: $url) {
        __typename
        ... on IngestArticlePayload { created article { title url language statements { nodes { text speaker { name } } } } }
        ... on Error { code message }
      }
    }
  `;

  it('fetches one page now and ingests its article', async () => {
    const story = retitled(articles[2]!, 'Now');
    site.route('/now', html(articlePage(story, 'en')));
    const { data } = await server.graphql<{ ingestUrl: { created: boolean; article: { statements: { nodes: { text: string; speaker: { name: string } | null }[] } } } }>(
      ingestUrl,
      { url: site.url('/now') },
      tokens.ingest,
    );
    expect(data?.ingestUrl).toMatchObject({ __typename: 'IngestArticlePayload', created: true, article: { title: story.title, url: site.url('/now'), language: 'en' } });
    expect(data?.ingestUrl.article.statements.nodes.flatMap((s) => (s.speaker ? [s.speaker.name] : []))).toEqual(expect.arrayContaining(['Helen Marsh', 'Tomas Berg']));
    const again = await server.graphql<{ ingestUrl: { created: boolean } }>(ingestUrl, { url: site.url('/now') }, tokens.ingest);
    expect(again.data?.ingestUrl.created).toBe(false);
  });

  it('answers FETCH_FAILED for a page without an article, INVALID_URL and UNREACHABLE as addSource does', async () => {
    const before = await rowCounts();
    const cases: [string, string][] = [
      [site.url('/front'), 'FETCH_FAILED'],
      [site.url('/no-such-page'), 'FETCH_FAILED'],
      ['gopher://127.0.0.1/', 'INVALID_URL'],
      [`http://127.0.0.1:${await closedPort()}/`, 'UNREACHABLE'],
    ];
    for (const [url, code] of cases) {
      const { data } = await server.graphql<{ ingestUrl: { code: string } }>(ingestUrl, { url }, tokens.ingest);
      expect(data?.ingestUrl.code, url).toBe(code);
    }
    expect(await rowCounts()).toEqual(before);
  });
});

describe('a poller on its own', () => {
  it('fetches at most SOURCES_ITEMS_PER_POLL pages a poll, and keeps the validators only once every item is settled', async () => {
    // Only this file's new source is due: the ones added above wait, paused.
    await database.db.update(sources).set({ paused: true });
    const listed = publish(site, '/capped', articles.map((a) => retitled(a, 'Capped')));
    site.route('/capped/rss.xml', document(rssFeed(listed), 'application/rss+xml', { etag: '"capped"' }));
    const id = await addSource(database.db, { url: site.url('/capped/rss.xml'), kind: 'RSS', name: 'capped', pollIntervalSeconds: 60 }, 1);
    const fetcher = createFetcher({ ...fetcherOptions(defaults), allowPrivate: true, hostDelayMs: 0 });
    const poller = new SourcePoller({ db: database.db, fetcher, extract: extractInline, logger: createLogger('silent'), settings: { ...pollerSettings(defaults), itemsPerPoll: 2 } });
    const pages = () => listed.reduce((n, l) => n + site.hits(new URL(l.url).pathname), 0);
    const row = async () => (await database.db.select().from(sources).where(eq(sources.id, id)))[0];
    try {
      expect(await poller.pollDue()).toBe(1);
      expect(pages()).toBe(2);
      expect(await row()).toMatchObject({ etag: null, articlesIngested: 2, lastError: null });
      await setPaused(database.db, id, false);
      await poller.pollDue();
      expect(pages()).toBe(3);
      expect(site.lastHeaders('/capped/rss.xml')?.['if-none-match']).toBeUndefined();
      expect(await row()).toMatchObject({ etag: '"capped"', articlesIngested: 3 });
      await setPaused(database.db, id, false);
      await poller.pollDue();
      expect(site.lastHeaders('/capped/rss.xml')?.['if-none-match']).toBe('"capped"');
      expect(pages()).toBe(3);
    } finally {
      await poller.stop();
      await fetcher.close();
      await removeSource(database.db, id);
    }
  });

  it('abandons a fetch in flight and gives its lease back without recording a failure', async () => {
    site.route('/stalls.xml', slow(60_000));
    const id = await addSource(database.db, { url: site.url('/stalls.xml'), kind: 'RSS', name: 'stalls', pollIntervalSeconds: 60 }, 1);
    const fetcher = createFetcher({ ...fetcherOptions(defaults), allowPrivate: true, hostDelayMs: 0, timeoutMs: 30_000 });
    const poller = new SourcePoller({ db: database.db, fetcher, extract: extractInline, logger: createLogger('silent'), settings: { ...pollerSettings(defaults), tickMs: 50 } });
    poller.start();
    await until(() => site.hits('/stalls.xml') > 0);
    const [leased] = await database.db.select({ owner: sources.leaseOwner }).from(sources).where(eq(sources.id, id));
    expect(leased?.owner).toBe(poller.owner);
    const started = Date.now();
    await poller.stop();
    await fetcher.close();
    expect(Date.now() - started).toBeLessThan(2_000);
    const [row] = await database.db.select().from(sources).where(eq(sources.id, id));
    expect(row).toMatchObject({ leasedUntil: null, leaseOwner: null, lastPolledAt: null, lastError: null, consecutiveFailures: 0 });
    await removeSource(database.db, id);
  });
});

describe('Query.sources', () => {
  it('lists sources with their articles in a bounded number of SQL statements, however many there are', async () => {
    const statementsFor = async () => {
      database.resetQueryLog();
      const { data, errors } = await server.graphql<{ sources: { totalCount: number; nodes: unknown[] } }>(
        `{ sources(first: 50) { totalCount nodes { ${statusFields} articles(first: 5) { totalCount nodes { title followedFrom { name } } } } } }`,
      );
      expect(errors).toBeUndefined();
      return { rows: data?.sources.nodes.length ?? 0, sql: database.queries.filter((q) => !/api_tokens/.test(q)) };
    };
    const few = await statementsFor();
    for (const i of [1, 2, 3, 4, 5]) await database.db.insert(sources).values({ url: `https://feeds.example/${i}.xml`, kind: 'RSS', name: `feed ${i}`, pollIntervalSeconds: 60 });
    const many = await statementsFor();
    expect(many.rows).toBe(few.rows + 5);
    expect(many.sql).toHaveLength(few.sql.length);
    expect(many.sql.length).toBeLessThanOrEqual(2);
  });
});
