import { and, eq, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { articles, type sourceKinds, sourceItems, sources } from '../db/schema.js';
import { DuplicateSourceError, InvalidRequestError, NotFoundError } from './errors.js';

export type SourceKind = (typeof sourceKinds)[number];
export type SourceRow = typeof sources.$inferSelect;

export interface NewSource {
  /** already checked and normalised (see sources/fetch.ts `check`) */
  url: string;
  kind: SourceKind;
  name: string;
  pollIntervalSeconds: number;
}

/** Follows a new source; it is due at once, so the next poller tick fetches it. */
export async function addSource(db: Database, input: NewSource, minIntervalS: number): Promise<number> {
  if (input.pollIntervalSeconds < minIntervalS) {
    throw new InvalidRequestError(`pollIntervalSeconds must be at least ${minIntervalS} (SOURCES_MIN_INTERVAL_S)`);
  }
  const [created] = await db.insert(sources).values(input).onConflictDoNothing({ target: sources.url }).returning({ id: sources.id });
  if (created) return created.id;
  const [existing] = await db.select({ id: sources.id }).from(sources).where(eq(sources.url, input.url));
  if (!existing) throw new Error(`source conflict on ${input.url} without a stored source`);
  throw new DuplicateSourceError(input.url, existing.id);
}

/** Pauses a source, or resumes it (due at once, its backoff forgotten). */
export async function setPaused(db: Database, id: number, paused: boolean): Promise<void> {
  const changes = paused ? { paused } : { paused, nextPollAt: sql`now()`, consecutiveFailures: 0 };
  const updated = await db.update(sources).set(changes).where(eq(sources.id, id)).returning({ id: sources.id });
  if (updated.length === 0) throw new NotFoundError('Source', String(id));
}

/** Stops following a source; its articles stay, no longer linked to it. */
export async function removeSource(db: Database, id: number): Promise<void> {
  const deleted = await db.delete(sources).where(eq(sources.id, id)).returning({ id: sources.id });
  if (deleted.length === 0) throw new NotFoundError('Source', String(id));
}

/**
 * Takes the lease of up to `limit` due sources for `owner`, in one statement. `FOR UPDATE
 * SKIP LOCKED` keeps two instances claiming at the same moment off each other's rows, and
 * the lease keeps a claimed source away from every other instance until its poll is over
 * (or the lease runs out, should its instance die). On PGlite the statement is atomic anyway.
 */
export async function claimDueSources(db: Database, owner: string, limit: number, leaseS: number): Promise<SourceRow[]> {
  if (limit <= 0) return [];
  const due = db
    .select({ id: sources.id })
    .from(sources)
    .where(and(eq(sources.paused, false), lte(sources.nextPollAt, sql`now()`), or(isNull(sources.leasedUntil), lte(sources.leasedUntil, sql`now()`))))
    .orderBy(sources.nextPollAt)
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(sources)
    .set({ leasedUntil: sql`now() + make_interval(secs => ${leaseS})`, leaseOwner: owner })
    .where(inArray(sources.id, due))
    .returning();
}

export interface PollOutcome {
  /** false when the feed or page itself could not be fetched or read: the source backs off */
  reached: boolean;
  /** the problem to show, or null for a clean poll */
  error: string | null;
  etag?: string | null | undefined;
  lastModified?: string | null | undefined;
  /** articles this poll stored */
  ingested: number;
}

/**
 * Records a poll and gives the lease back. A failure doubles the wait for every failure in a
 * row (interval × 2^failures, at most `maxBackoffS`); a success resets it. Only the lease
 * holder writes: a poll that outlived its lease leaves the row to its new holder.
 */
export async function finishPoll(db: Database, source: Pick<SourceRow, 'id'>, owner: string, outcome: PollOutcome, maxBackoffS: number): Promise<void> {
  const failures = outcome.reached ? sql`0` : sql`${sources.consecutiveFailures} + 1`;
  const wait = outcome.reached
    ? sql`${sources.pollIntervalSeconds}::float8`
    : sql`least(${sources.pollIntervalSeconds} * power(2, least(${sources.consecutiveFailures} + 1, 30)), ${maxBackoffS})`;
  await db
    .update(sources)
    .set({
      lastPolledAt: sql`now()`,
      ...(outcome.reached ? { lastSuccessAt: sql`now()` } : {}),
      lastError: outcome.error,
      consecutiveFailures: failures,
      articlesIngested: sql`${sources.articlesIngested} + ${outcome.ingested}`,
      ...(outcome.etag !== undefined ? { etag: outcome.etag } : {}),
      ...(outcome.lastModified !== undefined ? { lastModified: outcome.lastModified } : {}),
      nextPollAt: sql`now() + make_interval(secs => ${wait})`,
      leasedUntil: null,
      leaseOwner: null,
    })
    .where(and(eq(sources.id, source.id), eq(sources.leaseOwner, owner)));
}

export type ItemState = (typeof sourceItems.$inferSelect)['state'];

/**
 * The listed URLs still to fetch, in the order given: never seen, or failed with attempts
 * left. Items whose article is already stored (from any source) are marked as ingested
 * without a fetch. Two queries, whatever the number of items.
 */
export async function itemsToFetch(db: Database, sourceId: number, urls: string[], maxAttempts: number): Promise<string[]> {
  if (urls.length === 0) return [];
  const known = await db
    .select({ url: sourceItems.url, state: sourceItems.state, attempts: sourceItems.attempts })
    .from(sourceItems)
    .where(and(eq(sourceItems.sourceId, sourceId), inArray(sourceItems.url, urls)));
  const settled = new Set(known.filter((k) => k.state !== 'FAILED' || k.attempts >= maxAttempts).map((k) => k.url));
  const open = urls.filter((url) => !settled.has(url));
  if (open.length === 0) return [];
  const stored = await db.select({ id: articles.id, url: articles.url }).from(articles).where(inArray(articles.url, open));
  const found = stored.flatMap((a) => (a.url ? [{ sourceId, url: a.url, state: 'INGESTED' as const, articleId: a.id }] : []));
  if (found.length > 0) {
    await db
      .insert(sourceItems)
      .values(found)
      .onConflictDoUpdate({ target: [sourceItems.sourceId, sourceItems.url], set: { state: sql`excluded.state`, articleId: sql`excluded.article_id`, lastError: null } });
  }
  const storedUrls = new Set(stored.map((a) => a.url));
  return open.filter((url) => !storedUrls.has(url));
}

/** Records what became of one item; a failure counts an attempt. */
export async function recordItem(
  db: Database,
  sourceId: number,
  url: string,
  result: { state: ItemState; articleId?: number | undefined; error?: string | undefined },
): Promise<void> {
  const attempts = result.state === 'FAILED' ? 1 : 0;
  await db
    .insert(sourceItems)
    .values({ sourceId, url, state: result.state, attempts, lastError: result.error ?? null, articleId: result.articleId ?? null })
    .onConflictDoUpdate({
      target: [sourceItems.sourceId, sourceItems.url],
      set: {
        state: result.state,
        attempts: sql`${sourceItems.attempts} + ${attempts}`,
        lastError: result.error ?? null,
        articleId: result.articleId ?? null,
      },
    });
}

/** Gives a lease back without recording a poll: the instance is stopping mid-poll. */
export async function releaseLease(db: Database, id: number, owner: string): Promise<void> {
  await db.update(sources).set({ leasedUntil: null, leaseOwner: null }).where(and(eq(sources.id, id), eq(sources.leaseOwner, owner)));
}
