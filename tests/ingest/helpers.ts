import { readCatalogue } from '../../src/seeds/files.js';
import { extract } from '../../src/ingest/extract.js';
import type { Catalogue } from '../../src/ingest/types.js';

export const catalogue: Catalogue = await readCatalogue();

/** Extract a body and return statements with speaker names instead of slugs. */
export function said(body: string, title = 'Headline') {
  const x = extract({ title, body }, catalogue);
  const names = new Map(x.stakeholders.map((s) => [s.slug, s.name]));
  return {
    ...x,
    named: x.statements.map((s) => ({ speaker: names.get(s.speaker) ?? s.speaker, quote: s.quote, kind: s.kind })),
    holders: x.positions.map((p) => ({ stakeholder: names.get(p.stakeholder) ?? p.stakeholder, topic: catalogue.topics.find((t) => t.slug === p.topic)?.name, stance: p.stance })),
  };
}
