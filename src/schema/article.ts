import { and, gte, lte, sql } from 'drizzle-orm';
import { createGraphQLError } from 'graphql-yoga';
import { allOf } from '../db/predicates.js';
import { articles } from '../db/schema.js';
import { z } from 'zod';
import { builder } from './builder.js';
import { maxSearchChars, searchText } from './inputs.js';
import { parseId } from './refs.js';

export const Article = builder.drizzleNode('articles', {
  name: 'Article',
  description: 'A news article as ingested; statements point into its body by character offsets.',
  // Bodies are wide: load only the columns a query selects.
  select: {},
  id: { column: (article) => article.id },
  fields: (t) => ({
    url: t.exposeString('url', { nullable: true }),
    title: t.exposeString('title'),
    // Bodies run to 200 000 characters: each one weighs like a page of small fields.
    body: t.exposeString('body', { complexity: 20 }),
    source: t.exposeString('source', { nullable: true }),
    followedFrom: t.relation('followedFrom', { nullable: true, description: 'The followed source it arrived from (null when ingested by hand or its source was removed).' }),
    language: t.exposeString('language'),
    publishedAt: t.expose('publishedAt', { type: 'DateTime', nullable: true }),
    ingestedAt: t.expose('ingestedAt', { type: 'DateTime' }),
    extractorVersion: t.exposeString('extractorVersion', { nullable: true, description: 'The extractor its statements and positions come from; `reextract` brings older ones up to date.' }),
    statements: t.relatedConnection('statements', {
      description: 'Statements in reading order.',
      query: { orderBy: { startOffset: 'asc' } },
      totalCount: true,
    }),
    stakeholders: t.relatedConnection('stakeholders', { query: { orderBy: { name: 'asc' } }, totalCount: true }),
    positions: t.relatedConnection('positions', {
      description: 'Positions read from this article, in reading order.',
      query: { orderBy: { id: 'asc' } },
      totalCount: true,
    }),
  }),
});

const ArticleFilter = builder.inputType('ArticleFilter', {
  fields: (t) => ({
    search: t.string({ description: `Full-text search over title and body (web search syntax); at most ${maxSearchChars} characters.`, validate: searchText }),
    source: t.string({ validate: z.string().max(200, 'must be at most 200 characters') }),
    since: t.field({ type: 'DateTime', description: 'Published at or after.' }),
    until: t.field({ type: 'DateTime', description: 'Published at or before.' }),
  }),
});

function matching(filter: typeof ArticleFilter.$inferInput | null | undefined) {
  return (a: typeof articles) =>
    allOf(
      filter?.search ? sql`${a.search} @@ websearch_to_tsquery('english', ${filter.search})` : undefined,
      filter?.source ? sql`${a.source} = ${filter.source}` : undefined,
      and(filter?.since ? gte(a.publishedAt, filter.since) : undefined, filter?.until ? lte(a.publishedAt, filter.until) : undefined),
    );
}

builder.queryFields((t) => ({
  articles: t.drizzleConnection({
    type: 'articles',
    description: 'Articles, most recently ingested first.',
    args: { filter: t.arg({ type: ArticleFilter }) },
    totalCount: (_root, { filter }, { db }) => db.$count(articles, matching(filter)(articles)),
    resolve: (query, _root, { filter }, { db }) =>
      db.query.articles.findMany(query({ where: { RAW: matching(filter) }, orderBy: { id: 'desc' } })),
  }),
  article: t.drizzleField({
    type: 'articles',
    nullable: true,
    description: 'One article by global ID or by URL (give exactly one).',
    args: { id: t.arg.id(), url: t.arg.string({ validate: z.string().max(2048, 'must be at most 2048 characters') }) },
    resolve: (query, _root, { id, url }, { db }) => {
      if ((id == null) === (url == null)) {
        throw createGraphQLError('Give exactly one of `id` or `url`.', { extensions: { code: 'BAD_USER_INPUT' } });
      }
      const where = id != null ? { id: parseId(String(id), 'Article') } : { url: url ?? '' };
      return db.query.articles.findFirst(query({ where }));
    },
  }),
}));
