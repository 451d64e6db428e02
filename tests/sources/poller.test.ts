import { eq } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { articles as articleRows, sourceItems } from '../../src/db/schema.js';
import { readCatalogue } from '../../src/seeds/files.js';
import { storeCatalogue } from '../../src/services/catalogue.js';
import { addSource } from '../../src/services/sources.js';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { collect, type Received, statementAdded, until, wsClient } from '../support/live.js';
import { startTestServer, type TestServer } from '../support/server.js';
import { issueTokens } from '../support/tokens.js';
import { articles, atomFeed, brokenRss, indexPage, jsonFeed, rssFeed } from './fixtures.js';
import { document, type FixtureSite, html, oversized, redirect, slow, startSite, status } from './fixture-site.js';
import { addVia, pollingSettings, publish, retitled, statusOf } from './support.js';

// Each test starts from an empty database (the catalogue and tokens only), its own server with
// its own poller, and its own news site, and arranges what it builds on (e.g. an RSS source
// already read) itself: the tests run in any order. The database engine is the file's (a new
// PGlite takes seconds); the server is stopped before the rows are deleted, so no poll of an
// earlier test writes into a later one.
let database: TestDatabase;
let server: TestServer;
let tokens: Awaited<ReturnType<typeof issueTokens>>;
let site: FixtureSite;
const disposals: (() => unknown)[] = [];

beforeAll(async () => {
  database = await createTestDatabase();
});

beforeEach(async () => {
  await database.truncate();
  await storeCatalogue(database.db, await readCatalogue());
  tokens = await issueTokens(database.db);
  server = await startTestServer(database, { settings: pollingSettings });
  disposals.push(() => server.stop());
  site = await startSite();
  disposals.push(() => site.close());
});

afterEach(async () => {
  for (const dispose of disposals.splice(0).reverse()) await dispose();
});

afterAll(async () => {
  await database?.dispose();
});

const rss = 'application/rss+xml; charset=utf-8';
const [harbour, rail, river] = articles as [(typeof articles)[0], (typeof articles)[0], (typeof articles)[0]];
const politicsFeed = () => site.url('/politics/rss.xml');

/** Serves the three stories and their RSS feed (with an ETag) under /politics. */
function publishPolitics() {
  const listed = publish(site, '/politics', articles);
  // The feed lists the first story twice, as feeds carrying an update often do.
  site.route('/politics/rss.xml', document(rssFeed([listed[0]!, ...listed]), rss, { etag: '"politics-1"' }));
}

/** The RSS source followed and its first poll done: all three stories stored from it. */
async function followPolitics(): Promise<string> {
  publishPolitics();
  await addVia(server, tokens.ingest, { url: politicsFeed(), kind: 'RSS', name: 'Coastal Courier', pollIntervalSeconds: 10 });
  // The poll's outcome is written in one update: its count, lastPolledAt and lastSuccessAt together.
  await until(async () => (await statusOf(server, politicsFeed()))?.articlesIngested === 3);
  return politicsFeed();
}

/** An RSS source (interval 1 s) whose feed is unreadable from its first poll on. */
async function addBrokenFeed(): Promise<string> {
  site.route('/bad/broken.xml', document(brokenRss, rss));
  // Feeds break after they were added: added here past the probe that addSource runs.
  await addSource(database.db, { url: site.url('/bad/broken.xml'), kind: 'RSS', name: '/bad/broken.xml', pollIntervalSeconds: 1 }, 1);
  return site.url('/bad/broken.xml');
}

describe('a source poller', () => {
  describe('following an RSS feed', () => {
    it('brings its items\' statements to a live statementAdded subscriber within one poll interval', async () => {
      publishPolitics();
      const feedUrl = politicsFeed();
      const expected = articles.flatMap((a) => a.statements);

      const client = wsClient(server);
      disposals.push(() => client.dispose());
      // The fixtures plant direct quotations; reported clauses the extractor also finds are not counted.
      const feed = collect<{ statementAdded: Received }>(client, statementAdded, { filter: { kind: 'DIRECT' } }, expected.length);
      await until(() => server.app.events.subscriberCount > 0);

      const interval = 10;
      const started = Date.now();
      const added = await addVia(server, tokens.ingest, { url: feedUrl, kind: 'RSS', name: 'Coastal Courier', pollIntervalSeconds: interval });
      expect(added).toMatchObject({ __typename: 'Source', kind: 'RSS', name: 'Coastal Courier', paused: false, articlesIngested: 0 });
      const events = await feed.done;
      expect(Date.now() - started).toBeLessThan(interval * 1000);

      const received = events.map((e) => [e.statementAdded.node.speaker.name, e.statementAdded.node.text]);
      for (const [speaker, start] of expected) {
        expect(received).toContainEqual([speaker, expect.stringContaining(start)]);
      }
      for (const a of articles) expect(site.hits(`/politics/${a.slug}`)).toBe(1);
    });

    it('records the articles with their title, url, date, language and source', async () => {
      const feedUrl = await followPolitics();
      const status = await statusOf(server, feedUrl);
      expect(status).toMatchObject({ lastError: null, consecutiveFailures: 0 });
      expect(status?.lastSuccessAt).toBe(status?.lastPolledAt);
      const { data } = await server.graphql<{ sources: { nodes: { articles: { totalCount: number; nodes: Record<string, unknown>[] } }[] } }>(`{
        sources(first: 1) { nodes { articles(first: 10) { totalCount nodes { title url source language publishedAt followedFrom { url } statements(first: 20) { nodes { kind } } } } } }
      }`);
      const stored = data?.sources.nodes[0]?.articles;
      expect(stored?.totalCount).toBe(3);
      expect(stored?.nodes).toContainEqual({
        title: harbour.title,
        url: site.url(`/politics/${harbour.slug}`),
        source: 'Coastal Courier',
        language: 'en-gb',
        publishedAt: '2026-11-24T08:30:00.000Z',
        followedFrom: { url: feedUrl },
        statements: { nodes: expect.arrayContaining([{ kind: 'DIRECT' }, { kind: 'DIRECT' }]) },
      });
    });

    it('asks again with If-None-Match: a 304 fetches nothing more and is still a success', async () => {
      const feedUrl = await followPolitics();
      const before = await statusOf(server, feedUrl);
      const feedHits = site.hits('/politics/rss.xml');
      await server.graphql('mutation ($id: ID!) { resumeSource(id: $id) { __typename } }', { id: before?.id }, tokens.ingest);
      await until(async () => (await statusOf(server, feedUrl))?.lastPolledAt !== before?.lastPolledAt);
      expect(site.hits('/politics/rss.xml')).toBe(feedHits + 1);
      expect(site.lastHeaders('/politics/rss.xml')?.['if-none-match']).toBe('"politics-1"');
      for (const a of articles) expect(site.hits(`/politics/${a.slug}`)).toBe(1);
      expect(await statusOf(server, feedUrl)).toMatchObject({ lastError: null, articlesIngested: 3, consecutiveFailures: 0 });
    });
  });

  describe('Atom, JSON Feed and PAGE sources', () => {
    it('reads Atom and JSON Feed, keeps the language, and stores a story already known under another URL once', async () => {
      // The rail story is already stored from the RSS source.
      const rssUrl = await followPolitics();
      const atomStories = publish(site, '/atom', [retitled(harbour, 'Atom'), rail]);
      const jsonStories = publish(site, '/json', [retitled(river, 'JSON')]);
      site.route('/feeds/atom.xml', document(atomFeed(atomStories), 'application/atom+xml', { lastModified: 'Wed, 25 Nov 2026 10:00:00 GMT' }));
      site.route('/feeds/feed.json', document(jsonFeed(jsonStories), 'application/feed+json'));
      for (const [url, kind] of [[site.url('/feeds/atom.xml'), 'ATOM'], [site.url('/feeds/feed.json'), 'JSON_FEED']]) {
        expect(await addVia(server, tokens.ingest, { url, kind, pollIntervalSeconds: 60 })).toMatchObject({ __typename: 'Source', name: new URL(site.origin).host });
      }
      await until(async () => (await statusOf(server, site.url('/feeds/feed.json')))?.articlesIngested === 1);
      await until(async () => (await statusOf(server, site.url('/feeds/atom.xml')))?.lastPolledAt != null);
      // The rail story has the text of the RSS one: stored once, still counted only there.
      expect(await statusOf(server, site.url('/feeds/atom.xml'))).toMatchObject({ articlesIngested: 1, lastError: null });
      expect(await statusOf(server, rssUrl)).toMatchObject({ articlesIngested: 3 });
      const languages = await database.db.select({ url: articleRows.url, language: articleRows.language }).from(articleRows);
      expect(languages).toContainEqual({ url: site.url(`/atom/${harbour.slug}-Atom`), language: 'fr' });
      expect(languages).toContainEqual({ url: site.url(`/json/${river.slug}-JSON`), language: 'de' });
      expect(languages.filter((l) => l.url === site.url(`/atom/${rail.slug}`))).toEqual([]);
    });

    it('follows the story links of a PAGE (a section front), not its navigation', async () => {
      const stories = publish(site, '/front', [retitled(rail, 'Front')]);
      site.route('/front', html(indexPage(stories)));
      expect(await addVia(server, tokens.ingest, { url: site.url('/front'), kind: 'PAGE', pollIntervalSeconds: 60 })).toMatchObject({ __typename: 'Source' });
      await until(async () => (await statusOf(server, site.url('/front')))?.articlesIngested === 1);
      expect(site.hits('/about')).toBe(0);
      expect(site.hits('/contact')).toBe(0);
    });
  });

  describe('failures end in a status, never a crash', () => {
    it('records each failing feed\'s reason and backs off, while a healthy source beside them is ingested', async () => {
      const healthy = publish(site, '/healthy', [retitled(river, 'Healthy')]);
      site.route('/healthy/rss.xml', document(rssFeed(healthy), rss));
      site.route('/bad/broken.xml', document(brokenRss, rss));
      site.route('/bad/slow.xml', slow(30_000));
      site.route('/bad/huge.xml', oversized(1_000_000));
      site.route('/bad/loop-a', redirect('/bad/loop-b'));
      site.route('/bad/loop-b', redirect('/bad/loop-a'));
      site.route('/bad/gone.xml', status(410));
      const failing: [string, RegExp][] = [
        ['/bad/broken.xml', /not a readable RSS feed/],
        ['/bad/slow.xml', /did not answer in full within 1000 ms/],
        ['/bad/huge.xml', /larger than 200000 bytes/],
        ['/bad/loop-a', /redirected more than 3 times/],
        ['/bad/gone.xml', /answered HTTP 410/],
        ['/bad/not-even-served', /answered HTTP 404/],
      ];
      // Feeds break after they were added: added here past the probe that addSource runs.
      for (const [path] of failing) await addSource(database.db, { url: site.url(path), kind: 'RSS', name: path, pollIntervalSeconds: 1 }, 1);
      await addSource(database.db, { url: site.url('/healthy/rss.xml'), kind: 'RSS', name: 'healthy', pollIntervalSeconds: 60 }, 1);

      await until(async () => (await statusOf(server, site.url('/healthy/rss.xml')))?.articlesIngested === 1);
      for (const [path, reason] of failing) {
        await until(async () => (await statusOf(server, site.url(path)))?.lastPolledAt != null);
        const status = await statusOf(server, site.url(path));
        expect(status?.lastError, path).toMatch(reason);
        expect(status?.lastSuccessAt, path).toBeNull();
        expect(status?.consecutiveFailures, path).toBeGreaterThanOrEqual(1);
        // Backoff: the wait after n failures in a row is the interval × 2^n.
        const wait = Date.parse(status?.nextPollAt ?? '') - Date.parse(status?.lastPolledAt ?? '');
        expect(wait, path).toBe(1000 * 2 ** (status?.consecutiveFailures ?? 0));
      }
      const health = await fetch(server.url.replace('/graphql', '/health'));
      expect(health.status).toBe(200);
    });

    it('doubles the wait with each failure in a row, and a success resets it', async () => {
      const url = await addBrokenFeed();
      await until(async () => ((await statusOf(server, url))?.consecutiveFailures ?? 0) >= 2, 15_000);
      const twice = await statusOf(server, url);
      expect(Date.parse(twice?.nextPollAt ?? '') - Date.parse(twice?.lastPolledAt ?? '')).toBe(1000 * 2 ** (twice?.consecutiveFailures ?? 0));
      site.route('/bad/broken.xml', document(rssFeed([]), rss));
      await server.graphql('mutation ($id: ID!) { resumeSource(id: $id) { __typename } }', { id: twice?.id }, tokens.ingest);
      await until(async () => (await statusOf(server, url))?.lastSuccessAt != null);
      expect(await statusOf(server, url)).toMatchObject({ lastError: null, consecutiveFailures: 0, pollIntervalSeconds: 1 });
    });

    it('records an item whose page fails, ingests the others, and gives the item up after its attempts', async () => {
      const [good] = publish(site, '/items', [retitled(harbour, 'Items')]);
      const missing = { article: retitled(rail, 'Missing'), url: site.url('/items/missing') };
      const noArticle = { article: retitled(river, 'Index'), url: site.url('/items/index') };
      site.route('/items/index', html(indexPage([])));
      site.route('/items/rss.xml', document(rssFeed([missing, good!, noArticle]), rss));
      await addSource(database.db, { url: site.url('/items/rss.xml'), kind: 'RSS', name: 'items', pollIntervalSeconds: 1 }, 1);
      const url = site.url('/items/rss.xml');
      await until(async () => (await statusOf(server, url))?.articlesIngested === 1);
      const status = await statusOf(server, url);
      expect(status?.lastError).toMatch(/1 of 3 new items failed; .*\/items\/missing: .*answered HTTP 404/);
      expect(status?.lastSuccessAt).not.toBeNull();
      expect(status?.consecutiveFailures).toBe(0);
      // SOURCES_ITEM_ATTEMPTS is 2 here: one more try, then the item is left alone.
      await until(() => site.hits('/items/missing') === 2);
      await until(async () => (await statusOf(server, url))?.lastError === null, 5_000);
      const items = await database.db.select({ url: sourceItems.url, state: sourceItems.state, attempts: sourceItems.attempts }).from(sourceItems);
      expect(items).toContainEqual({ url: site.url('/items/missing'), state: 'FAILED', attempts: 2 });
      expect(items).toContainEqual({ url: site.url('/items/index'), state: 'SKIPPED', attempts: 0 });
      expect(site.hits('/items/index')).toBe(1);
      const [stored] = await database.db.select({ sourceId: articleRows.sourceId }).from(articleRows).where(eq(articleRows.url, good!.url));
      expect(stored?.sourceId).not.toBeNull();
    });
  });
});
