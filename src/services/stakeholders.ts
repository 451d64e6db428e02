import { inArray, sql } from 'drizzle-orm';
import type { Database } from '../db/client.js';
import { stakeholders } from '../db/schema.js';
import type { StakeholderKind } from '../ingest/types.js';

type Executor = Pick<Database, 'insert' | 'select' | 'execute'>;

export interface StakeholderRecord {
  slug: string;
  name: string;
  kind: StakeholderKind;
  role?: string | null | undefined;
  /** slug of the parent stakeholder */
  parent?: string | null | undefined;
  aliases: string[];
}

/**
 * Inserts stakeholders or merges them into the existing rows with the same slug, in two
 * statements whatever their number. With `authoritative` (the catalogue, an editor) name,
 * kind and role are overwritten; otherwise (extraction) known facts are only filled in.
 * Aliases always accumulate. Returns slug → id for every given stakeholder.
 */
export async function upsertStakeholders(
  tx: Executor,
  records: StakeholderRecord[],
  { authoritative }: { authoritative: boolean },
): Promise<Map<string, number>> {
  if (records.length === 0) return new Map();
  const mergedAliases = sql`array(select distinct a from unnest(${stakeholders.aliases} || excluded.aliases) a order by a)`;
  const rows = await tx
    .insert(stakeholders)
    .values(records.map(({ slug, name, kind, role, aliases }) => ({ slug, name, kind, role: role ?? null, aliases })))
    .onConflictDoUpdate({
      target: stakeholders.slug,
      set: authoritative
        ? { name: sql`excluded.name`, kind: sql`excluded.kind`, role: sql`excluded.role`, aliases: mergedAliases }
        : { role: sql`coalesce(${stakeholders.role}, excluded.role)`, aliases: mergedAliases },
    })
    .returning({ id: stakeholders.id, slug: stakeholders.slug });
  const ids = new Map(rows.map((row) => [row.slug, row.id]));
  await linkParents(tx, records, ids, authoritative);
  return ids;
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
    return id === undefined || parentId === undefined ? [] : [sql`(${id}::int, ${parentId}::int)`];
  });
  if (links.length === 0) return;
  const parent = authoritative ? sql`link.parent_id` : sql`coalesce(${stakeholders.parentId}, link.parent_id)`;
  await tx.execute(
    sql`update ${stakeholders} set parent_id = ${parent} from (values ${sql.join(links, sql`, `)}) as link(id, parent_id) where ${stakeholders.id} = link.id`,
  );
}
