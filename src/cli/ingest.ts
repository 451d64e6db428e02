import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { decodeGlobalID } from '@pothos/plugin-relay';
import { z } from 'zod';
import type { ArticleText } from '../ingest/types.js';
import { ingestArticle } from '../services/articles.js';
import { readArticle } from './article-file.js';
import { callServer, ServerApiError, serverTarget, type ServerTarget } from './server-api.js';
import { openCliDatabase, readConfig } from './setup.js';

/**
 * `npm run ingest -- FILE…`: stores articles in the configured database, one progress line each;
 * with `--server URL` (and `--token` or PARLEY_TOKEN) through that running server's API instead.
 */
const usage = `usage: npm run ingest -- [--server http://localhost:4000/graphql --token TOKEN] FILE...
  (each file: line 1 headline, blank line, then the body)`;

const { positionals: files, values } = parseArgs({
  allowPositionals: true,
  options: { server: { type: 'string' }, token: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
});
if (values.help || files.length === 0) {
  console.error(usage);
  process.exit(values.help ? 0 : 2);
}

interface Stored {
  articleId: number;
  created: boolean;
  statements: number;
  positions: number;
}

const ingestMutation = `mutation IngestArticle($input: IngestArticleInput!) {
  ingestArticle(input: $input) {
    __typename
    ... on IngestArticlePayload { created article { id statements(first: 0) { totalCount } positions(first: 0) { totalCount } } }
    ... on Error { code message }
  }
}`;

const payload = z.object({
  created: z.boolean(),
  article: z.object({ id: z.string(), statements: z.object({ totalCount: z.number() }), positions: z.object({ totalCount: z.number() }) }),
});

async function throughServer(target: ServerTarget, article: ArticleText): Promise<Stored> {
  const { created, article: stored } = await callServer(target, ingestMutation, { input: article }, 'ingestArticle', payload);
  return { articleId: Number(decodeGlobalID(stored.id).id), created, statements: stored.statements.totalCount, positions: stored.positions.totalCount };
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
const database = target ? null : await openCliDatabase(config, { viaServer: true });
const store = async (article: ArticleText): Promise<Stored> => {
  if (target) return throughServer(target, article);
  if (!database) throw new Error('no database and no server');
  return ingestArticle(database.db, article);
};

let failed = 0;
try {
  for (const [index, file] of files.entries()) {
    const started = performance.now();
    const prefix = `[${index + 1}/${files.length}] ${basename(file)}:`;
    try {
      const result = await store(await readArticle(file));
      const ms = Math.round(performance.now() - started);
      console.log(
        result.created
          ? `${prefix} stored as article ${result.articleId}: ${result.statements} statements, ${result.positions} positions (${ms} ms)`
          : `${prefix} already stored as article ${result.articleId}, unchanged`,
      );
    } catch (error) {
      failed += 1;
      const reason = error instanceof Error ? error.message : String(error);
      console.error(`${prefix} failed, nothing stored: ${reason}`);
    }
  }
} finally {
  await database?.close();
}
process.exitCode = failed > 0 ? 1 : 0;
