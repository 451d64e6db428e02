import { z } from 'zod';
import { deleteArticle, ingestArticle, maxArticleChars } from '../services/articles.js';
import { outdatedArticles, reextractArticles } from '../services/reextract.js';
import { builder } from './builder.js';
import { ingestPage } from '../sources/web-article.js';
import { fetchErrors, findCreated, mutationErrors } from './errors.js';
import { parseId } from './refs.js';

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    title: t.string({ required: true, validate: z.string().trim().min(1, 'must not be empty').max(500, 'must be at most 500 characters') }),
    body: t.string({
      required: true,
      description: `Plain text, paragraphs separated by blank lines; at most ${maxArticleChars} characters.`,
      validate: z.string().trim().min(1, 'must not be empty').max(maxArticleChars, `must be at most ${maxArticleChars} characters`),
    }),
    url: t.string({ validate: z.url({ protocol: /^https?$/, error: 'must be an http(s) URL' }).max(2048) }),
    source: t.string({ validate: z.string().trim().min(1).max(200) }),
    publishedAt: t.field({ type: 'DateTime' }),
    language: t.string({
      description: 'BCP 47 language tag; default "en".',
      validate: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "en" or "en-GB"'),
    }),
  }),
});

export const IngestArticlePayload = builder.objectRef<{ articleId: number; created: boolean }>('IngestArticlePayload').implement({
  fields: (t) => ({
    created: t.exposeBoolean('created', { description: 'False when this url or exact text was already stored; nothing was written.' }),
    article: t.drizzleField({
      type: 'articles',
      resolve: (query, { articleId }, _args, { db }) =>
        findCreated(db.query.articles.findFirst(query({ where: { id: articleId } })), 'article', articleId),
    }),
  }),
});

const DeletedArticle = builder.objectRef<{ deletedId: string }>('DeletedArticle').implement({
  fields: (t) => ({ deletedId: t.exposeID('deletedId') }),
});

builder.mutationField('ingestArticle', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Extracts and stores who said what in an article, in one transaction. Idempotent by url and by text.',
    authScopes: { ingest: true },
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: IngestArticleInput, required: true }) },
    resolve: (_root, { input }, { db, extract }) => ingestArticle(db, input, extract),
  }),
);

builder.mutationField('ingestUrl', (t) =>
  t.field({
    type: IngestArticlePayload,
    description: 'Fetches one web page now, reads its article (Readability) and ingests it like `ingestArticle`. Idempotent by url and by text.',
    authScopes: { ingest: true },
    errors: { types: fetchErrors },
    args: { url: t.arg.string({ required: true, description: 'An http(s) URL, at most 2048 characters.', validate: z.string().max(2048, 'must be at most 2048 characters') }) },
    resolve: (_root, { url }, { db, extract, sources }) => ingestPage(db, sources.fetcher, extract, url),
  }),
);

builder.mutationField('deleteArticle', (t) =>
  t.field({
    type: DeletedArticle,
    description: 'Deletes an article and everything read from it (statements, positions, mentions). Admin only.',
    authScopes: { admin: true },
    errors: { types: mutationErrors },
    args: { id: t.arg.id({ required: true, description: 'Article ID.' }) },
    resolve: async (_root, { id }, { db }) => {
      await deleteArticle(db, parseId(String(id), 'Article'));
      return { deletedId: String(id) };
    },
  }),
);

const ReextractInput = builder.inputType('ReextractInput', {
  fields: (t) => ({
    articles: t.idList({ description: 'Article IDs; when absent, every article read by another extractor version than the current one.', validate: z.array(z.string()).max(1000, 'at most 1000 articles at a time') }),
  }),
});

const ReextractResult = builder.objectRef<{ articles: number; kept: number; added: number; removed: number }>('ReextractResult').implement({
  description: 'What a re-extraction changed.',
  fields: (t) => ({
    articles: t.exposeInt('articles', { description: 'Articles re-extracted, each in its own transaction.' }),
    kept: t.exposeInt('kept', { description: 'Statements the current extractor finds unchanged: kept, with their seq numbers.' }),
    added: t.exposeInt('added', { description: 'New statements: numbered and published to subscribers like any other.' }),
    removed: t.exposeInt('removed', { description: 'Statements the current extractor no longer finds: deleted.' }),
  }),
});

builder.mutationField('reextract', (t) =>
  t.field({
    type: ReextractResult,
    description: 'Re-runs the current extractor over stored articles, one transaction per article. Admin only.',
    authScopes: { admin: true },
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: ReextractInput }) },
    resolve: async (_root, { input }, { db, extract }) => {
      const ids = input?.articles ? input.articles.map((id) => parseId(String(id), 'Article')) : await outdatedArticles(db);
      return reextractArticles(db, ids, extract);
    },
  }),
);
