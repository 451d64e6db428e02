import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FetchFailedError, InvalidUrlError, UnreachableError } from '../../src/services/errors.js';
import { createFetcher, type Fetcher, type FetcherOptions } from '../../src/sources/fetch.js';
import { document, type FixtureSite, oversized, redirect, slow, startSite } from './fixture-site.js';

const disposals: (() => Promise<void>)[] = [];
let site: FixtureSite;

const settings: FetcherOptions = { timeoutMs: 1_000, maxBytes: 100_000, maxRedirects: 3, hostDelayMs: 0, allowPrivate: true, userAgent: 'parley-test' };

function fetcher(overrides: Partial<FetcherOptions> = {}): Fetcher {
  const made = createFetcher({ ...settings, ...overrides });
  disposals.push(() => made.close());
  return made;
}

beforeAll(async () => {
  site = await startSite();
  disposals.push(() => site.close());
  site.route('/feed.xml', document('<rss/>', 'application/rss+xml', { etag: '"v1"' }));
  site.route('/dated.xml', document('<rss/>', 'application/rss+xml', { lastModified: 'Tue, 24 Nov 2026 08:00:00 GMT' }));
  site.route('/slow.xml', slow(10_000));
  site.route('/huge.xml', oversized(1_000_000));
  site.route('/declared.xml', (_req, res) => void res.writeHead(200, { 'content-length': '200000' }).end('x'.repeat(200_000)));
  site.route('/loop-a', redirect('/loop-b'));
  site.route('/loop-b', redirect('/loop-a'));
  site.route('/hop', redirect('/feed.xml', 301));
});

afterAll(async () => {
  for (const dispose of disposals.splice(0).reverse()) await dispose();
});

const accept = 'application/rss+xml';

/** What a fetch was refused or failed with. */
async function failure(attempt: Promise<unknown>) {
  const error = await attempt.then(() => undefined, (e: unknown) => e);
  if (!(error instanceof Error)) throw new Error('expected the fetch to fail');
  return error;
}

describe('the SSRF guard (SOURCES_ALLOW_PRIVATE=false)', () => {
  const guarded = () => fetcher({ allowPrivate: false });

  it.each([
    ['ftp://127.0.0.1/feed', /only http and https/],
    ['file:///etc/passwd', /only http and https/],
    ['http://user:secret@news.example/feed', /credentials/],
    ['not a url', /is not a URL/],
    ['http://127.0.0.1:1/feed', /private, loopback or link-local/],
    ['http://[::1]:1/feed', /private, loopback or link-local/],
    ['http://[::ffff:127.0.0.1]:1/feed', /private, loopback or link-local/],
    ['http://169.254.169.254/latest/meta-data/', /private, loopback or link-local/],
    ['http://10.0.0.1/feed', /private, loopback or link-local/],
    ['http://192.168.1.1/feed', /private, loopback or link-local/],
    ['http://[fd00::1]/feed', /private, loopback or link-local/],
    ['http://2130706433/feed', /private, loopback or link-local/],
  ])('refuses %s before any request, as INVALID_URL', async (url, reason) => {
    const error = await failure(guarded().fetch(url, { accept }));
    expect(error).toBeInstanceOf(InvalidUrlError);
    expect(error.message).toMatch(reason);
  });

  it('refuses a name that resolves to a loopback address, at connect time', async () => {
    const port = new URL(site.origin).port;
    const before = site.hits('/feed.xml');
    const error = await failure(guarded().fetch(`http://localhost:${port}/feed.xml`, { accept }));
    expect(error).toBeInstanceOf(InvalidUrlError);
    expect(error.message).toMatch(/localhost resolves to .*loopback/);
    expect(site.hits('/feed.xml')).toBe(before);
  });

  it('refuses a redirect to a private address from an allowed one', async () => {
    // Only the fixture's own address counts as public here, so the first hop is allowed.
    const strict = fetcher({ allowPrivate: false, isAllowedAddress: (address) => address === '127.0.0.1' });
    site.route('/to-metadata', redirect('http://169.254.169.254/latest/meta-data/'));
    site.route('/to-other-loopback', redirect(`http://127.0.0.2:${new URL(site.origin).port}/feed.xml`));
    expect(await failure(strict.fetch(site.url('/to-metadata'), { accept }))).toBeInstanceOf(InvalidUrlError);
    expect(await failure(strict.fetch(site.url('/to-other-loopback'), { accept }))).toBeInstanceOf(InvalidUrlError);
    expect(site.hits('/to-metadata')).toBe(1);
    expect((await strict.fetch(site.url('/feed.xml'), { accept })).notModified).toBe(false);
  });
});

describe('fetching', () => {
  it('sends validators and reports 304 as not modified (ETag and Last-Modified)', async () => {
    const web = fetcher();
    const first = await web.fetch(site.url('/feed.xml'), { accept });
    expect(first).toMatchObject({ notModified: false, text: '<rss/>', etag: '"v1"' });
    expect(await web.fetch(site.url('/feed.xml'), { accept, etag: '"v1"' })).toEqual({ notModified: true });
    expect(site.lastHeaders('/feed.xml')?.['if-none-match']).toBe('"v1"');
    const dated = await web.fetch(site.url('/dated.xml'), { accept });
    if (dated.notModified) throw new Error('expected a 200');
    expect(await web.fetch(site.url('/dated.xml'), { accept, lastModified: dated.lastModified })).toEqual({ notModified: true });
  });

  it('follows redirects to the final URL, and gives up on a loop after the limit', async () => {
    const web = fetcher();
    expect(await web.fetch(site.url('/hop'), { accept })).toMatchObject({ url: site.url('/feed.xml') });
    const error = await failure(web.fetch(site.url('/loop-a'), { accept }));
    expect(error).toBeInstanceOf(FetchFailedError);
    expect(error.message).toMatch(/redirected more than 3 times/);
    expect(site.hits('/loop-a') + site.hits('/loop-b')).toBe(4);
  });

  it('gives up on a server that stalls mid-answer at the time limit', async () => {
    const started = Date.now();
    const error = await failure(fetcher().fetch(site.url('/slow.xml'), { accept }));
    expect(error).toBeInstanceOf(UnreachableError);
    expect(error.message).toMatch(/did not answer in full within 1000 ms/);
    expect(Date.now() - started).toBeLessThan(3_000);
  });

  it('stops reading past the size cap, declared or not', async () => {
    for (const path of ['/huge.xml', '/declared.xml']) {
      const error = await failure(fetcher().fetch(site.url(path), { accept }));
      expect(error).toBeInstanceOf(FetchFailedError);
      expect(error.message).toMatch(/larger than 100000 bytes/);
    }
  });

  it('reports a refused connection and an error status', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as { port: number }).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const refused = await failure(fetcher().fetch(`http://127.0.0.1:${port}/feed.xml`, { accept }));
    expect(refused).toBeInstanceOf(UnreachableError);
    expect(refused.message).toMatch(/cannot be reached \(ECONNREFUSED\)/);
    const missing = await failure(fetcher().fetch(site.url('/no-such-page'), { accept }));
    expect(missing).toBeInstanceOf(FetchFailedError);
    expect(missing.message).toMatch(/answered HTTP 404/);
  });

  it('spaces requests to one host by the politeness delay, and not requests to another', async () => {
    const other = await startSite();
    disposals.push(() => other.close());
    other.route('/feed.xml', document('<rss/>', 'application/rss+xml'));
    const polite = fetcher({ hostDelayMs: 300 });
    const started = Date.now();
    await Promise.all([polite.fetch(site.url('/feed.xml'), { accept }), polite.fetch(other.url('/feed.xml'), { accept })]);
    const bothHosts = Date.now() - started;
    await polite.fetch(site.url('/feed.xml'), { accept });
    const sameHost = Date.now() - started;
    expect(bothHosts).toBeLessThan(300);
    expect(sameHost).toBeGreaterThanOrEqual(300);
  });
});
