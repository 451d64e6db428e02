import { eq, inArray, sql } from 'drizzle-orm';
import { parameterBatches } from '../db/batches.js';
import type { Database } from '../db/client.js';
import type { RowRef } from '../db/predicates.js';
import { stakeholders } from '../db/schema.js';
import { slugify } from '../ingest/entities/slug.js';
import type { StakeholderKind, StakeholderOrigin } from '../ingest/types.js';
import { InvalidRequestError } from './errors.js';
import { resolveRef } from './refs.js';
import { bumpCatalogueVersion } from './catalogue-version.js';
import { notifyCommit } from './notify.js';

type Executor = Pick<Database, 'insert' | 'select' | 'execute'>;

export interface StakeholderRecord {
  slug: string;
  name: string;
  kind: StakeholderKind;
  role?: string | null | undefined;
  /** slug of the parent stakeholder */
  parent?: string | null | undefined;
  aliases: string[];
  /** extraction's confidence that this is a real stakeholder (learned entries only) */
  confidence?: number | undefined;
}

/** Learned stakeholders at or above this confidence become names later articles are read with. */
export const confidentLearned = 0.8;

/**
 * Inserts stakeholders or merges them into the existing rows with the same slug, in two
 * statements whatever their number. The catalogue and editors are authoritative: name, kind,
 * role and origin are overwritten. Extraction (`LEARNED`) only fills in known facts and raises
 * confidence. Aliases always accumulate. Returns slug → id for every given stakeholder, and
 * whether the extraction catalogue changed (an authoritative write, or a new confident entry).
 */
export async function upsertStakeholders(
  tx: Executor,
  records: StakeholderRecord[],
  { origin }: { origin: StakeholderOrigin },
): Promise<{ ids: Map<string, number>; catalogueChanged: boolean }> {
  if (records.length === 0) return { ids: new Map(), catalogueChanged: false };
  const authoritative = origin !== 'LEARNED';
  const mergedAliases = sql`array(select distinct a from unnest(${stakeholders.aliases} || excluded.aliases) a order by a)`;
  const values = records.map(({ slug, name, kind, role, aliases, confidence }) => ({ slug, name, kind, role: role ?? null, aliases, origin, confidence: authoritative ? 1 : (confidence ?? 0.5) }));
  const rows: { id: number; slug: string; inserted: boolean; confidence: number }[] = [];
  for (const batch of parameterBatches(values)) {
    const upserted = await tx
      .insert(stakeholders)
      .values(batch)
      .onConflictDoUpdate({
        target: stakeholders.slug,
        set: authoritative
          ? { name: sql`excluded.name`, kind: sql`excluded.kind`, role: sql`excluded.role`, aliases: mergedAliases, origin: sql`excluded.origin`, confidence: sql`1` }
          : { role: sql`coalesce(${stakeholders.role}, excluded.role)`, aliases: mergedAliases, confidence: sql`greatest(${stakeholders.confidence}, excluded.confidence)` },
      })
      // xmax = 0 on a row this statement inserted (rather than updated)
      .returning({ id: stakeholders.id, slug: stakeholders.slug, inserted: sql<boolean>`(xmax = 0)`, confidence: stakeholders.confidence });
    rows.push(...upserted);
  }
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  await linkParents(tx, records, ids, authoritative);
  const catalogueChanged = authoritative || rows.some((r) => r.inserted && r.confidence >= confidentLearned);
  return { ids, catalogueChanged };
}

async function linkParents(tx: Executor, records: StakeholderRecord[], ids: Map<string, number>, authoritative: boolean) {
  const wanted = records.filter((r): r is StakeholderRecord & { parent: string } => !!r.parent && r.parent !== r.slug);
  if (wanted.length === 0) return;
  const missing = [...new Set(wanted.map((r) => r.parent).filter((slug) => !ids.has(slug)))];
  if (missing.length > 0) {
    const found = await tx.select({ id: stakeholders.id, slug: stakeholders.slug }).from(stakeholders).where(inArray(stakeholders.slug, missing));
    for (const row of found) ids.set(row.slug, row.id);
  }
  const links = wanted.flatMap((record) => {
    const id = ids.get(record.slug);
    const parentId = ids.get(record.parent);
    return id === undefined || parentId === undefined ? [] : [{ id, parentId }];
  });
  const parent = authoritative ? sql`link.parent_id` : sql`coalesce(${stakeholders.parentId}, link.parent_id)`;
  for (const batch of parameterBatches(links)) {
    const values = batch.map(({ id, parentId }) => sql`(${id}::int, ${parentId}::int)`);
    await tx.execute(
      sql`update ${stakeholders} set parent_id = ${parent} from (values ${sql.join(values, sql`, `)}) as link(id, parent_id) where ${stakeholders.id} = link.id`,
    );
  }
}

export interface StakeholderInput {
  slug?: string | null | undefined;
  name: string;
  kind: StakeholderKind;
  role?: string | null | undefined;
  parent?: RowRef | null | undefined;
  aliases?: string[] | null | undefined;
}

/** Creates a stakeholder or corrects the one with the same slug; the editor's word wins. */
export async function upsertStakeholder(db: Database, input: StakeholderInput): Promise<number> {
  const slug = input.slug ?? slugify(input.name);
  if (!slug) throw new InvalidRequestError(`Cannot make a slug from the name "${input.name}": give one.`);
  return db.transaction(async (tx) => {
    const parentId = input.parent ? await resolveRef(tx, 'stakeholders', input.parent) : null;
    const { ids } = await upsertStakeholders(
      tx,
      [{ slug, name: input.name, kind: input.kind, role: input.role ?? null, aliases: input.aliases ?? [] }],
      { origin: 'EDITOR' },
    );
    await bumpCatalogueVersion(tx);
    // Every instance drops cached reads that show the old entry (server/response-cache.ts).
    await notifyCommit(tx, {});
    const id = ids.get(slug);
    if (id === undefined) throw new Error('stakeholder upsert returned no row');
    if (parentId === id) throw new InvalidRequestError('A stakeholder cannot be its own parent.');
    if (parentId !== null) await tx.update(stakeholders).set({ parentId }).where(eq(stakeholders.id, id));
    return id;
  });
}

/**
 * Folds `source` into `target`: statements, positions, mentions and members move over,
 * the source's name and aliases become the target's aliases, and the source is deleted.
 */
export async function mergeStakeholders(db: Database, sourceRef: RowRef, targetRef: RowRef): Promise<number> {
  return db.transaction(async (tx) => {
    const sourceId = await resolveRef(tx, 'stakeholders', sourceRef);
    const targetId = await resolveRef(tx, 'stakeholders', targetRef);
    if (sourceId === targetId) throw new InvalidRequestError('Cannot merge a stakeholder into itself.');
    await tx.execute(sql`update statements set speaker_id = ${targetId} where speaker_id = ${sourceId}`);
    await tx.execute(sql`update positions set stakeholder_id = ${targetId} where stakeholder_id = ${sourceId}`);
    await tx.execute(sql`update stakeholders set parent_id = ${targetId} where parent_id = ${sourceId} and id <> ${targetId}`);
    // Both may be mentioned in one article: add the counts rather than collide on the key.
    await tx.execute(sql`
      insert into article_mentions (article_id, stakeholder_id, mentions, first_offset)
      select article_id, ${targetId}, mentions, first_offset from article_mentions where stakeholder_id = ${sourceId}
      on conflict (article_id, stakeholder_id) do update
        set mentions = article_mentions.mentions + excluded.mentions,
            first_offset = least(article_mentions.first_offset, excluded.first_offset)`);
    await tx.execute(sql`
      update stakeholders t set
        aliases = array(select distinct a from unnest(t.aliases || s.aliases || array[s.name]) a where a <> t.name order by a),
        role = coalesce(t.role, s.role),
        parent_id = coalesce(t.parent_id, nullif(s.parent_id, t.id))
      from stakeholders s where t.id = ${targetId} and s.id = ${sourceId}`);
    await tx.delete(stakeholders).where(eq(stakeholders.id, sourceId));
    await bumpCatalogueVersion(tx);
    await notifyCommit(tx, {});
    return targetId;
  });
}
