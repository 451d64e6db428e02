import { parseArgs } from 'node:util';
import { decodeGlobalID, encodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { DatabaseHandle } from '../db/client.js';
import { extractInline } from '../services/extraction.js';
import { outdatedArticles, type ReextractCounts, reextractArticles } from '../services/reextract.js';
import { callServer, ServerApiError, serverTarget, type ServerTarget } from './server-api.js';
import { exitWith, openCliDatabase, readConfig } from './setup.js';

/**
 * `npm run reextract [-- --all | ID…]`: re-runs the current extractor over stored articles, one
 * transaction per article (default: every article an older extractor read). Unchanged statements
 * keep their seq; new ones are published to subscribers as usual. With `--server URL` (and an
 * admin `--token` or PARLEY_TOKEN) the running server does it, through its `reextract` mutation.
 */
const usage = `usage: npm run reextract -- [--server http://localhost:4000/graphql --token ADMIN_TOKEN] [--all | ARTICLE_ID...]
  (default: the articles an older extractor read)`;

const { positionals: ids, values } = parseArgs({
  allowPositionals: true,
  options: { all: { type: 'boolean' }, server: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || ids.some((id) => !/^\d+$/.test(id)) || (values.all && ids.length > 0)) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

const report = (id: number, c: ReextractCounts) => console.log(`article ${id}: ${c.kept} kept, ${c.added} added, ${c.removed} removed`);
const total = (c: ReextractCounts) => console.log(`re-extracted ${c.articles} articles: ${c.kept} statements kept, ${c.added} added, ${c.removed} removed`);

async function runLocally(database: DatabaseHandle): Promise<ReextractCounts> {
  const chosen = values.all
    ? (await database.db.query.articles.findMany({ columns: { id: true }, orderBy: { id: 'asc' } })).map((a) => a.id)
    : ids.length > 0
      ? ids.map(Number)
      : await outdatedArticles(database.db);
  return reextractArticles(database.db, chosen, extractInline, report);
}

const reextractMutation = `mutation Reextract($input: ReextractInput) {
  reextract(input: $input) {
    __typename
    ... on ReextractResult { articles kept added removed }
    ... on Error { code message }
  }
}`;
const counts = z.object({ articles: z.number(), kept: z.number(), added: z.number(), removed: z.number() });

const articlesPage = `query ArticleIds($after: String) {
  articles(first: 100, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } }
}`;
const page = z.object({ nodes: z.array(z.object({ id: z.string() })), pageInfo: z.object({ hasNextPage: z.boolean(), endCursor: z.string().nullable() }) });

/** Every stored article's number, read page by page through the API. */
async function allArticleIds(target: ServerTarget): Promise<number[]> {
  const found: number[] = [];
  for (let after: string | null = null; ; ) {
    const { nodes, pageInfo }: z.infer<typeof page> = await callServer(target, articlesPage, { after }, 'articles', page);
    found.push(...nodes.map((node) => Number(decodeGlobalID(node.id).id)));
    if (!pageInfo.hasNextPage) return found;
    after = pageInfo.endCursor;
  }
}

/**
 * Through the server: named articles (or all) one request each, so each stays within the
 * request deadline and gets its progress line; the default is one request, as only the server
 * knows which articles its extractor considers outdated.
 */
async function runThrough(target: ServerTarget): Promise<ReextractCounts> {
  if (!values.all && ids.length === 0) return callServer(target, reextractMutation, {}, 'reextract', counts);
  const sum: ReextractCounts = { articles: 0, kept: 0, added: 0, removed: 0 };
  for (const id of values.all ? await allArticleIds(target) : ids.map(Number)) {
    const one = await callServer(target, reextractMutation, { input: { articles: [encodeGlobalID('Article', id)] } }, 'reextract', counts);
    report(id, one);
    for (const key of ['articles', 'kept', 'added', 'removed'] as const) sum[key] += one[key];
  }
  return sum;
}

const config = readConfig();
let target: ServerTarget | null;
try {
  target = serverTarget(values.server, values.token ?? config.PARLEY_TOKEN);
} catch (error) {
  if (!(error instanceof ServerApiError)) throw error;
  console.error(`${error.message}\n${usage}`);
  process.exit(2);
}

if (target) {
  total(
    await runThrough(target).catch((error: unknown) => {
      if (error instanceof ServerApiError) exitWith(`reextract: ${error.message}`);
      throw error;
    }),
  );
} else {
  const database = await openCliDatabase(config, { viaServer: true });
  try {
    total(await runLocally(database));
  } catch (error) {
    console.error(`reextract: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  } finally {
    await database.close();
  }
}
