import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { statements } from '../../src/db/schema.js';
import { articles, rssFeed } from '../sources/fixtures.js';
import { document, type FixtureSite, startSite } from '../sources/fixture-site.js';
import { publish } from '../sources/support.js';

const run = promisify(execFile);
let dataDir: string;
let site: FixtureSite;

beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'parley-sources-'));
  site = await startSite();
  site.route('/rss.xml', document(rssFeed(publish(site, '/news', articles)), 'application/rss+xml'));
});

afterAll(async () => {
  await site?.close();
  await rm(dataDir, { recursive: true, force: true });
});

/** A CLI on its own embedded database under a temp folder, allowed onto the 127.0.0.1 fixture site. */
const cli = (script: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', `src/cli/${script}.ts`, ...args], {
    env: { ...process.env, DATABASE_URL: '', DATA_DIR: dataDir, SOURCES_ALLOW_PRIVATE: 'true', SOURCES_HOST_DELAY_MS: '0', LOG_LEVEL: 'silent' },
  });

describe('npm run sources and npm run poll', () => {
  it('follow a feed from the command line and poll it once without a server', async () => {
    const added = await cli('sources', 'add', site.url('/rss.xml'), '--kind', 'RSS', '--name', 'Courier', '--interval', '600');
    expect(added.stdout).toMatch(/^following http:\/\/127\.0\.0\.1:\d+\/rss\.xml as source 1, every 600 s$/m);
    const duplicate = await cli('sources', 'add', site.url('/rss.xml'), '--kind', 'RSS').then(() => null, (error: { code: number; stderr: string }) => error);
    expect(duplicate?.code).toBe(1);
    expect(duplicate?.stderr).toMatch(/DUPLICATE_SOURCE: .* is already followed/);

    await cli('poll', '--once');
    const listed = await cli('sources', 'list');
    expect(listed.stdout).toMatch(/^1\tRSS\thttp:\/\/127\.0\.0\.1:\d+\/rss\.xml\tnext \S+\t3 articles$/m);
    for (const a of articles) expect(site.hits(`/news/${a.slug}`)).toBe(1);

    const database = await openDatabase({ dataDir });
    try {
      // the quotations the fixtures plant (the extractor may find reported clauses besides)
      const [stored] = await database.db.select({ n: count() }).from(statements).where(eq(statements.kind, 'DIRECT'));
      expect(stored?.n).toBe(articles.flatMap((a) => a.statements).length);
    } finally {
      await database.close();
    }
  }, 120_000);
});
