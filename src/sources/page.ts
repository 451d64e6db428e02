import { isProbablyReaderable, Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { absolute } from './feeds.js';

/** An article read from a web page, in the body format the extractor expects. */
export interface PageArticle {
  title: string;
  /** plain text, paragraphs separated by blank lines */
  body: string;
  language: string | null;
  publishedAt: Date | null;
}

/** Elements that end a paragraph of the plain-text body. */
const blocks = new Set(['P', 'DIV', 'SECTION', 'ARTICLE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION', 'TABLE', 'TR', 'HEADER', 'FOOTER', 'BR', 'HR', 'DL', 'DT', 'DD']);

interface TextNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<TextNode>;
}

/**
 * The article on an HTML page, found by Mozilla's Readability (Firefox Reader View) over
 * linkedom, or null when the page has no article (an index, a login wall, too little text).
 * Readability drops navigation, ads and sidebars; only the text of what remains is kept.
 */
export function readPage(html: string, maxChars: number): PageArticle | null {
  const { document } = parseHTML(html);
  for (const noise of Array.from(document.querySelectorAll('script, style, noscript, iframe, form, [aria-hidden=true]'))) noise.remove();
  for (const element of Array.from(document.querySelectorAll('[class], [id]'))) {
    if (isAdvert(`${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`)) element.remove();
  }
  if (!isProbablyReaderable(document)) return null;
  const language = document.documentElement?.getAttribute('lang') ?? null;
  // Readability's typings name the DOM's Node, which this server build (no DOM lib) lacks;
  // linkedom's nodes have the few members plainText reads.
  const article = new Readability(document, { serializer: (node) => plainText(node as unknown as TextNode) }).parse();
  const body = cut(article?.content ?? '', maxChars);
  const title = clean(article?.title ?? '').trim();
  if (!article || !title || body.length === 0) return null;
  return { title: title.slice(0, 500), body, language: article.lang ?? language, publishedAt: dateOf(article.publishedTime) };
}

/**
 * Advertising slots by their class or id words (`ad`, `ads`, `advert…`, `ad-…`, `sponsored`,
 * `promo`): Readability keeps a short block that sits among the article's paragraphs.
 */
function isAdvert(names: string): boolean {
  return names.split(/\s+/).some((name) => /^(ads?|advert\w*|ad[-_]\w+|\w+[-_]ad|sponsored|promo\w*|dfp\w*)$/i.test(name));
}

/** The text of an element, a paragraph per block, whitespace collapsed, control characters dropped. */
function plainText(root: TextNode): string {
  const paragraphs: string[] = [];
  let current = '';
  const flush = () => {
    const text = current.replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
    current = '';
  };
  const walk = (node: TextNode) => {
    if (node.nodeType === 3) current += clean(node.textContent ?? '');
    if (node.nodeType !== 1) return;
    const block = blocks.has(node.nodeName.toUpperCase());
    if (block) flush();
    for (const child of Array.from(node.childNodes)) walk(child);
    if (block) flush();
  };
  walk(root);
  flush();
  return paragraphs.join('\n\n');
}

/** NUL and other control characters: Postgres refuses NUL, the extractor needs none of them. */
const clean = (text: string) => text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '');

/** At most `max` characters, ending at a paragraph break when there is one. */
function cut(body: string, max: number): string {
  if (body.length <= max) return body;
  const end = body.lastIndexOf('\n\n', max);
  return body.slice(0, end > 0 ? end : max);
}

function dateOf(text: string | null | undefined): Date | null {
  if (!text) return null;
  const date = new Date(text);
  return Number.isNaN(date.getTime()) ? null : date;
}

/**
 * Links on a site's index page that may lead to articles: same host, outside navigation,
 * header, footer and asides, not the page itself. Each one is fetched and read like a feed item.
 */
export function pageLinks(html: string, pageUrl: string): { url: string; title: string | null }[] {
  const { document } = parseHTML(html);
  const host = new URL(pageUrl).host;
  const self = absolute(pageUrl, pageUrl);
  const seen = new Set<string>();
  const links: { url: string; title: string | null }[] = [];
  for (const anchor of Array.from(document.querySelectorAll('a[href]'))) {
    if (anchor.closest('nav, header, footer, aside, [role=navigation]')) continue;
    const url = absolute(anchor.getAttribute('href') ?? undefined, pageUrl);
    if (url === null || url === self || seen.has(url) || new URL(url).host !== host || new URL(url).pathname === '/') continue;
    seen.add(url);
    links.push({ url, title: anchor.textContent?.replace(/\s+/g, ' ').trim() || null });
  }
  return links;
}
