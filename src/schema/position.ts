import { eq, sql } from 'drizzle-orm';
import { z } from 'zod';
import { allOf, isCurrentPosition, type RowRef, refersTo } from '../db/predicates.js';
import { positions } from '../db/schema.js';
import type { Stance } from '../ingest/types.js';
import { recordPosition } from '../services/positions.js';
import { builder } from './builder.js';
import { findCreated, mutationErrors } from './errors.js';
import { parseId, parseRef } from './refs.js';
import { StanceEnum } from './topic.js';

export const Position = builder.drizzleNode('positions', {
  name: 'Position',
  description: "A stakeholder's stance on a topic, observed at a time, with the statement that evidences it.",
  // Load only the columns a query selects (positions are listed 100 at a time).
  select: {},
  id: { column: (position) => position.id },
  fields: (t) => ({
    stance: t.expose('stance', { type: StanceEnum }),
    summary: t.exposeString('summary'),
    observedAt: t.expose('observedAt', { type: 'DateTime' }),
    confidence: t.exposeFloat('confidence'),
    isCurrent: t.boolean({
      description: 'False once a later position of the same stakeholder on the same topic supersedes it.',
      select: { extras: { isCurrent: (p) => sql<boolean>`${isCurrentPosition(p)}` } },
      resolve: (position) => position.isCurrent,
    }),
    stakeholder: t.relation('stakeholder'),
    topic: t.relation('topic'),
    evidence: t.relation('evidence', { nullable: true, description: 'The statement this position is read from.' }),
    article: t.relation('article', { nullable: true }),
  }),
});

const PositionFilter = builder.inputType('PositionFilter', {
  fields: (t) => ({
    stakeholder: t.id({ description: 'Stakeholder ID or slug.' }),
    topic: t.id({ description: 'Topic ID or slug.' }),
    stance: t.field({ type: StanceEnum }),
    currentOnly: t.boolean({ description: 'Only positions not superseded by a later one (default false).' }),
  }),
});

interface PositionCriteria {
  stakeholder?: RowRef | undefined;
  topic?: RowRef | undefined;
  stance?: Stance | null | undefined;
  currentOnly?: boolean | null | undefined;
}

function matching(criteria: PositionCriteria) {
  return (p: typeof positions) =>
    allOf(
      criteria.stakeholder && refersTo(p.stakeholderId, 'stakeholders', criteria.stakeholder),
      criteria.topic && refersTo(p.topicId, 'topics', criteria.topic),
      criteria.stance ? eq(p.stance, criteria.stance) : undefined,
      criteria.currentOnly ? isCurrentPosition(p) : undefined,
    );
}

function criteriaOf(filter: typeof PositionFilter.$inferInput | null | undefined): PositionCriteria {
  return {
    stakeholder: filter?.stakeholder != null ? parseRef(String(filter.stakeholder), 'Stakeholder') : undefined,
    topic: filter?.topic != null ? parseRef(String(filter.topic), 'Topic') : undefined,
    stance: filter?.stance,
    currentOnly: filter?.currentOnly,
  };
}

const newestFirst = { observedAt: 'desc', id: 'desc' } as const;

builder.queryFields((t) => ({
  positions: t.drizzleConnection({
    type: 'positions',
    description: 'Positions, most recently observed first.',
    args: { filter: t.arg({ type: PositionFilter }) },
    totalCount: (_root, { filter }, { db }) => db.$count(positions, matching(criteriaOf(filter))(positions)),
    resolve: (query, _root, { filter }, { db }) =>
      db.query.positions.findMany(query({ where: { RAW: matching(criteriaOf(filter)) }, orderBy: newestFirst })),
  }),
}));

builder.drizzleObjectFields('stakeholders', (t) => ({
  positions: t.relatedConnection('positions', {
    description: "The stakeholder's positions; by default only the current one per topic.",
    args: {
      currentOnly: t.arg.boolean({ defaultValue: true, required: true }),
      stance: t.arg({ type: StanceEnum }),
    },
    query: ({ currentOnly, stance }) => ({ where: { RAW: matching({ currentOnly, stance }) }, orderBy: newestFirst }),
    totalCount: true,
  }),
  positionHistory: t.relatedConnection('positions', {
    description: 'Every position the stakeholder took on one topic, oldest first: how its stance moved.',
    args: { topic: t.arg.id({ required: true, description: 'Topic ID or slug.' }) },
    query: ({ topic }) => ({
      where: { RAW: matching({ topic: parseRef(String(topic), 'Topic') }) },
      orderBy: { observedAt: 'asc', id: 'asc' },
    }),
    totalCount: true,
  }),
}));

builder.drizzleObjectFields('topics', (t) => ({
  positions: t.relatedConnection('positions', {
    args: { currentOnly: t.arg.boolean({ defaultValue: true, required: true }), stance: t.arg({ type: StanceEnum }) },
    query: ({ currentOnly, stance }) => ({ where: { RAW: matching({ currentOnly, stance }) }, orderBy: newestFirst }),
    totalCount: true,
  }),
}));

builder.drizzleObjectFields('statements', (t) => ({
  positions: t.relation('positions', { description: 'Positions this statement evidences.' }),
}));

const RecordPositionInput = builder.inputType('RecordPositionInput', {
  fields: (t) => ({
    stakeholder: t.id({ required: true, description: 'Stakeholder ID or slug.' }),
    topic: t.id({ required: true, description: 'Topic ID or slug.' }),
    stance: t.field({ type: StanceEnum, required: true }),
    summary: t.string({ required: true, validate: z.string().trim().min(1, 'must not be empty').max(2_000) }),
    evidence: t.id({ description: 'ID of the statement that evidences the position.' }),
    observedAt: t.field({ type: 'DateTime', description: 'When the stance was taken; default now.' }),
    confidence: t.float({ validate: z.number().min(0).max(1) }),
  }),
});

builder.mutationField('recordPosition', (t) =>
  t.drizzleField({
    type: 'positions',
    description: "Records a stakeholder's stance on a topic; the latest observation becomes the current one.",
    authScopes: { ingest: true },
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: RecordPositionInput, required: true }) },
    resolve: async (query, _root, { input }, { db }) => {
      const id = await recordPosition(db, {
        ...input,
        stakeholder: parseRef(String(input.stakeholder), 'Stakeholder'),
        topic: parseRef(String(input.topic), 'Topic'),
        evidence: input.evidence != null ? parseId(String(input.evidence), 'Statement') : null,
      });
      return findCreated(db.query.positions.findFirst(query({ where: { id } })), 'position', id);
    },
  }),
);
