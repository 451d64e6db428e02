import { describe, expect, it } from 'vitest';
import { FeedFormatError, readFeed } from '../../src/sources/feeds.js';
import { pageLinks, readPage } from '../../src/sources/page.js';
import { languageTag } from '../../src/sources/web-article.js';
import { articlePage, articles, atomFeed, brokenRss, indexPage, jsonFeed, type Listed, pageNoise, rssFeed } from './fixtures.js';

const base = 'http://127.0.0.1:9/';
const listed: Listed[] = articles.map((article) => ({ article, url: `${base}politics/${article.slug}` }));
const urls = listed.map((l) => l.url);

describe('reading feeds (feedsmith)', () => {
  it('lists RSS items with their page, title, date and the channel language', () => {
    const items = readFeed(rssFeed(listed), 'RSS', `${base}rss.xml`);
    expect(items.map((i) => i.url)).toEqual(urls);
    expect(items[0]).toEqual({ url: urls[0], title: articles[0]?.title, publishedAt: new Date('2026-11-24T08:30:00Z'), language: 'en-gb' });
  });

  it('lists Atom entries and JSON Feed items the same way', () => {
    const atom = readFeed(atomFeed(listed), 'ATOM', `${base}atom.xml`);
    const json = readFeed(jsonFeed(listed), 'JSON_FEED', `${base}feed.json`);
    expect(atom.map((i) => [i.url, i.language])).toEqual(urls.map((u) => [u, 'fr']));
    expect(json.map((i) => [i.url, i.language])).toEqual(urls.map((u) => [u, 'de']));
    expect(json[2]?.publishedAt).toEqual(new Date('2026-11-26T12:00:00Z'));
  });

  it('lists an item the feed repeats once, and resolves relative links against the feed', () => {
    const repeated = rssFeed([listed[0], listed[0], { article: articles[1]!, url: '/politics/relative' }].filter((l) => l !== undefined));
    expect(readFeed(repeated, 'RSS', `${base}rss.xml`).map((i) => i.url)).toEqual([urls[0], `${base}politics/relative`]);
  });

  it('refuses broken XML, a feed of another kind and non-JSON with a readable reason', () => {
    expect(() => readFeed(brokenRss, 'RSS', base)).toThrow(FeedFormatError);
    expect(() => readFeed(atomFeed(listed), 'RSS', base)).toThrow(/this is a ATOM feed, not RSS: add it with kind ATOM/);
    expect(() => readFeed('<html><body>Not a feed</body></html>', 'ATOM', base)).toThrow(FeedFormatError);
    expect(() => readFeed('{"items": [', 'JSON_FEED', base)).toThrow(/not valid JSON/);
  });
});

describe('reading article pages (Readability over linkedom)', () => {
  const article = articles[0]!;

  it('keeps the story as plain paragraphs separated by blank lines, without navigation, ads or footer', () => {
    const page = readPage(articlePage(article), 200_000);
    expect(page?.title).toBe(article.title);
    expect(page?.body.split('\n\n')).toEqual(article.paragraphs);
    for (const noise of pageNoise) expect(page?.body).not.toContain(noise);
    expect(page?.language).toBe('en-GB');
    expect(page?.publishedAt).toEqual(new Date(article.published));
  });

  it('drops markup, scripts and control characters, and cuts a long body at a paragraph', () => {
    const tricky = { ...article, paragraphs: [...article.paragraphs, 'Bold <b>claims</b>\u0000 and <script>alert(1)</script> here.'] };
    const markup = articlePage(tricky).replace('&lt;b&gt;claims&lt;/b&gt;', '<b>claims</b>').replace('&lt;script&gt;alert(1)&lt;/script&gt;', '<script>alert(1)</script>');
    const page = readPage(markup, 200_000);
    expect(page?.body).toContain('Bold claims and here.');
    expect(page?.body).not.toMatch(/[<>\u0000]|alert/);
    const short = readPage(articlePage(article), 400);
    expect(short?.body.length).toBeLessThanOrEqual(400);
    expect(article.paragraphs.join('\n\n').startsWith(short?.body ?? 'x')).toBe(true);
  });

  it('finds no article on an index page, but lists its story links and not its site links', () => {
    expect(readPage(indexPage(listed), 200_000)).toBeNull();
    expect(pageLinks(indexPage(listed), `${base}politics`).map((l) => l.url)).toEqual(urls);
  });

  it('keeps language tags ingestion accepts', () => {
    expect([languageTag('en-gb'), languageTag('EN_us'), languageTag('fr'), languageTag('english!'), languageTag(null)]).toEqual(['en-gb', 'en-us', 'fr', null, null]);
  });
});
