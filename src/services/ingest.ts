import { createHash } from 'node:crypto';
import { eq, inArray, or } from 'drizzle-orm';
import { parameterBatches } from '../db/batches.js';
import type { Database } from '../db/client.js';
import { articleMentions, articles, positions, statements, statementTopics, topics } from '../db/schema.js';
import type { Extraction } from '../ingest/types.js';
import { bumpCatalogueVersion } from './catalogue-version.js';
import { upsertStakeholders } from './stakeholders.js';
import { appendStatements, type NewStatement } from './statements.js';
import { notifyCommit } from './notify.js';

export interface ArticleInput {
  title: string;
  body: string;
  url?: string | null | undefined;
  source?: string | null | undefined;
  /** the followed source it arrived from */
  sourceId?: number | null | undefined;
  publishedAt?: Date | null | undefined;
  language?: string | null | undefined;
}

export interface IngestResult {
  articleId: number;
  /** false when the url or the exact text was already stored: nothing was written */
  created: boolean;
  /** statements and positions written (0 when not created) */
  statements: number;
  positions: number;
}

/** Identity of an article's text: the same words, however the whitespace was laid out. */
export function contentHash({ title, body }: Pick<ArticleInput, 'title' | 'body'>): string {
  const normalised = `${title}\n\n${body}`.replace(/\s+/g, ' ').trim();
  return createHash('sha256').update(normalised).digest('hex');
}

/**
 * Stores an article with everything extracted from it in one transaction: nothing is left
 * behind if any step fails. Statements get gap-free, commit-ordered `seq` numbers and
 * subscribers are notified on commit. Idempotent by url and by content hash.
 */
export async function storeArticle(db: Database, input: ArticleInput, extraction: Extraction): Promise<IngestResult> {
  const hash = contentHash(input);
  return db.transaction(async (tx) => {
    const observedAt = input.publishedAt ?? new Date();
    const [article] = await tx
      .insert(articles)
      .values({
        url: input.url ?? null,
        contentHash: hash,
        title: input.title,
        body: input.body,
        source: input.source ?? null,
        sourceId: input.sourceId ?? null,
        language: input.language ?? 'en',
        publishedAt: input.publishedAt ?? null,
        extractorVersion: extraction.version,
      })
      .onConflictDoNothing()
      .returning({ id: articles.id });
    // The url or the text is already stored (perhaps by a concurrent ingest): change nothing.
    if (!article) {
      const winner = await findArticle(tx, input.url, hash);
      if (winner === undefined) throw new Error('article conflict without a stored article');
      return unchanged(winner);
    }

    const written = await writeExtraction(tx, article.id, observedAt, extraction, () => ({ kept: new Map(), removed: [] }));
    await notifyCommit(tx, { article: article.id });

    return { articleId: article.id, created: true, statements: written.added, positions: written.positions };
  });
}

type Tx = Parameters<Parameters<Database['transaction']>[0]>[0];
export type NewStatementRow = NewStatement;

/** How `writeExtraction` treats an article's earlier statements: rows to keep (new index → id) and ids to drop. */
export type KeepPlan = (rows: NewStatementRow[]) => { kept: Map<number, number>; removed: number[] };

/**
 * Writes an extraction of a stored article in the caller's transaction: stakeholders, mentions,
 * statements (new ones numbered last, as late as possible, since numbering takes the lock that
 * orders commits), topic links and positions. `plan` says which earlier statements stay as they
 * are (re-extraction); a new article has none.
 */
export async function writeExtraction(tx: Tx, articleId: number, observedAt: Date, extraction: Extraction, plan: KeepPlan) {
  const { ids: stakeholderIds, catalogueChanged } = await upsertStakeholders(tx, extraction.stakeholders, { origin: 'LEARNED' });
  const idOf = (slug: string) => {
    const id = stakeholderIds.get(slug);
    if (id === undefined) throw new Error(`extraction refers to unknown stakeholder "${slug}"`);
    return id;
  };
  await storeMentions(tx, articleId, extraction, idOf);
  const topicIds = await topicIdsOf(tx, extraction);
  const rows: NewStatementRow[] = extraction.statements.map((s) => ({
    articleId,
    speakerId: s.speaker === null ? null : idOf(s.speaker),
    text: s.quote,
    kind: s.kind,
    startOffset: s.start,
    endOffset: s.end,
    saidAt: observedAt,
    confidence: s.confidence,
    basis: s.basis,
    cue: s.cue?.text ?? null,
    clauseStart: s.clause?.start ?? null,
    clauseEnd: s.clause?.end ?? null,
    extractorVersion: extraction.version,
  }));
  const { kept, removed } = plan(rows);
  for (let i = 0; i < removed.length; i += 10_000) await tx.delete(statements).where(inArray(statements.id, removed.slice(i, i + 10_000)));
  for (const [i, id] of kept) {
    const { basis, cue, clauseStart, clauseEnd, confidence, extractorVersion } = rows[i] ?? {};
    await tx.update(statements).set({ basis, cue, clauseStart, clauseEnd, confidence, extractorVersion }).where(eq(statements.id, id));
  }
  const keptIds = [...kept.values()];
  for (let i = 0; i < keptIds.length; i += 10_000) await tx.delete(statementTopics).where(inArray(statementTopics.statementId, keptIds.slice(i, i + 10_000)));
  const fresh = rows.flatMap((row, i) => (kept.has(i) ? [] : [{ row, i }]));
  const freshIds = await appendStatements(tx, fresh.map((f) => f.row));
  // After numbering: this transaction already holds the stream_state row.
  if (catalogueChanged) await bumpCatalogueVersion(tx);
  const freshId = new Map(fresh.map((f, k) => [f.i, freshIds[k]]));
  const statementIds = rows.map((_, i) => kept.get(i) ?? freshId.get(i));

  const links = extraction.statements.flatMap((s, i) =>
    s.topics.flatMap((slug) => {
      const topicId = topicIds.get(slug);
      const statementId = statementIds[i];
      return topicId === undefined || statementId === undefined ? [] : [{ statementId, topicId }];
    }),
  );
  for (const batch of parameterBatches(links)) await tx.insert(statementTopics).values(batch).onConflictDoNothing();

  const positionRows = extraction.positions.flatMap((p) => {
    const topicId = topicIds.get(p.topic);
    if (topicId === undefined) return [];
    return [
      {
        stakeholderId: idOf(p.stakeholder),
        topicId,
        stance: p.stance,
        summary: p.evidence,
        evidenceStatementId: p.statement === null ? null : (statementIds[p.statement] ?? null),
        articleId,
        // Positions of one article share its time; the id keeps their reading order.
        observedAt,
        confidence: p.confidence,
      },
    ];
  });
  for (const batch of parameterBatches(positionRows)) await tx.insert(positions).values(batch);
  return { added: freshIds.length, kept: kept.size, removed: removed.length, positions: positionRows.length };
}

const unchanged = (articleId: number): IngestResult => ({ articleId, created: false, statements: 0, positions: 0 });

/** The result of ingesting an article that is already stored (same url or same text), if it is. */
export async function alreadyStored(db: Database, input: ArticleInput): Promise<IngestResult | undefined> {
  const id = await findArticle(db, input.url, contentHash(input));
  return id === undefined ? undefined : unchanged(id);
}

async function storeMentions(tx: Pick<Database, 'insert'>, articleId: number, extraction: Extraction, idOf: (slug: string) => number) {
  const rows = extraction.stakeholders
    .filter((s) => s.mentions.length > 0)
    .map((s) => ({
      articleId,
      stakeholderId: idOf(s.slug),
      mentions: s.mentions.length,
      firstOffset: s.mentions.reduce((first, m) => Math.min(first, m.start), Number.POSITIVE_INFINITY),
    }));
  for (const batch of parameterBatches(rows)) await tx.insert(articleMentions).values(batch);
}

/** slug → id of the catalogue topics the extraction names; unknown slugs are dropped, never invented. */
async function topicIdsOf(tx: Pick<Database, 'select'>, extraction: Extraction): Promise<Map<string, number>> {
  const slugs = [...new Set([...extraction.statements.flatMap((s) => s.topics), ...extraction.positions.map((p) => p.topic)])];
  if (slugs.length === 0) return new Map();
  const rows = await tx.select({ id: topics.id, slug: topics.slug }).from(topics).where(inArray(topics.slug, slugs));
  return new Map(rows.map((t) => [t.slug, t.id]));
}

/** The stored article with this url or this exact text, if any. */
async function findArticle(tx: Pick<Database, 'select'>, url: string | null | undefined, hash: string) {
  const [row] = await tx
    .select({ id: articles.id })
    .from(articles)
    .where(url ? or(eq(articles.url, url), eq(articles.contentHash, hash)) : eq(articles.contentHash, hash))
    .limit(1);
  return row?.id;
}
