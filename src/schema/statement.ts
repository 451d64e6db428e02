import { eq, gte, lte, sql } from 'drizzle-orm';
import { z } from 'zod';
import { allOf, refersTo } from '../db/predicates.js';
import { statements } from '../db/schema.js';
import { bases, statementKinds } from '../ingest/types.js';
import { addStatement } from '../services/statements.js';
import type { StatementEvent } from '../events/load.js';
import { builder } from './builder.js';
import { maxSearchChars, searchText } from './inputs.js';
import { findCreated, mutationErrors } from './errors.js';
import { parseId, parseRef } from './refs.js';
import { sharedRow } from './shared-row.js';

export const StatementKind = builder.enumType('StatementKind', {
  values: statementKinds,
  description: 'DIRECT: words inside quotation marks or a block quote. REPORTED: attributed indirect speech.',
});

export const AttributionBasis = builder.enumType('AttributionBasis', {
  values: bases.map((b) => b.toUpperCase().replace(/-/g, '_')),
  description: 'How the speaker was found, most direct first: a reporting cue after or before the quotation, elsewhere in the sentence, a colon or a dash, a transcript label, the subject of the sentence, carried from context, a block quotation, none; REPORTED statements with or without a named source.',
});

/** Characters of article text shown on each side of a statement in `context`. */
const contextChars = 160;

export const Statement = builder.drizzleNode('statements', {
  name: 'Statement',
  description: 'Something a stakeholder said, as found in an article.',
  // Load only what a query selects (never the tsvector column).
  select: {},
  id: { column: (statement) => statement.id },
  fields: (t) => ({
    seq: t.expose('seq', { type: 'SafeInt', description: 'Commit order across all statements; gap-free.' }),
    text: t.exposeString('text'),
    kind: t.expose('kind', { type: StatementKind }),
    startOffset: t.exposeInt('startOffset', { description: 'Start of the statement in the article body (UTF-16 index).' }),
    endOffset: t.exposeInt('endOffset'),
    confidence: t.exposeFloat('confidence', {
      description: 'Share of statements found the same way (`basis`) that were right on annotated news: the quotation real and its speaker right. Measured by `npm run train`.',
    }),
    basis: t.field({
      type: AttributionBasis,
      nullable: true,
      description: 'How the speaker was found; null for statements an editor added.',
      select: { columns: { basis: true } },
      resolve: (s) => (s.basis === null ? null : s.basis.toUpperCase().replace(/-/g, '_')),
    }),
    cue: t.exposeString('cue', { nullable: true, description: 'The reporting words ("said", "according to"), when there are any.' }),
    clause: t.string({
      nullable: true,
      description: 'For a quotation inside reported speech: the reported clause around it ("said that the plan was “a disaster” for farmers").',
      select: {
        columns: { clauseStart: true, clauseEnd: true },
        extras: {
          clause: (s) => sql<string | null>`(select substr(a.body, ${s.clauseStart} + 1, ${s.clauseEnd} - ${s.clauseStart}) from articles a where a.id = ${s.articleId} and ${s.clauseStart} is not null)`,
        },
      },
      resolve: (statement) => statement.clause,
    }),
    extractorVersion: t.exposeString('extractorVersion', { nullable: true, description: 'The extractor that produced the statement; null when an editor added it.' }),
    saidAt: t.expose('saidAt', { type: 'DateTime', nullable: true }),
    speaker: t.relation('speaker', { nullable: true, description: 'Null when no speaker could be found for the quotation.' }),
    article: t.relation('article'),
    topics: t.relation('topics', { query: { orderBy: { name: 'asc' } } }),
    context: t.string({
      complexity: 2,
      description: `The statement with up to ${contextChars} characters of article text on each side.`,
      select: {
        extras: {
          context: (s) =>
            sql<string>`(select substr(a.body, greatest(1, ${s.startOffset} + 1 - ${contextChars}), ${s.endOffset} - greatest(0, ${s.startOffset} - ${contextChars}) + ${contextChars}) from articles a where a.id = ${s.articleId})`,
        },
      },
      resolve: (statement) => statement.context,
    }),
  }),
});

/** A connection's edge carries its loaded row; a stream's edge, the event to load it for. */
type StatementEdgeShape = { cursor: string; node: typeof Statement.$inferType } | { cursor: string; event: StatementEvent };

/**
 * The edge of `statements` and of `statementAdded`: one type and one cursor (`events/cursor.ts`),
 * so a client can load a page, subscribe from its newest cursor, and put live edges in the list.
 */
export const StatementEdge = builder.objectRef<StatementEdgeShape>('StatementEdge').implement({
  description: 'A statement with its cursor; the same cursor in `statements` and in `statementAdded`.',
  fields: (t) => ({
    cursor: t.exposeString('cursor'),
    node: t.drizzleField({
      type: 'statements',
      resolve: (query, edge, _args, { db }, info) => {
        if (!('event' in edge)) return edge.node;
        const { event } = edge;
        const planned = query({ where: { id: event.id } });
        return sharedRow(event, info, () => db.query.statements.findFirst(planned));
      },
    }),
  }),
});

const StatementFilter = builder.inputType('StatementFilter', {
  fields: (t) => ({
    speaker: t.id({ description: 'Stakeholder ID or slug.' }),
    topic: t.id({ description: 'Topic ID or slug.' }),
    article: t.id({ description: 'Article ID.' }),
    kind: t.field({ type: StatementKind }),
    since: t.field({ type: 'DateTime', description: 'Said at or after.' }),
    until: t.field({ type: 'DateTime', description: 'Said at or before.' }),
    search: t.string({ description: `Full-text search over the statement text (web search syntax); at most ${maxSearchChars} characters.`, validate: searchText }),
  }),
});

function matching(filter: typeof StatementFilter.$inferInput | null | undefined) {
  const speaker = filter?.speaker != null ? parseRef(String(filter.speaker), 'Stakeholder') : undefined;
  const topic = filter?.topic != null ? parseRef(String(filter.topic), 'Topic') : undefined;
  const article = filter?.article != null ? parseId(String(filter.article), 'Article') : undefined;
  return (s: typeof statements) =>
    allOf(
      speaker && refersTo(s.speakerId, 'stakeholders', speaker),
      topic && sql`${s.id} in (select statement_id from statement_topics where ${refersTo(sql`topic_id`, 'topics', topic)})`,
      article !== undefined ? eq(s.articleId, article) : undefined,
      filter?.kind ? eq(s.kind, filter.kind) : undefined,
      filter?.since ? gte(s.saidAt, filter.since) : undefined,
      filter?.until ? lte(s.saidAt, filter.until) : undefined,
      filter?.search ? sql`${s.search} @@ websearch_to_tsquery('english', ${filter.search})` : undefined,
    );
}

builder.queryFields((t) => ({
  statements: t.drizzleConnection(
    {
      type: 'statements',
      description: 'Statements, newest first (by commit order).',
      args: { filter: t.arg({ type: StatementFilter }) },
      totalCount: (_root, { filter }, { db }) => db.$count(statements, matching(filter)(statements)),
      resolve: (query, _root, { filter }, { db }) =>
        db.query.statements.findMany(query({ where: { RAW: matching(filter) }, orderBy: { seq: 'desc' } })),
    },
    {},
    StatementEdge,
  ),
}));

const AddStatementInput = builder.inputType('AddStatementInput', {
  fields: (t) => ({
    article: t.id({ required: true, description: 'Article ID.' }),
    speaker: t.id({ required: true, description: 'Stakeholder ID or slug.' }),
    text: t.string({ required: true, validate: z.string().trim().min(1, 'must not be empty').max(20_000) }),
    kind: t.field({ type: StatementKind, required: true }),
    startOffset: t.int({ validate: z.number().int().min(0) }),
    endOffset: t.int({ validate: z.number().int().min(0) }),
    topics: t.idList({ description: 'Topic IDs or slugs.' }),
    saidAt: t.field({ type: 'DateTime' }),
    confidence: t.float({ validate: z.number().min(0).max(1) }),
  }),
});

builder.mutationField('addStatement', (t) =>
  t.drizzleField({
    type: 'statements',
    description: 'Adds a statement a pipeline or an editor already knows; it is streamed like ingested ones.',
    authScopes: { ingest: true },
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: AddStatementInput, required: true }) },
    resolve: async (query, _root, { input }, { db }) => {
      const id = await addStatement(db, {
        ...input,
        articleId: parseId(String(input.article), 'Article'),
        speaker: parseRef(String(input.speaker), 'Stakeholder'),
        topics: input.topics?.map((topic) => parseRef(String(topic), 'Topic')),
      });
      return findCreated(db.query.statements.findFirst(query({ where: { id } })), 'statement', id);
    },
  }),
);
