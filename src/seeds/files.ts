import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { parseArticle } from '../ingest/article-text.js';
import { type ArticleText, type Catalogue, stakeholderKinds } from '../ingest/types.js';

/** The repository's `seeds/` folder, wherever the process was started from. */
export const seedsDir = fileURLToPath(new URL('../../seeds/', import.meta.url));

const slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'expected a kebab-case slug');

const catalogueStakeholder = z.object({
  slug,
  name: z.string().min(1),
  kind: z.enum(stakeholderKinds),
  role: z.string().min(1).nullish(),
  parent: slug.nullish(),
  aliases: z.array(z.string().min(1)).default([]),
});

const catalogueTopic = z.object({ slug, name: z.string().min(1), keywords: z.array(z.string().min(1)).default([]) });

const seedArticle = z.object({
  file: z.string().regex(/^[\w.-]+\.txt$/, 'expected a .txt file name'),
  url: z.url().nullish(),
  source: z.string().nullish(),
  publishedAt: z.iso.date().nullish(),
  language: z.string().min(2).default('en'),
  license: z.string().min(1),
  synthetic: z.boolean().default(false),
});

export type SeedArticle = z.infer<typeof seedArticle>;

/** A seeds file that does not match its schema: names the file and every problem in it. */
export class SeedFileError extends Error {
  constructor(file: string, problems: string[]) {
    super(`${file} is invalid:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'SeedFileError';
  }
}

async function readJson<T>(file: string, schema: z.ZodType<T>): Promise<T> {
  const path = `${seedsDir}${file}`;
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(path, 'utf8'));
  } catch (error) {
    throw new SeedFileError(path, [error instanceof Error ? error.message : String(error)]);
  }
  return validate(path, schema, raw);
}

function validate<T>(source: string, schema: z.ZodType<T>, raw: unknown): T {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  throw new SeedFileError(source, parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`));
}

/** The stakeholder and topic catalogues shipped in `seeds/`. */
export async function readCatalogue(): Promise<Catalogue> {
  const [stakeholders, topics] = await Promise.all([
    readJson('stakeholders.json', z.array(catalogueStakeholder)),
    readJson('topics.json', z.array(catalogueTopic)),
  ]);
  return { stakeholders, topics };
}


/** The seed article list with each article's text. */
export async function readSeedArticles(): Promise<(SeedArticle & ArticleText)[]> {
  const list = await readJson('articles.json', z.array(seedArticle));
  return Promise.all(
    list.map(async (entry) => ({ ...entry, ...parseArticle(await readFile(`${seedsDir}articles/${entry.file}`, 'utf8')) })),
  );
}
