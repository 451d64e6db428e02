/** Loads and validates the seeds catalogue (seeds/stakeholders.json, seeds/topics.json). */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { stakeholderKinds, type Catalogue } from '../ingest/types.js';

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'kebab-case slug');

const stakeholderSchema = z.object({
  slug,
  name: z.string().min(1),
  kind: z.enum(stakeholderKinds),
  role: z.string().nullable().optional(),
  parent: slug.nullable().optional(),
  aliases: z.array(z.string().min(1)),
});

const topicSchema = z.object({ slug, name: z.string().min(1), keywords: z.array(z.string().min(1)).min(1) });

/** Parse both seed arrays; throws one error listing every problem. */
export function parseCatalogue(stakeholders: unknown, topics: unknown): Catalogue {
  const s = z.array(stakeholderSchema).safeParse(stakeholders);
  const t = z.array(topicSchema).safeParse(topics);
  const problems = [...(s.success ? [] : s.error.issues), ...(t.success ? [] : t.error.issues)];
  if (!s.success || !t.success) {
    throw new Error(`invalid catalogue:\n${problems.map((p) => `  ${p.path.join('.')}: ${p.message}`).join('\n')}`);
  }
  return { stakeholders: s.data, topics: t.data };
}

/** Read the catalogue from `seedsDir` (default: seeds/ under the working directory). */
export async function loadCatalogue(seedsDir = path.resolve(process.cwd(), 'seeds')): Promise<Catalogue> {
  const [stakeholders, topics] = await Promise.all([
    readFile(path.join(seedsDir, 'stakeholders.json'), 'utf8'),
    readFile(path.join(seedsDir, 'topics.json'), 'utf8'),
  ]);
  return parseCatalogue(JSON.parse(stakeholders), JSON.parse(topics));
}
