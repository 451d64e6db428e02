import { z } from 'zod';
import type { articles, stakeholders, statements } from '../db/schema.js';
import { type SearchKind, searchAll } from '../db/search.js';
import { Article } from './article.js';
import { builder } from './builder.js';
import { Stakeholder } from './stakeholder.js';
import { Statement } from './statement.js';

/** Which GraphQL type each loaded row is: rows of different tables share no discriminator. */
const typeOfRow = new WeakMap<object, 'Article' | 'Statement' | 'Stakeholder'>();

const SearchResult = builder.unionType('SearchResult', {
  types: [Article, Statement, Stakeholder],
  resolveType: (row) => typeOfRow.get(row) ?? null,
});

type Row = typeof articles.$inferSelect | typeof statements.$inferSelect | typeof stakeholders.$inferSelect;

interface Hit {
  rank: number;
  node: Row;
}

const SearchHit = builder.objectRef<Hit>('SearchHit').implement({
  description: 'One search result and its relevance (0..1; higher is better).',
  fields: (t) => ({
    rank: t.exposeFloat('rank'),
    node: t.field({ type: SearchResult, resolve: (hit) => hit.node }),
  }),
});

builder.queryField('search', (t) =>
  t.field({
    type: [SearchHit],
    description: 'Articles and statements by full text, stakeholders by name or alias, in one ranked list.',
    args: {
      query: t.arg.string({ required: true, validate: z.string().trim().min(1, 'must not be empty').max(200, 'must be at most 200 characters') }),
      first: t.arg.int({ defaultValue: 20, validate: z.number().int().min(1).max(100, 'must be at most 100') }),
    },
    resolve: async (_root, { query, first }, context, info) => {
      const { db } = context;
      const hits = await searchAll(db, query, first ?? 20);
      const idsOf = (kind: SearchKind) => hits.filter((hit) => hit.kind === kind).map((hit) => hit.id);
      // Each kind is loaded with the relations and extras the query asks of its type joined in
      // (the drizzle plugin's plan for `node`), and all its columns, so the rows are whole; a kind
      // with no hits is not queried. At most 1 + 3 statements, however deep the selection.
      const planned = { context, info, path: ['node'] };
      const whole = { columns: undefined };
      const [articleIds, statementIds, stakeholderIds] = [idsOf('article'), idsOf('statement'), idsOf('stakeholder')];
      const [articleRows, statementRows, stakeholderRows] = await Promise.all([
        articleIds.length === 0 ? [] : db.query.articles.findMany({ ...t.drizzleQueryFromInfo('articles', { ...planned, where: { id: { in: articleIds } } }), ...whole }),
        statementIds.length === 0 ? [] : db.query.statements.findMany({ ...t.drizzleQueryFromInfo('statements', { ...planned, where: { id: { in: statementIds } } }), ...whole }),
        stakeholderIds.length === 0 ? [] : db.query.stakeholders.findMany({ ...t.drizzleQueryFromInfo('stakeholders', { ...planned, where: { id: { in: stakeholderIds } } }), ...whole }),
      ]);
      const rows = new Map<string, Row>();
      for (const row of articleRows) rows.set(`article:${row.id}`, tagged(row, 'Article'));
      for (const row of statementRows) rows.set(`statement:${row.id}`, tagged(row, 'Statement'));
      for (const row of stakeholderRows) rows.set(`stakeholder:${row.id}`, tagged(row, 'Stakeholder'));
      return hits.flatMap((hit) => {
        const node = rows.get(`${hit.kind}:${hit.id}`);
        return node ? [{ rank: hit.rank, node }] : [];
      });
    },
  }),
);

function tagged<T extends Row>(row: T, type: 'Article' | 'Statement' | 'Stakeholder'): T {
  typeOfRow.set(row, type);
  return row;
}
