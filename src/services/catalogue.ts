import { sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { stakeholders, topics } from '../db/schema.js';
import type { Catalogue } from '../ingest/types.js';
import { upsertStakeholders } from './stakeholders.js';

/**
 * Loads the shipped catalogue into the database, overwriting names, kinds, roles and
 * keywords it defines and keeping aliases learned since. Safe to run any number of times.
 */
export async function storeCatalogue(db: Database, catalogue: Catalogue): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertStakeholders(tx, catalogue.stakeholders, { authoritative: true });
    if (catalogue.topics.length > 0) {
      await tx
        .insert(topics)
        .values(catalogue.topics)
        .onConflictDoUpdate({ target: topics.slug, set: { name: sql`excluded.name`, keywords: sql`excluded.keywords` } });
    }
  });
}

const parent = alias(stakeholders, 'parent');

/**
 * Everything the database knows, as an extraction catalogue: the shipped catalogue plus
 * every stakeholder learned from earlier articles, so a name resolves the same way twice.
 */
export async function loadCatalogue(db: Database): Promise<Catalogue> {
  const [people, topicRows] = await Promise.all([
    db
      .select({
        slug: stakeholders.slug,
        name: stakeholders.name,
        kind: stakeholders.kind,
        role: stakeholders.role,
        parent: parent.slug,
        aliases: stakeholders.aliases,
      })
      .from(stakeholders)
      .leftJoin(parent, sql`${parent.id} = ${stakeholders.parentId}`),
    db.select({ slug: topics.slug, name: topics.name, keywords: topics.keywords }).from(topics),
  ]);
  return { stakeholders: people, topics: topicRows };
}
