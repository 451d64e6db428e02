import { eq, ilike, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { allOf, escapeLike } from '../db/predicates.js';
import { stakeholders } from '../db/schema.js';
import { stakeholderKinds, stakeholderOrigins } from '../ingest/types.js';
import { mergeStakeholders, upsertStakeholder } from '../services/stakeholders.js';
import { builder } from './builder.js';
import { maxSearchChars, searchText } from './inputs.js';
import { findCreated, mutationErrors } from './errors.js';
import { parseRef } from './refs.js';
import { StatementEdge } from './statement.js';

export const StakeholderKind = builder.enumType('StakeholderKind', { values: stakeholderKinds });

export const StakeholderOrigin = builder.enumType('StakeholderOrigin', {
  values: stakeholderOrigins,
  description: 'CATALOGUE: shipped with Parley. EDITOR: entered or corrected by an editor. LEARNED: read from articles.',
});

export const Stakeholder = builder.drizzleNode('stakeholders', {
  name: 'Stakeholder',
  description: 'A person, organisation, country or group that speaks or takes positions.',
  // Load only the columns a query selects: a feed's speaker needs its name, not every column.
  select: {},
  id: { column: (s) => s.id },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: StakeholderKind }),
    role: t.exposeString('role', { nullable: true }),
    aliases: t.exposeStringList('aliases'),
    origin: t.expose('origin', { type: StakeholderOrigin }),
    confidence: t.exposeFloat('confidence', {
      description: 'How sure extraction is that this is a real stakeholder (1 for catalogue and editor entries). Learned entries below 0.8 never name others.',
    }),
    parent: t.relation('parent', { nullable: true, description: 'The country or organisation it belongs to.' }),
    members: t.relatedConnection('members', { query: { orderBy: { name: 'asc' } }, totalCount: true }),
    statements: t.relatedConnection('statements', { query: { orderBy: { seq: 'desc' } }, totalCount: true }, {}, StatementEdge),
    articles: t.relatedConnection('articles', { query: { orderBy: { id: 'desc' } }, totalCount: true }),
  }),
});

const StakeholderFilter = builder.inputType('StakeholderFilter', {
  fields: (t) => ({
    kind: t.field({ type: StakeholderKind }),
    search: t.string({ description: `Case-insensitive match on name or any alias; at most ${maxSearchChars} characters.`, validate: searchText }),
  }),
});

type StakeholderFilterArgs = typeof StakeholderFilter.$inferInput | null | undefined;

/** One predicate for both the page and its `totalCount`, so the two can never disagree. */
function matching(filter: StakeholderFilterArgs) {
  return (s: typeof stakeholders) => {
    const pattern = filter?.search ? `%${escapeLike(filter.search)}%` : undefined;
    return allOf(
      filter?.kind ? eq(s.kind, filter.kind) : undefined,
      pattern
        ? or(ilike(s.name, pattern), sql`exists (select 1 from unnest(${s.aliases}) alias where alias ilike ${pattern})`)
        : undefined,
    );
  };
}

builder.queryFields((t) => ({
  stakeholders: t.drizzleConnection({
    type: 'stakeholders',
    args: { filter: t.arg({ type: StakeholderFilter }) },
    totalCount: (_root, { filter }, { db }) => db.$count(stakeholders, matching(filter)(stakeholders)),
    resolve: (query, _root, { filter }, { db }) =>
      db.query.stakeholders.findMany(query({ where: { RAW: matching(filter) }, orderBy: { name: 'asc' } })),
  }),
  stakeholder: t.drizzleField({
    type: 'stakeholders',
    nullable: true,
    description: 'One stakeholder by global ID or slug.',
    args: { ref: t.arg.id({ required: true, description: 'Stakeholder ID or slug' }) },
    resolve: (query, _root, { ref }, { db }) =>
      db.query.stakeholders.findFirst(query({ where: parseRef(String(ref), 'Stakeholder') })),
  }),
}));

const UpsertStakeholderInput = builder.inputType('UpsertStakeholderInput', {
  fields: (t) => ({
    slug: t.string({ description: 'Key to create or update; made from the name when omitted.', validate: z.string().max(200).regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a kebab-case slug') }),
    name: t.string({ required: true, validate: z.string().trim().min(1, 'must not be empty').max(200) }),
    kind: t.field({ type: StakeholderKind, required: true }),
    role: t.string({ validate: z.string().trim().min(1).max(200) }),
    parent: t.id({ description: 'Stakeholder ID or slug of the country or organisation it belongs to.' }),
    aliases: t.stringList({ description: 'Added to the aliases already known.', validate: z.array(z.string().trim().min(1).max(200)).max(100) }),
  }),
});

builder.mutationFields((t) => ({
  upsertStakeholder: t.drizzleField({
    type: 'stakeholders',
    description: 'Creates a stakeholder, or corrects the one with the same slug.',
    authScopes: { ingest: true },
    errors: { types: mutationErrors },
    args: { input: t.arg({ type: UpsertStakeholderInput, required: true }) },
    resolve: async (query, _root, { input }, { db }) => {
      const parent = input.parent != null ? parseRef(String(input.parent), 'Stakeholder') : null;
      const id = await upsertStakeholder(db, { ...input, parent });
      return findCreated(db.query.stakeholders.findFirst(query({ where: { id } })), 'stakeholder', id);
    },
  }),
  mergeStakeholders: t.drizzleField({
    type: 'stakeholders',
    description: 'Folds a duplicate into the stakeholder it really is, keeping its statements, positions and aliases.',
    authScopes: { admin: true },
    errors: { types: mutationErrors },
    args: {
      source: t.arg.id({ required: true, description: 'The duplicate (ID or slug); it is deleted.' }),
      target: t.arg.id({ required: true, description: 'The stakeholder that remains (ID or slug).' }),
    },
    resolve: async (query, _root, { source, target }, { db }) => {
      const id = await mergeStakeholders(db, parseRef(String(source), 'Stakeholder'), parseRef(String(target), 'Stakeholder'));
      return findCreated(db.query.stakeholders.findFirst(query({ where: { id } })), 'stakeholder', id);
    },
  }),
}));
