import { and, asc, eq, gt, lte, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { positions, statements, statementTopics, streamState } from '../db/schema.js';
import type { StatementKind } from '../ingest/types.js';

/** Just enough of a statement to match subscriber filters; fields are resolved per query. */
export interface StatementEvent {
  seq: number;
  id: number;
  articleId: number;
  speakerId: number | null;
  kind: StatementKind;
  topicIds: number[];
  /** node queries already run for this event, by SQL text: subscribers with one query shape share one */
  shared: Map<string, Promise<unknown>>;
}

export interface PositionEvent {
  id: number;
  stakeholderId: number;
  topicId: number;
  shared: Map<string, Promise<unknown>>;
}

export interface ArticleEvent {
  id: number;
  shared: Map<string, Promise<unknown>>;
}

/** The last seq committed so far (0 before the first statement), from the counter that stamps them. */
export async function headSeq(db: Database): Promise<number> {
  const [row] = await db.select({ lastSeq: streamState.lastSeq }).from(streamState);
  return row?.lastSeq ?? 0;
}

/** Statements with seq in (after, upTo], in seq order, at most `limit` of them: one query. */
export async function statementsAfter(db: Database, after: number, limit: number, upTo?: number): Promise<StatementEvent[]> {
  const rows = await db
    .select({
      seq: statements.seq,
      id: statements.id,
      articleId: statements.articleId,
      speakerId: statements.speakerId,
      kind: statements.kind,
      topicIds: sql<number[]>`coalesce(array_agg(${statementTopics.topicId}) filter (where ${statementTopics.topicId} is not null), '{}')`,
    })
    .from(statements)
    .leftJoin(statementTopics, eq(statementTopics.statementId, statements.id))
    .where(and(gt(statements.seq, after), upTo === undefined ? undefined : lte(statements.seq, upTo)))
    .groupBy(statements.id)
    .orderBy(asc(statements.seq))
    .limit(limit);
  return rows.map((row) => ({ ...row, topicIds: row.topicIds.map(Number), shared: new Map() }));
}

/** Positions recorded by one commit: those of an ingested article, or one recorded by hand. */
export async function positionsOf(db: Database, by: { article: number } | { position: number }): Promise<PositionEvent[]> {
  const rows = await db
    .select({ id: positions.id, stakeholderId: positions.stakeholderId, topicId: positions.topicId })
    .from(positions)
    .where('article' in by ? eq(positions.articleId, by.article) : eq(positions.id, by.position))
    .orderBy(asc(positions.id));
  return rows.map((row) => ({ ...row, shared: new Map() }));
}
