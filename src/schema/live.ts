import { createGraphQLError } from 'graphql-yoga';
import type { Database } from '../db/client.js';
import { decodeCursor, encodeCursor } from '../events/cursor.js';
import type { ArticleEvent, PositionEvent } from '../events/load.js';
import { statementStream } from '../events/stream.js';
import { NotFoundError } from '../services/errors.js';
import { resolveRef } from '../services/refs.js';
import { builder } from './builder.js';
import { parseId, parseRef } from './refs.js';
import { sharedRow } from './shared-row.js';
import { StatementEdge, StatementKind } from './statement.js';

builder.subscriptionType({
  description: 'Live feeds over graphql-ws, SSE and multipart HTTP.',
});

const ArticleIngestedEvent = builder.objectRef<ArticleEvent>('ArticleIngestedEvent').implement({
  fields: (t) => ({
    article: t.drizzleField({
      type: 'articles',
      resolve: (query, event, _args, { db }, info) => {
        const planned = query({ where: { id: event.id } });
        return sharedRow(event, info, () => db.query.articles.findFirst(planned));
      },
    }),
  }),
});

const PositionChangedEvent = builder.objectRef<PositionEvent>('PositionChangedEvent').implement({
  fields: (t) => ({
    position: t.drizzleField({
      type: 'positions',
      resolve: (query, event, _args, { db }, info) => {
        const planned = query({ where: { id: event.id } });
        return sharedRow(event, info, () => db.query.positions.findFirst(planned));
      },
    }),
  }),
});

/**
 * The row id a filter names (ID or slug), resolved once when the subscription starts so the
 * hub can match events by id. An unknown name fails the subscription with NOT_FOUND.
 */
async function idOf(db: Database, table: 'stakeholders' | 'topics', ref: string | number | null | undefined) {
  if (ref == null) return undefined;
  try {
    return await resolveRef(db, table, parseRef(String(ref), table === 'stakeholders' ? 'Stakeholder' : 'Topic'));
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw createGraphQLError(error.message, { extensions: { code: error.code } });
  }
}

const StatementStreamFilter = builder.inputType('StatementStreamFilter', {
  fields: (t) => ({
    speaker: t.id({ description: 'Stakeholder ID or slug.' }),
    topic: t.id({ description: 'Topic ID or slug.' }),
    article: t.id({ description: 'Article ID.' }),
    kind: t.field({ type: StatementKind }),
  }),
});

const PositionStreamFilter = builder.inputType('PositionStreamFilter', {
  fields: (t) => ({
    stakeholder: t.id({ description: 'Stakeholder ID or slug.' }),
    topic: t.id({ description: 'Topic ID or slug.' }),
  }),
});

builder.subscriptionFields((t) => ({
  statementAdded: t.field({
    type: StatementEdge,
    description:
      'Every newly committed statement matching the filter, in commit order. With `after`, first replays every matching statement after that cursor: no gap, no duplicate.',
    args: {
      filter: t.arg({ type: StatementStreamFilter }),
      after: t.arg.string({ description: 'Cursor of the last statement received.' }),
    },
    subscribe: async (_root, { filter, after }, { db, events }) => {
      const [speakerId, topicId] = await Promise.all([
        idOf(db, 'stakeholders', filter?.speaker),
        idOf(db, 'topics', filter?.topic),
      ]);
      const articleId = filter?.article != null ? parseId(String(filter.article), 'Article') : undefined;
      const from = after != null ? decodeCursor(after) : undefined;
      return statementStream(db, events, { speakerId, topicId, articleId, kind: filter?.kind ?? undefined }, from);
    },
    // The connections' edge type; its node is loaded when selected, once per event and selection.
    resolve: (event) => ({ cursor: encodeCursor(event.seq), event }),
  }),
  articleIngested: t.field({
    type: ArticleIngestedEvent,
    description: 'Each newly ingested article, once its statements are committed.',
    subscribe: (_root, _args, { events }) => events.subscribeArticles(),
    resolve: (event) => event,
  }),
  positionChanged: t.field({
    type: PositionChangedEvent,
    description: 'Each newly recorded position matching the filter; it is the current one unless a later observation exists.',
    args: { filter: t.arg({ type: PositionStreamFilter }) },
    subscribe: async (_root, { filter }, { db, events }) => {
      const [stakeholderId, topicId] = await Promise.all([
        idOf(db, 'stakeholders', filter?.stakeholder),
        idOf(db, 'topics', filter?.topic),
      ]);
      return events.subscribePositions({ stakeholderId, topicId });
    },
    resolve: (event) => event,
  }),
}));
