import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { isCurrentPosition } from '../db/predicates.js';
import { positions, topics } from '../db/schema.js';
import { type Stance, stances } from '../ingest/types.js';
import { builder } from './builder.js';
import { parseRef } from './refs.js';
import { StatementEdge } from './statement.js';

export const StanceEnum = builder.enumType('Stance', { values: stances });

interface StanceCount {
  stance: Stance;
  count: number;
}

const StanceCountRef = builder.objectRef<StanceCount>('StanceCount').implement({
  fields: (t) => ({
    stance: t.expose('stance', { type: StanceEnum }),
    count: t.exposeInt('count'),
  }),
});

const current = alias(positions, 'current');

export const Topic = builder.drizzleNode('topics', {
  name: 'Topic',
  description: 'An issue from the topic catalogue that statements are about and stakeholders take positions on.',
  // Load only the columns a query selects.
  select: {},
  id: { column: (topic) => topic.id },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    keywords: t.exposeStringList('keywords'),
    statements: t.relatedConnection('statements', { query: { orderBy: { seq: 'desc' } }, totalCount: true }, {}, StatementEdge),
    stanceSummary: t.field({
      type: [StanceCountRef],
      description: "How many stakeholders currently hold each stance on this topic (each stakeholder's latest position).",
      select: {
        extras: {
          stanceSummary: (topic) =>
            sql<StanceCount[]>`(select coalesce(json_agg(json_build_object('stance', c.stance, 'count', c.n) order by c.n desc, c.stance), '[]'::json) from (select ${current.stance} as stance, count(*)::int as n from ${positions} as ${current} where ${current.topicId} = ${topic.id} and ${isCurrentPosition(current)} group by ${current.stance}) c)`,
        },
      },
      resolve: (topic) => topic.stanceSummary,
    }),
  }),
});

builder.queryFields((t) => ({
  topics: t.drizzleConnection({
    type: 'topics',
    totalCount: (_root, _args, { db }) => db.$count(topics),
    resolve: (query, _root, _args, { db }) => db.query.topics.findMany(query({ orderBy: { name: 'asc' } })),
  }),
  topic: t.drizzleField({
    type: 'topics',
    nullable: true,
    description: 'One topic by global ID or slug.',
    args: { ref: t.arg.id({ required: true, description: 'Topic ID or slug' }) },
    resolve: (query, _root, { ref }, { db }) => db.query.topics.findFirst(query({ where: parseRef(String(ref), 'Topic') })),
  }),
}));
