/**
 * The read benchmark's data set, built deterministically (seeded PRNG) through Parley's own
 * drizzle schema and migrations into a database of its own. At the default scale: 10 000
 * articles, 100 000 statements, 2 000 stakeholders, 50 topics, 20 000 positions; `articles`
 * scales the rest proportionally (topics stay 50). Words come from Parley's seed articles
 * (seeds/articles, Wikinews, CC BY 2.5, see seeds/LICENSES.md).
 */
import { readdir, readFile } from 'node:fs/promises';
import { sql } from 'drizzle-orm';
import { integer, jsonb, pgSchema } from 'drizzle-orm/pg-core';
import postgres from 'postgres';
import { parameterBatches } from '../../src/db/batches.js';
import { openDatabase, type Database } from '../../src/db/client.js';
import { articles, positions, stakeholders, statements, statementTopics, streamState, topics } from '../../src/db/schema.js';
import { stakeholderKinds, stances } from '../../src/ingest/types.js';
import { pick, type Random, seeded, skewedIndex } from './random.js';

/** Bumped whenever the generator changes, so an old build is never reused. */
const generatorVersion = 1;
const seed = 20_260_101;
const topicCount = 50;
/** The word the `search` operation looks for; added to the vocabulary so it always matches. */
export const searchTerm = 'agreement';

export interface DatasetSize {
  articles: number;
  statements: number;
  stakeholders: number;
  topics: number;
  positions: number;
}

export const sizeFor = (articleCount: number): DatasetSize => ({
  articles: articleCount,
  statements: articleCount * 10,
  stakeholders: Math.max(10, Math.round(articleCount / 5)),
  topics: topicCount,
  positions: articleCount * 2,
});

/** What the operations ask for: the busiest stakeholder and topic, and the search term. */
export interface Targets {
  stakeholderSlug: string;
  topicSlug: string;
  searchTerm: string;
}

/** What was built, so a later run with the same size and generator reuses it (outside Parley's schema). */
const build = pgSchema('bench_read').table('build', {
  size: jsonb('size').$type<DatasetSize>().notNull(),
  version: integer('version').notNull(),
  targets: jsonb('targets').$type<Targets>().notNull(),
});

/** `postgres://…/postgres` → the same server, database `name`. */
export function databaseUrl(serverUrl: string, name: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

async function ensureDatabase(serverUrl: string, name: string): Promise<void> {
  const admin = postgres(databaseUrl(serverUrl, 'postgres'), { max: 1, onnotice: () => {} });
  try {
    const [row] = await admin`select 1 as present from pg_database where datname = ${name}`;
    if (!row) await admin.unsafe(`create database "${name.replace(/"/g, '""')}"`);
  } finally {
    await admin.end({ timeout: 1 });
  }
}

async function vocabulary(): Promise<string[]> {
  const folder = new URL('../../seeds/articles/', import.meta.url);
  const words = new Set<string>([searchTerm]);
  for (const file of (await readdir(folder)).sort()) {
    const text = await readFile(new URL(file, folder), 'utf8');
    for (const word of text.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
  }
  return [...words].sort();
}

const sentence = (random: Random, words: readonly string[], min: number, max: number) => {
  const length = min + Math.floor(random() * (max - min + 1));
  const chosen = Array.from({ length }, () => pick(random, words));
  const text = chosen.join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Builds (or reuses) the data set in `name` on the server at `serverUrl`; returns its URL and targets. */
export async function buildDataset(serverUrl: string, name: string, articleCount: number, log: (line: string) => void): Promise<{ url: string; targets: Targets }> {
  await ensureDatabase(serverUrl, name);
  const url = databaseUrl(serverUrl, name);
  const size = sizeFor(articleCount);
  const handle = await openDatabase({ url, statementTimeoutMs: 600_000 });
  try {
    const db = handle.db;
    await db.execute(sql`create schema if not exists bench_read`);
    await db.execute(sql`create table if not exists bench_read.build (size jsonb not null, version int not null, targets jsonb not null)`);
    const [previous] = await db.select().from(build);
    if (previous && previous.version === generatorVersion && sameSize(previous.size, size)) {
      log(`data set reused: ${JSON.stringify(size)}`);
      return { url, targets: previous.targets };
    }
    const started = performance.now();
    await db.execute(sql`truncate articles, stakeholders, topics, statements, statement_topics, positions, article_mentions, stream_state, bench_read.build restart identity cascade`);
    const targets = await generate(db, size, await vocabulary());
    await db.insert(build).values({ size, version: generatorVersion, targets });
    await db.execute(sql`vacuum analyze`);
    log(`data set built in ${((performance.now() - started) / 1000).toFixed(1)} s: ${JSON.stringify(size)}`);
    return { url, targets };
  } finally {
    await handle.close();
  }
}

// jsonb keeps its own key order, so compare field by field.
const sameSize = (a: DatasetSize, b: DatasetSize) =>
  a.articles === b.articles && a.statements === b.statements && a.stakeholders === b.stakeholders && a.topics === b.topics && a.positions === b.positions;

async function insertAll<T extends object>(rows: readonly T[], insert: (batch: T[]) => Promise<unknown>): Promise<void> {
  for (const batch of parameterBatches(rows)) await insert(batch);
}

async function generate(db: Database, size: DatasetSize, words: readonly string[]): Promise<Targets> {
  const random = seeded(seed);
  const origin = Date.UTC(2024, 0, 1);

  const topicRows = Array.from({ length: size.topics }, (_, i) => {
    const word = pick(random, words);
    return { slug: `topic-${String(i + 1).padStart(2, '0')}`, name: `${capitalised(word)} ${i + 1}`, keywords: [word] };
  });
  const topicIds = (await db.insert(topics).values(topicRows).returning({ id: topics.id })).map((row) => row.id);

  const stakeholderRows = Array.from({ length: size.stakeholders }, (_, i) => ({
    slug: `stakeholder-${String(i + 1).padStart(5, '0')}`,
    name: `${capitalised(pick(random, words))} ${capitalised(pick(random, words))}`,
    kind: stakeholderKinds[i % stakeholderKinds.length] ?? 'PERSON',
    origin: 'CATALOGUE' as const,
  }));
  const stakeholderIds: number[] = [];
  await insertAll(stakeholderRows, async (batch) => {
    for (const row of await db.insert(stakeholders).values(batch).returning({ id: stakeholders.id })) stakeholderIds.push(row.id);
  });

  // Articles first (their bodies hold their statements), then statements with article ids.
  const perArticle = size.statements / size.articles;
  type PlannedStatement = { text: string; start: number; end: number; speaker: number | null; topic: number; kind: 'DIRECT' | 'REPORTED' };
  const articleRows: (typeof articles.$inferInsert)[] = [];
  const planned: PlannedStatement[][] = [];
  for (let a = 0; a < size.articles; a++) {
    const publishedAt = new Date(origin + a * 300_000);
    const parts: string[] = [];
    const quotes: PlannedStatement[] = [];
    let offset = 0;
    for (let s = 0; s < perArticle; s++) {
      const filler = `${sentence(random, words, 8, 16)}. `;
      parts.push(filler);
      offset += filler.length;
      const text = sentence(random, words, 10, 24);
      const quoted = `“${text}”, the speaker said. `;
      parts.push(quoted);
      const speaker = random() < 0.05 ? null : (stakeholderIds[skewedIndex(random, stakeholderIds.length)] ?? null);
      quotes.push({ text, start: offset + 1, end: offset + 1 + text.length, speaker, topic: pick(random, topicIds), kind: random() < 0.7 ? 'DIRECT' : 'REPORTED' });
      offset += quoted.length;
    }
    articleRows.push({
      url: `https://bench.parley.invalid/articles/${a + 1}`,
      contentHash: `bench-${a + 1}`,
      title: sentence(random, words, 5, 10),
      body: parts.join(''),
      source: 'Bench Wire',
      publishedAt,
      ingestedAt: publishedAt,
      extractorVersion: 'bench',
    });
    planned.push(quotes);
  }
  const articleIds: number[] = [];
  await insertAll(articleRows, async (batch) => {
    for (const row of await db.insert(articles).values(batch).returning({ id: articles.id })) articleIds.push(row.id);
  });

  const statementRows: (typeof statements.$inferInsert)[] = [];
  const statementTopicOf: number[] = [];
  planned.forEach((quotes, a) => {
    const articleId = articleIds[a];
    const publishedAt = articleRows[a]?.publishedAt;
    if (articleId === undefined || !publishedAt) throw new Error('article rows and ids disagree');
    for (const quote of quotes) {
      statementRows.push({
        seq: statementRows.length + 1,
        articleId,
        speakerId: quote.speaker,
        text: quote.text,
        kind: quote.kind,
        startOffset: quote.start,
        endOffset: quote.end,
        saidAt: publishedAt,
        confidence: 0.9,
        basis: 'cue-after',
        cue: 'said',
        extractorVersion: 'bench',
      });
      statementTopicOf.push(quote.topic);
    }
  });
  const statementIds: number[] = [];
  await insertAll(statementRows, async (batch) => {
    for (const row of await db.insert(statements).values(batch).returning({ id: statements.id })) statementIds.push(row.id);
  });
  await db.insert(streamState).values({ id: 1, lastSeq: statementRows.length });
  await insertAll(
    statementIds.map((statementId, i) => ({ statementId, topicId: statementTopicOf[i] ?? 0 })),
    (batch) => db.insert(statementTopics).values(batch),
  );

  // Positions: each read from a statement that has a speaker, on a random topic.
  const spoken = statementRows.flatMap((row, i) => (row.speakerId != null ? [i] : []));
  const positionRows: (typeof positions.$inferInsert)[] = [];
  const positionsPerStakeholder = new Map<number, number>();
  const positionsPerTopic = new Map<number, number>();
  for (let p = 0; p < size.positions; p++) {
    const index = pick(random, spoken);
    const statement = statementRows[index];
    const evidenceId = statementIds[index];
    if (!statement?.speakerId || evidenceId === undefined || !statement.saidAt) throw new Error('no statement to read a position from');
    const topicId = pick(random, topicIds);
    positionRows.push({
      stakeholderId: statement.speakerId,
      topicId,
      stance: pick(random, stances),
      summary: sentence(random, words, 4, 9),
      evidenceStatementId: evidenceId,
      articleId: statement.articleId,
      observedAt: new Date(statement.saidAt.getTime() + Math.floor(random() * 60_000)),
      confidence: 1,
    });
    positionsPerStakeholder.set(statement.speakerId, (positionsPerStakeholder.get(statement.speakerId) ?? 0) + 1);
    positionsPerTopic.set(topicId, (positionsPerTopic.get(topicId) ?? 0) + 1);
  }
  await insertAll(positionRows, (batch) => db.insert(positions).values(batch));

  const busiest = (counts: Map<number, number>) => [...counts].sort((x, y) => y[1] - x[1] || x[0] - y[0])[0]?.[0];
  const stakeholderSlug = stakeholderRows[stakeholderIds.indexOf(busiest(positionsPerStakeholder) ?? -1)]?.slug;
  const topicSlug = topicRows[topicIds.indexOf(busiest(positionsPerTopic) ?? -1)]?.slug;
  if (!stakeholderSlug || !topicSlug) throw new Error('no stakeholder or topic to ask for');
  return { stakeholderSlug, topicSlug, searchTerm };
}
