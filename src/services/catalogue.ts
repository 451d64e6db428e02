import { gte, ne, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Database } from '../db/client.js';
import { stakeholders, topics } from '../db/schema.js';
import type { Catalogue } from '../ingest/types.js';
import { bumpCatalogueVersion, catalogueVersion } from './catalogue-version.js';
import { notifyCommit } from './notify.js';
import { confidentLearned, upsertStakeholders } from './stakeholders.js';

/**
 * Loads the shipped catalogue into the database, overwriting names, kinds, roles and
 * keywords it defines and keeping aliases learned since. Safe to run any number of times.
 */
export async function storeCatalogue(db: Database, catalogue: Catalogue): Promise<void> {
  await db.transaction(async (tx) => {
    await upsertStakeholders(tx, catalogue.stakeholders, { origin: 'CATALOGUE' });
    if (catalogue.topics.length > 0) {
      await tx
        .insert(topics)
        .values(catalogue.topics)
        .onConflictDoUpdate({ target: topics.slug, set: { name: sql`excluded.name`, keywords: sql`excluded.keywords` } });
    }
    await bumpCatalogueVersion(tx);
    // Every instance drops cached reads that show the old names (server/response-cache.ts).
    await notifyCommit(tx, {});
  });
}

const parent = alias(stakeholders, 'parent');

/**
 * The extraction catalogue, cached per database handle and reloaded only when its version
 * (bumped by every write that changes it, from any instance) moved: one small query per ingest
 * instead of loading every stakeholder, and extraction's indexes built once per version.
 */
export async function currentCatalogue(db: Database): Promise<Catalogue> {
  const version = await catalogueVersion(db);
  const hit = cached.get(db);
  if (hit?.version === version) return hit.catalogue;
  const catalogue = await loadCatalogue(db);
  cached.set(db, { version, catalogue });
  return catalogue;
}

const cached = new WeakMap<Database, { version: number; catalogue: Catalogue }>();

/**
 * What the database knows, as an extraction catalogue: the shipped catalogue, editors' entries,
 * and stakeholders learned from earlier articles with confidence (a full name seen with a cue, a
 * titled person), so a name resolves the same way twice but a doubtful guess never spreads.
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
      .leftJoin(parent, sql`${parent.id} = ${stakeholders.parentId}`)
      .where(or(ne(stakeholders.origin, 'LEARNED'), gte(stakeholders.confidence, confidentLearned))),
    db.select({ slug: topics.slug, name: topics.name, keywords: topics.keywords }).from(topics),
  ]);
  return { stakeholders: people, topics: topicRows };
}
