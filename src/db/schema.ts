import { type SQL, sql } from 'drizzle-orm';
import {
  type AnyPgColumn,
  bigint,
  boolean,
  check,
  customType,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  real,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core';
import { stakeholderKinds, stakeholderOrigins, stances, statementKinds } from '../ingest/types.js';

/** Postgres full-text document; written only by generated columns. */
const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Millisecond precision, so a JS Date round-trips exactly and can serve as a cursor. */
const timestamptz = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

const englishDocument = (...parts: SQL[]) =>
  sql`to_tsvector('english'::regconfig, ${sql.join(
    parts.map((part) => sql`coalesce(${part}, '')`),
    sql` || ' ' || `,
  )})`;

export const stakeholderKind = pgEnum('stakeholder_kind', stakeholderKinds);
export const statementKind = pgEnum('statement_kind', statementKinds);
export const stance = pgEnum('stance', stances);
export const stakeholderOrigin = pgEnum('stakeholder_origin', stakeholderOrigins);

/** What a followed source serves: a feed in one of three formats, or an HTML page of links. */
export const sourceKinds = ['RSS', 'ATOM', 'JSON_FEED', 'PAGE'] as const;
export const sourceKind = pgEnum('source_kind', sourceKinds);
/** INGESTED: stored (or already stored); SKIPPED: no article text on the page; FAILED: retried while attempts remain. */
export const sourceItemState = pgEnum('source_item_state', ['INGESTED', 'SKIPPED', 'FAILED']);

/**
 * A feed or page Parley follows. The poller claims a due row by taking its lease
 * (`leased_until`), so one instance polls it at a time; `next_poll_at` carries the backoff.
 */
export const sources = pgTable(
  'sources',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    url: text('url').notNull().unique(),
    kind: sourceKind('kind').notNull(),
    name: text('name').notNull(),
    pollIntervalSeconds: integer('poll_interval_seconds').notNull(),
    paused: boolean('paused').notNull().default(false),
    nextPollAt: timestamptz('next_poll_at').notNull().defaultNow(),
    leasedUntil: timestamptz('leased_until'),
    leaseOwner: text('lease_owner'),
    /** Validators of the last 200 answer, sent back as If-None-Match / If-Modified-Since. */
    etag: text('etag'),
    lastModified: text('last_modified'),
    lastPolledAt: timestamptz('last_polled_at'),
    lastSuccessAt: timestamptz('last_success_at'),
    lastError: text('last_error'),
    consecutiveFailures: integer('consecutive_failures').notNull().default(0),
    articlesIngested: integer('articles_ingested').notNull().default(0),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('sources_due_idx').on(t.nextPollAt).where(sql`not ${t.paused}`)],
);

/**
 * Every item (article link) a source has listed, so a page is fetched once however often
 * the feed repeats it; a failing one is retried until it runs out of attempts.
 */
export const sourceItems = pgTable(
  'source_items',
  {
    sourceId: integer('source_id')
      .notNull()
      .references(() => sources.id, { onDelete: 'cascade' }),
    url: text('url').notNull(),
    state: sourceItemState('state').notNull(),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
    articleId: integer('article_id').references((): AnyPgColumn => articles.id, { onDelete: 'set null' }),
    firstSeenAt: timestamptz('first_seen_at').notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.sourceId, t.url] }), index('source_items_article_id_idx').on(t.articleId)],
);

export const articles = pgTable(
  'articles',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    url: text('url').unique(),
    contentHash: text('content_hash').notNull().unique(),
    title: text('title').notNull(),
    body: text('body').notNull(),
    source: text('source'),
    /** The followed source it arrived from, if any; removing the source keeps the article. */
    sourceId: integer('source_id').references((): AnyPgColumn => sources.id, { onDelete: 'set null' }),
    language: text('language').notNull().default('en'),
    publishedAt: timestamptz('published_at'),
    ingestedAt: timestamptz('ingested_at').notNull().defaultNow(),
    /** the extractor its statements and positions come from (see `reextract`) */
    extractorVersion: text('extractor_version'),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs((): SQL => englishDocument(sql`${articles.title}`, sql`${articles.body}`)),
  },
  (t) => [
    index('articles_search_idx').using('gin', t.search),
    index('articles_published_at_idx').on(t.publishedAt),
    index('articles_source_id_idx').on(t.sourceId),
  ],
);

export const stakeholders = pgTable(
  'stakeholders',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    slug: text('slug').notNull().unique(),
    name: text('name').notNull(),
    kind: stakeholderKind('kind').notNull(),
    role: text('role'),
    parentId: integer('parent_id').references((): AnyPgColumn => stakeholders.id, { onDelete: 'set null' }),
    aliases: text('aliases').array().notNull().default(sql`'{}'::text[]`),
    /** where the entry comes from: the shipped catalogue, an editor, or articles read */
    origin: stakeholderOrigin('origin').notNull().default('LEARNED'),
    /** how sure extraction is that this is a real stakeholder; learned entries below 0.8 never name others */
    confidence: real('confidence').notNull().default(1),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
  },
  (t) => [index('stakeholders_parent_id_idx').on(t.parentId), index('stakeholders_kind_idx').on(t.kind)],
);

export const topics = pgTable('topics', {
  id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
  slug: text('slug').notNull().unique(),
  name: text('name').notNull(),
  keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
});

export const statements = pgTable(
  'statements',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    /** Gap-free and commit-ordered: stamped under the stream_state row lock (services/statements.ts). */
    seq: bigint('seq', { mode: 'number' }).notNull().unique(),
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    /** null when no speaker could be found for the quotation */
    speakerId: integer('speaker_id').references(() => stakeholders.id),
    text: text('text').notNull(),
    kind: statementKind('kind').notNull(),
    startOffset: integer('start_offset').notNull(),
    endOffset: integer('end_offset').notNull(),
    saidAt: timestamptz('said_at'),
    confidence: real('confidence').notNull(),
    /** how the speaker was found (see `bases` in ingest/types.ts); null for statements an editor added */
    basis: text('basis'),
    /** the reporting words ("said", "according to"), when there are any */
    cue: text('cue'),
    /** a quotation inside reported speech: the offsets of the reported clause around it */
    clauseStart: integer('clause_start'),
    clauseEnd: integer('clause_end'),
    /** the extractor that produced the statement; null for statements an editor added */
    extractorVersion: text('extractor_version'),
    search: tsvector('search')
      .notNull()
      .generatedAlwaysAs((): SQL => englishDocument(sql`${statements.text}`)),
  },
  (t) => [
    index('statements_article_id_idx').on(t.articleId),
    // A stakeholder's statements newest first: read in index order, stopping at the page size.
    index('statements_speaker_id_seq_idx').on(t.speakerId, t.seq),
    index('statements_search_idx').using('gin', t.search),
  ],
);

/**
 * The last statement seq ever stamped, in a single row. Counting here rather than reading
 * max(seq) means a number is never handed out twice, even after statements are deleted.
 */
export const streamState = pgTable(
  'stream_state',
  {
    id: integer('id').primaryKey().default(1),
    lastSeq: bigint('last_seq', { mode: 'number' }).notNull().default(0),
    /** bumped by every write that changes what the extraction catalogue holds, so each process knows when to reload it */
    catalogueVersion: bigint('catalogue_version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('stream_state_single_row', sql`${t.id} = 1`)],
);

export const statementTopics = pgTable(
  'statement_topics',
  {
    statementId: integer('statement_id')
      .notNull()
      .references(() => statements.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.statementId, t.topicId] }), index('statement_topics_topic_id_idx').on(t.topicId)],
);

export const positions = pgTable(
  'positions',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    stakeholderId: integer('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
    topicId: integer('topic_id')
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
    stance: stance('stance').notNull(),
    summary: text('summary').notNull(),
    evidenceStatementId: integer('evidence_statement_id').references(() => statements.id, { onDelete: 'cascade' }),
    articleId: integer('article_id').references(() => articles.id, { onDelete: 'cascade' }),
    observedAt: timestamptz('observed_at').notNull(),
    confidence: real('confidence').notNull().default(1),
  },
  (t) => [
    index('positions_stakeholder_topic_observed_idx').on(t.stakeholderId, t.topicId, t.observedAt, t.id),
    // A topic's positions newest first: read in index order, stopping at the page size.
    index('positions_topic_observed_idx').on(t.topicId, t.observedAt, t.id),
    index('positions_evidence_statement_id_idx').on(t.evidenceStatementId),
    index('positions_article_id_idx').on(t.articleId),
  ],
);

export const articleMentions = pgTable(
  'article_mentions',
  {
    articleId: integer('article_id')
      .notNull()
      .references(() => articles.id, { onDelete: 'cascade' }),
    stakeholderId: integer('stakeholder_id')
      .notNull()
      .references(() => stakeholders.id, { onDelete: 'cascade' }),
    mentions: integer('mentions').notNull().default(1),
    firstOffset: integer('first_offset').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.articleId, t.stakeholderId] }),
    index('article_mentions_stakeholder_id_idx').on(t.stakeholderId),
  ],
);

export const apiTokens = pgTable(
  'api_tokens',
  {
    id: integer('id').primaryKey().generatedAlwaysAsIdentity(),
    name: text('name').notNull(),
    /** SHA-256 of the secret; the secret itself is shown once and never stored. */
    tokenHash: text('token_hash').notNull(),
    scopes: text('scopes').array().notNull(),
    createdAt: timestamptz('created_at').notNull().defaultNow(),
    expiresAt: timestamptz('expires_at'),
    revokedAt: timestamptz('revoked_at'),
  },
  (t) => [uniqueIndex('api_tokens_token_hash_idx').on(t.tokenHash)],
);
