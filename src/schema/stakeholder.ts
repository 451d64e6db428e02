import { eq, ilike, or, sql } from 'drizzle-orm';
import { allOf } from '../db/predicates.js';
import { stakeholders } from '../db/schema.js';
import { stakeholderKinds } from '../ingest/types.js';
import { builder } from './builder.js';
import { parseRef } from './refs.js';

export const StakeholderKind = builder.enumType('StakeholderKind', { values: stakeholderKinds });

export const Stakeholder = builder.drizzleNode('stakeholders', {
  name: 'Stakeholder',
  description: 'A person, organisation, country or group that speaks or takes positions.',
  id: { column: (s) => s.id },
  fields: (t) => ({
    slug: t.exposeString('slug'),
    name: t.exposeString('name'),
    kind: t.expose('kind', { type: StakeholderKind }),
    role: t.exposeString('role', { nullable: true }),
    aliases: t.exposeStringList('aliases'),
    parent: t.relation('parent', { nullable: true, description: 'The country or organisation it belongs to.' }),
    members: t.relatedConnection('members', { query: { orderBy: { name: 'asc' } }, totalCount: true }),
    statements: t.relatedConnection('statements', { query: { orderBy: { seq: 'desc' } }, totalCount: true }),
    articles: t.relatedConnection('articles', { query: { orderBy: { id: 'desc' } }, totalCount: true }),
  }),
});

const StakeholderFilter = builder.inputType('StakeholderFilter', {
  fields: (t) => ({
    kind: t.field({ type: StakeholderKind }),
    search: t.string({ description: 'Case-insensitive match on name or any alias.' }),
  }),
});

type StakeholderFilterArgs = typeof StakeholderFilter.$inferInput | null | undefined;

/** One predicate for both the page and its `totalCount`, so the two can never disagree. */
function matching(filter: StakeholderFilterArgs) {
  return (s: typeof stakeholders) => {
    const pattern = filter?.search ? `%${filter.search}%` : undefined;
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
