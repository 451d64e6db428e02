import type { Database } from '../../src/db/client.js';
import type { Catalogue, Extraction, ExtractedStatement, Stance } from '../../src/ingest/types.js';
import { storeCatalogue } from '../../src/services/catalogue.js';
import { type ArticleInput, storeArticle } from '../../src/services/ingest.js';

/** A small hand-written catalogue: enough to exercise every relation of the API. */
export const catalogue: Catalogue = {
  stakeholders: [
    { slug: 'russia', name: 'Russia', kind: 'COUNTRY', aliases: ['Moscow', 'the Kremlin'] },
    { slug: 'ukraine', name: 'Ukraine', kind: 'COUNTRY', aliases: ['Kyiv'] },
    { slug: 'vladimir-putin', name: 'Vladimir Putin', kind: 'PERSON', role: 'President of Russia', parent: 'russia', aliases: ['Putin'] },
    { slug: 'volodymyr-zelensky', name: 'Volodymyr Zelensky', kind: 'PERSON', role: 'President of Ukraine', parent: 'ukraine', aliases: ['Zelensky'] },
  ],
  topics: [
    { slug: 'peace-talks', name: 'Peace talks', keywords: ['peace talks', 'negotiations'] },
    { slug: 'ceasefire', name: 'Ceasefire', keywords: ['ceasefire', 'truce'] },
  ],
};

interface Said {
  speaker: string;
  quote: string;
  topics?: string[];
  stance?: Stance;
}

/**
 * Builds an article whose body is the given statements, with the extraction an ideal
 * extractor would return for it (exact offsets), so API tests do not depend on extraction quality.
 */
export function articleSaying(title: string, said: Said[], extra: Partial<ArticleInput> = {}) {
  const nameOf = (slug: string) => catalogue.stakeholders.find((s) => s.slug === slug)?.name ?? slug;
  const body = said.map((s) => `${nameOf(s.speaker)} said: “${s.quote}”`).join('\n\n');
  let cursor = 0;
  const statements: ExtractedStatement[] = said.map((s) => {
    const start = body.indexOf(s.quote, cursor);
    cursor = start + s.quote.length;
    return { speaker: s.speaker, quote: s.quote, kind: 'DIRECT', start, end: cursor, confidence: 0.9, basis: 'cue-before', topics: s.topics ?? [], cue: { start: start - 7, end: start - 3, text: 'said' }, clause: null };
  });
  const speakers = [...new Set(said.map((s) => s.speaker))];
  const extraction: Extraction = {
    version: 'test',
    statements,
    stakeholders: speakers.map((slug) => {
      const known = catalogue.stakeholders.find((s) => s.slug === slug);
      return {
        slug,
        name: known?.name ?? slug,
        kind: known?.kind ?? 'PERSON',
        role: known?.role ?? null,
        parent: known?.parent ?? null,
        confidence: 1,
        aliases: [],
        known: known !== undefined,
        mentions: statements.filter((s) => s.speaker === slug).map(({ start, end }) => ({ start, end })),
      };
    }),
    positions: said.flatMap((s, i) =>
      s.stance && s.topics?.[0]
        ? [{ stakeholder: s.speaker, topic: s.topics[0], stance: s.stance, evidence: s.quote, statement: i, start: 0, end: 0, confidence: 0.8 }]
        : [],
    ),
  };
  return { input: { title, body, ...extra }, extraction };
}

/** Stores the small test catalogue above (not the shipped one). */
export async function storeTestCatalogue(db: Database) {
  await storeCatalogue(db, catalogue);
}

export async function storeSaying(db: Database, title: string, said: Said[], extra: Partial<ArticleInput> = {}) {
  const { input, extraction } = articleSaying(title, said, extra);
  return storeArticle(db, input, extraction);
}
