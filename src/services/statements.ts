import { sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { parameterBatches } from '../db/batches.js';
import type { RowRef } from '../db/predicates.js';
import { statements, statementTopics, streamState } from '../db/schema.js';
import type { StatementKind } from '../ingest/types.js';
import { InvalidRequestError } from './errors.js';
import { notifyCommit } from './notify.js';
import { requireArticle, resolveRef } from './refs.js';

type Executor = Pick<Database, 'insert' | 'update'>;

export type NewStatement = Omit<typeof statements.$inferInsert, 'id' | 'seq' | 'search'>;

/**
 * Appends statements with the next `seq` numbers, in the given order. Call it as late in
 * the transaction as possible: the UPDATE of the single stream_state row takes that row's
 * lock, held until commit, so a second transaction numbering statements waits here until the
 * first has committed (or rolled back, which frees its numbers for the next). Seq order is
 * therefore commit order, and a reader that has seen seq N has seen every statement below N
 * (tests/services/seq-order.test.ts). Numbers come from the counter row, never from max(seq),
 * so none is reused after a deletion. Returns the new ids in order.
 */
export async function appendStatements(tx: Executor, rows: NewStatement[]): Promise<number[]> {
  if (rows.length === 0) return [];
  const [counter] = await tx
    .update(streamState)
    .set({ lastSeq: sql`${streamState.lastSeq} + ${rows.length}` })
    .returning({ lastSeq: streamState.lastSeq });
  if (!counter) throw new Error('stream_state has no row: migrations were not applied');
  const firstSeq = counter.lastSeq - rows.length + 1;
  const inserted: { id: number; seq: number }[] = [];
  for (const batch of parameterBatches(rows.map((row, i) => ({ ...row, seq: firstSeq + i })))) {
    inserted.push(...(await tx.insert(statements).values(batch).returning({ id: statements.id, seq: statements.seq })));
  }
  return inserted.sort((a, b) => a.seq - b.seq).map((row) => row.id);
}

export interface StatementInput {
  articleId: number;
  speaker: RowRef;
  text: string;
  kind: StatementKind;
  /** where the text sits in the article body; found by search when omitted */
  startOffset?: number | null | undefined;
  endOffset?: number | null | undefined;
  topics?: RowRef[] | null | undefined;
  saidAt?: Date | null | undefined;
  confidence?: number | null | undefined;
}

function locate(body: string, input: StatementInput): { start: number; end: number } {
  if (input.startOffset != null || input.endOffset != null) {
    const start = input.startOffset ?? 0;
    const end = input.endOffset ?? start + input.text.length;
    if (start < 0 || end < start || end > body.length) {
      throw new InvalidRequestError(`Offsets ${start}..${end} fall outside the article body (0..${body.length}).`);
    }
    return { start, end };
  }
  const start = body.indexOf(input.text);
  if (start === -1) throw new InvalidRequestError('The text does not occur in the article body: give startOffset and endOffset.');
  return { start, end: start + input.text.length };
}

/** Adds one statement known from elsewhere (a pipeline, an editor), stamped and announced like ingested ones. */
export async function addStatement(db: Database, input: StatementInput): Promise<number> {
  return db.transaction(async (tx) => {
    const article = await requireArticle(tx, input.articleId);
    const speakerId = await resolveRef(tx, 'stakeholders', input.speaker);
    const topicIds = await Promise.all((input.topics ?? []).map((ref) => resolveRef(tx, 'topics', ref)));
    const { start, end } = locate(article.body, input);
    const [id] = await appendStatements(tx, [
      {
        articleId: article.id,
        speakerId,
        text: input.text,
        kind: input.kind,
        startOffset: start,
        endOffset: end,
        saidAt: input.saidAt ?? article.publishedAt ?? new Date(),
        confidence: input.confidence ?? 1,
      },
    ]);
    if (id === undefined) throw new Error('statement insert returned no row');
    if (topicIds.length > 0) {
      await tx.insert(statementTopics).values([...new Set(topicIds)].map((topicId) => ({ statementId: id, topicId })));
    }
    await notifyCommit(tx, {});
    return id;
  });
}
