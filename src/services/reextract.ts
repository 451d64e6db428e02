/**
 * Re-running the current extractor over stored articles, one transaction per article: statements
 * that come out the same (kind, offsets, text, speaker) keep their row and seq number; the others
 * are removed, and new ones are numbered and published like any new statement.
 */
import { and, asc, eq, isNotNull, isNull, ne, or } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { articleMentions, articles, positions, statements } from '../db/schema.js';
import { extractorVersion } from '../ingest/extract.js';
import { currentCatalogue } from './catalogue.js';
import { NotFoundError } from './errors.js';
import type { Extractor } from './extraction.js';
import { type KeepPlan, type NewStatementRow, writeExtraction } from './ingest.js';
import { notifyCommit } from './notify.js';

export interface ReextractCounts {
  articles: number;
  /** statements unchanged, kept with their seq */
  kept: number;
  /** statements new to this extraction, numbered and published */
  added: number;
  /** statements the new extraction no longer finds, deleted */
  removed: number;
}

interface OldStatement {
  id: number;
  kind: string;
  text: string;
  startOffset: number;
  endOffset: number;
  speakerId: number | null;
}

const keyOf = (s: Pick<OldStatement, 'kind' | 'text' | 'startOffset' | 'endOffset' | 'speakerId'>): string =>
  `${s.kind}|${s.startOffset}|${s.endOffset}|${s.speakerId ?? ''}|${s.text}`;

/** Pairs each new statement with an identical old one, if any is left. */
function keepIdentical(old: OldStatement[]): KeepPlan {
  return (rows: NewStatementRow[]) => {
    const byKey = new Map<string, number[]>();
    for (const s of old) byKey.set(keyOf(s), [...(byKey.get(keyOf(s)) ?? []), s.id]);
    const kept = new Map<number, number>();
    rows.forEach((row, i) => {
      const id = byKey.get(keyOf({ ...row, speakerId: row.speakerId ?? null }))?.shift();
      if (id !== undefined) kept.set(i, id);
    });
    const keptIds = new Set(kept.values());
    return { kept, removed: old.filter((s) => !keptIds.has(s.id)).map((s) => s.id) };
  };
}

/** Re-extracts one article; extraction runs before the transaction opens, so the lock is held briefly. */
export async function reextractArticle(db: Database, articleId: number, extract: Extractor): Promise<ReextractCounts> {
  const [article] = await db
    .select({ title: articles.title, body: articles.body, publishedAt: articles.publishedAt, ingestedAt: articles.ingestedAt })
    .from(articles)
    .where(eq(articles.id, articleId));
  if (!article) throw new NotFoundError('Article', String(articleId));
  const extraction = await extract({ title: article.title, body: article.body }, await currentCatalogue(db));
  return db.transaction(async (tx) => {
    // The article may have been deleted meanwhile; holding its row keeps a second re-extraction out.
    const [locked] = await tx.select({ id: articles.id }).from(articles).where(eq(articles.id, articleId)).for('update');
    if (!locked) throw new NotFoundError('Article', String(articleId));
    const old = await tx
      .select({ id: statements.id, kind: statements.kind, text: statements.text, startOffset: statements.startOffset, endOffset: statements.endOffset, speakerId: statements.speakerId })
      .from(statements)
      // Statements an editor added (no extractor version) are not the extractor's to change.
      .where(and(eq(statements.articleId, articleId), isNotNull(statements.extractorVersion)));
    await tx.delete(positions).where(eq(positions.articleId, articleId));
    await tx.delete(articleMentions).where(eq(articleMentions.articleId, articleId));
    const written = await writeExtraction(tx, articleId, article.publishedAt ?? article.ingestedAt, extraction, keepIdentical(old));
    // Subscribers find new statements by seq; the notice wakes them (it names no article: none was
    // ingested) and makes every instance drop cached reads, which removed statements make stale too.
    await notifyCommit(tx, {});
    await tx.update(articles).set({ extractorVersion: extraction.version }).where(eq(articles.id, articleId));
    return { articles: 1, kept: written.kept, added: written.added, removed: written.removed };
  });
}

/** The articles read by another extractor version than the current one, oldest first. */
export async function outdatedArticles(db: Database): Promise<number[]> {
  const rows = await db
    .select({ id: articles.id })
    .from(articles)
    .where(or(isNull(articles.extractorVersion), ne(articles.extractorVersion, extractorVersion)))
    .orderBy(asc(articles.id));
  return rows.map((r) => r.id);
}

/** Re-extracts the given articles one transaction at a time; `onArticle` hears of each. */
export async function reextractArticles(db: Database, ids: number[], extract: Extractor, onArticle?: (id: number, counts: ReextractCounts) => void): Promise<ReextractCounts> {
  const total: ReextractCounts = { articles: 0, kept: 0, added: 0, removed: 0 };
  for (const id of ids) {
    const counts = await reextractArticle(db, id, extract);
    onArticle?.(id, counts);
    total.articles += 1;
    total.kept += counts.kept;
    total.added += counts.added;
    total.removed += counts.removed;
  }
  return total;
}
