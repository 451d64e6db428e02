/** Made-up news articles, feeds and pages in the shapes real outlets serve, for the source tests. */

export interface FixtureArticle {
  slug: string;
  title: string;
  published: string;
  /** the article's paragraphs; each quote is attributed so the extractor finds a statement */
  paragraphs: string[];
  /** the statements the extractor should find: [speaker, start of the quote] */
  statements: [string, string][];
}

export const articles: FixtureArticle[] = [
  {
    slug: 'harbour-tax-vote-delayed',
    title: 'Harbour tax vote delayed as coalition talks stall',
    published: '2026-11-24T08:30:00Z',
    paragraphs: [
      'The vote on the harbour tax was postponed on Tuesday after a late night of talks between the coalition partners failed to produce a compromise on the fishing fleet exemption.',
      '"We will not sign a budget that punishes the fishing towns," said Jane Doe, the finance minister.',
      'Talks are expected to resume on Thursday morning, officials said, with a new proposal on the exemption for boats under twelve metres expected from the junior coalition partner.',
      '"The coalition is out of ideas and out of time," said Marco Rossi, the opposition leader.',
    ],
    statements: [
      ['Jane Doe', 'We will not sign a budget'],
      ['Marco Rossi', 'The coalition is out of ideas'],
    ],
  },
  {
    slug: 'rail-strike-called-off',
    title: 'Rail strike called off after overnight deal',
    published: '2026-11-25T06:10:00Z',
    paragraphs: [
      'Unions and the rail operator reached a deal early on Wednesday, ending a week of strikes that had stranded commuters across the northern region and closed two freight lines.',
      '"This agreement protects every driver\'s pension," said Amara Okafor, the union\'s general secretary.',
      '"Trains will run normally from Thursday morning," said Peter Lindqvist, the transport minister.',
      'The deal still has to be approved by a ballot of members, which the union expects to hold within a fortnight.',
    ],
    statements: [
      ['Amara Okafor', 'This agreement protects'],
      ['Peter Lindqvist', 'Trains will run normally'],
    ],
  },
  {
    slug: 'river-flood-defences',
    title: 'Towns along the river demand faster flood defences',
    published: '2026-11-26T12:00:00Z',
    paragraphs: [
      'Mayors of six towns along the lower river met in the county hall on Friday to press the government for money to finish flood walls that were promised three winters ago.',
      '"Every winter we wait is another winter of sandbags and evacuations," said Helen Marsh, the mayor of Eastbridge.',
      'The environment ministry said the plans were under review and that a decision would follow the spring budget, a timetable the mayors called far too slow.',
      '"We have the designs and we have the contractors, we only need the money," said Tomas Berg, the county engineer.',
    ],
    statements: [
      ['Helen Marsh', 'Every winter we wait'],
      ['Tomas Berg', 'We have the designs'],
    ],
  },
];

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** An article page as news sites serve it: cookie banner, navigation, ads and a sidebar around the story. */
export function articlePage(article: FixtureArticle, lang = 'en-GB'): string {
  const [first, ...rest] = article.paragraphs.map((p) => `<p>${escape(p)}</p>`);
  return `<!doctype html>
<html lang="${lang}">
<head>
  <meta charset="utf-8">
  <title>${escape(article.title)} | The Coastal Courier</title>
  <meta property="article:published_time" content="${article.published}">
  <script>window.dataLayer = [{ page: 'article', slug: '${article.slug}' }];</script>
  <style>.ad { border: 1px solid #ccc }</style>
</head>
<body>
  <div class="cookie-banner">We use cookies to improve your experience. <a href="/privacy">Accept all cookies</a></div>
  <header class="site-header">
    <a href="/" class="logo">The Coastal Courier</a>
    <nav><ul>
      <li><a href="/politics">Politics</a></li><li><a href="/business">Business</a></li>
      <li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li>
    </ul></nav>
  </header>
  <div class="ad ad-leaderboard">ADVERTISEMENT — Subscribe today and save 50% on your first year of unlimited access!</div>
  <main>
    <article class="story">
      <h1>${escape(article.title)}</h1>
      <p class="byline">By Sam Reporter, staff correspondent</p>
      ${first}
      <div class="ad ad-inline">ADVERTISEMENT — Win a weekend for two on the coast! Enter now.</div>
      ${rest.join('\n      ')}
    </article>
    <aside class="related">
      <h2>Most read</h2>
      <ul><li><a href="/sport/cup-final">Cup final ends in penalties</a></li><li><a href="/weather/storm">Storm warning for the weekend</a></li></ul>
    </aside>
  </main>
  <div class="ad ad-sidebar">Sponsored: The best mortgage rates of the year, compared.</div>
  <footer><p>© 2026 The Coastal Courier. All rights reserved.</p><a href="/contact">Contact us</a></footer>
</body>
</html>`;
}

/** Words that appear only around the story, never in it. */
export const pageNoise = ['ADVERTISEMENT', 'cookies', 'Politics', 'Most read', 'mortgage', 'All rights reserved', 'Sam Reporter'];

export interface Listed {
  article: FixtureArticle;
  url: string;
}

export function rssFeed(items: Listed[], { language = 'en-gb' } = {}): string {
  const entries = items
    .map(
      ({ article, url }) => `    <item>
      <title>${escape(article.title)}</title>
      <link>${escape(url)}</link>
      <guid isPermaLink="true">${escape(url)}</guid>
      <pubDate>${new Date(article.published).toUTCString()}</pubDate>
      <description><![CDATA[<p>${escape(article.paragraphs[0] ?? '')}</p>]]></description>
    </item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>The Coastal Courier — Politics</title>
    <link>https://courier.example/politics</link>
    <description>Politics from the coast</description>
    <language>${language}</language>
${entries}
  </channel>
</rss>`;
}

export function atomFeed(items: Listed[], { language = 'fr' } = {}): string {
  const entries = items
    .map(
      ({ article, url }) => `  <entry>
    <title>${escape(article.title)}</title>
    <id>urn:courier:${article.slug}</id>
    <link rel="alternate" type="text/html" href="${escape(url)}"/>
    <published>${article.published}</published>
    <updated>${article.published}</updated>
    <summary>${escape(article.paragraphs[0] ?? '')}</summary>
  </entry>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">
  <title>Courier Atom</title>
  <id>urn:courier:atom</id>
  <updated>2026-11-26T12:00:00Z</updated>
${entries}
</feed>`;
}

export function jsonFeed(items: Listed[], { language = 'de' } = {}): string {
  return JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Courier JSON',
    language,
    items: items.map(({ article, url }) => ({ id: article.slug, url, title: article.title, date_published: article.published, summary: article.paragraphs[0] })),
  });
}

/** A section front without a feed: links to stories in the page body, site links around it. */
export function indexPage(items: Listed[]): string {
  return `<!doctype html>
<html lang="en"><head><title>Politics | The Coastal Courier</title></head>
<body>
  <header><nav><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/about">About us</a></nav></header>
  <main>
    <h1>Politics</h1>
    <ul class="stories">
${items.map(({ article, url }) => `      <li><a href="${escape(url)}">${escape(article.title)}</a></li>`).join('\n')}
    </ul>
  </main>
  <aside><a href="/sport/cup-final">Cup final ends in penalties</a></aside>
  <footer><a href="/contact">Contact</a></footer>
</body></html>`;
}

/** An RSS document cut off mid-element, as a truncated upload leaves it. */
export const brokenRss = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken</title><link>https://courier.example/</link>
<item><title>Half an item</title><link>https://courier.example/half</lin`;
