import { extract } from '../../src/ingest/extract.js';
import type { Catalogue } from '../../src/ingest/types.js';
import { readCatalogue } from '../../src/seeds/files.js';

export const catalogue: Catalogue = await readCatalogue();

/** Extract a body and return statements with speaker names instead of slugs. */
export function said(body: string, title = 'Headline') {
  const x = extract({ title, body }, catalogue);
  const names = new Map(x.stakeholders.map((s) => [s.slug, s.name]));
  const nameOf = (slug: string | null): string | null => (slug === null ? null : (names.get(slug) ?? slug));
  return {
    ...x,
    named: x.statements.map((s) => ({ speaker: nameOf(s.speaker), quote: s.quote, kind: s.kind })),
    holders: x.positions.map((p) => ({ stakeholder: nameOf(p.stakeholder), topic: catalogue.topics.find((t) => t.slug === p.topic)?.name, stance: p.stance })),
    kind: (name: string) => x.stakeholders.find((s) => s.name === name)?.kind,
  };
}

/** The speaker given to the statement whose text is `quote`. */
export function speakerOf(body: string, quote: string): string | null | undefined {
  const bare = (q: string): string => q.replace(/[,.]$/, '');
  return said(body).named.find((s) => bare(s.quote) === bare(quote))?.speaker;
}
