import { z } from 'zod';
import { sourceKinds, sources as sourcesTable } from '../db/schema.js';
import { addSource, removeSource, setPaused } from '../services/sources.js';
import { probeSource } from '../sources/probe.js';
import { builder } from './builder.js';
import { DuplicateSourceError } from '../services/errors.js';
import { fetchErrors, findCreated, mutationErrors } from './errors.js';
import { parseId } from './refs.js';

export const SourceKind = builder.enumType('SourceKind', {
  values: sourceKinds,
  description: 'RSS (2.0 or 1.0), ATOM, JSON_FEED (jsonfeed.org), or PAGE: an HTML page whose links to articles on the same site are followed.',
});

export const Source = builder.drizzleNode('sources', {
  name: 'Source',
  description: 'A feed or page Parley follows: polled on its interval, each new article ingested.',
  id: { column: (s) => s.id },
  fields: (t) => ({
    url: t.exposeString('url'),
    kind: t.expose('kind', { type: SourceKind }),
    name: t.exposeString('name', { description: 'Stored as `Article.source` on its articles.' }),
    pollIntervalSeconds: t.exposeInt('pollIntervalSeconds'),
    paused: t.exposeBoolean('paused'),
    nextPollAt: t.expose('nextPollAt', { type: 'DateTime', description: 'When it is due next (later after failures: the wait doubles per failure in a row).' }),
    lastPolledAt: t.expose('lastPolledAt', { type: 'DateTime', nullable: true }),
    lastSuccessAt: t.expose('lastSuccessAt', { type: 'DateTime', nullable: true, description: 'Last poll that fetched and read the feed or page (304 included).' }),
    lastError: t.exposeString('lastError', { nullable: true, description: 'What went wrong at the last poll; null after a clean one.' }),
    consecutiveFailures: t.exposeInt('consecutiveFailures', { description: 'Polls in a row that could not fetch or read the feed or page.' }),
    articlesIngested: t.exposeInt('articlesIngested', { description: 'Articles stored from this source so far.' }),
    createdAt: t.expose('createdAt', { type: 'DateTime' }),
    articles: t.relatedConnection('articles', { description: 'Articles it brought, newest first.', query: { orderBy: { id: 'desc' } }, totalCount: true }),
  }),
});

builder.queryFields((t) => ({
  sources: t.drizzleConnection({
    type: 'sources',
    description: 'Followed sources, in the order they were added.',
    totalCount: (_root, _args, { db }) => db.$count(sourcesTable),
    resolve: (query, _root, _args, { db }) => db.query.sources.findMany(query({ orderBy: { id: 'asc' } })),
  }),
}));

const AddSourceInput = builder.inputType('AddSourceInput', {
  fields: (t) => ({
    url: t.string({ required: true, description: 'http(s), at most 2048 characters, no credentials.', validate: z.string().max(2048, 'must be at most 2048 characters') }),
    kind: t.field({ type: SourceKind, required: true }),
    name: t.string({ description: 'Outlet name; default: the URL host.', validate: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters') }),
    pollIntervalSeconds: t.int({
      description: 'Seconds between polls; default SOURCES_DEFAULT_INTERVAL_S (900), at least SOURCES_MIN_INTERVAL_S (60).',
      validate: z.number().int().positive('must be positive').max(604_800, 'must be at most 604800 (a week)'),
    }),
  }),
});

const DeletedSource = builder.objectRef<{ deletedId: string }>('DeletedSource').implement({
  fields: (t) => ({ deletedId: t.exposeID('deletedId') }),
});

const sourceErrors = [...fetchErrors, DuplicateSourceError];

builder.mutationFields((t) => ({
  addSource: t.drizzleField({
    type: 'sources',
    description: 'Follows a feed or page. It is fetched once to check it, then polled from the next poller tick on.',
    authScopes: { ingest: true },
    errors: { types: sourceErrors },
    args: { input: t.arg({ type: AddSourceInput, required: true }) },
    resolve: async (query, _root, { input }, { db, sources }) => {
      const url = await probeSource(sources.fetcher, input.url, input.kind);
      const id = await addSource(
        db,
        { url, kind: input.kind, name: input.name ?? new URL(url).host, pollIntervalSeconds: input.pollIntervalSeconds ?? sources.defaultIntervalS },
        sources.minIntervalS,
      );
      return findCreated(db.query.sources.findFirst(query({ where: { id } })), 'source', id);
    },
  }),
  pauseSource: t.drizzleField({
    type: 'sources',
    description: 'Stops polling a source until it is resumed.',
    authScopes: { ingest: true },
    errors: { types: mutationErrors },
    args: { id: t.arg.id({ required: true, description: 'Source ID.' }) },
    resolve: async (query, _root, { id }, { db }) => {
      const sourceId = parseId(String(id), 'Source');
      await setPaused(db, sourceId, true);
      return findCreated(db.query.sources.findFirst(query({ where: { id: sourceId } })), 'source', sourceId);
    },
  }),
  resumeSource: t.drizzleField({
    type: 'sources',
    description: 'Polls a paused (or backing-off) source again, from the next tick.',
    authScopes: { ingest: true },
    errors: { types: mutationErrors },
    args: { id: t.arg.id({ required: true, description: 'Source ID.' }) },
    resolve: async (query, _root, { id }, { db }) => {
      const sourceId = parseId(String(id), 'Source');
      await setPaused(db, sourceId, false);
      return findCreated(db.query.sources.findFirst(query({ where: { id: sourceId } })), 'source', sourceId);
    },
  }),
  removeSource: t.field({
    type: DeletedSource,
    description: 'Stops following a source. Its articles stay (no longer linked to it). Admin only.',
    authScopes: { admin: true },
    errors: { types: mutationErrors },
    args: { id: t.arg.id({ required: true, description: 'Source ID.' }) },
    resolve: async (_root, { id }, { db }) => {
      await removeSource(db, parseId(String(id), 'Source'));
      return { deletedId: String(id) };
    },
  }),
}));
