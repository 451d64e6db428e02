/**
 * The extraction pipeline: text in, statements, stakeholders and positions out. Pure: no I/O.
 * segment → quotes → mentions → entities → attribution → topics → stance.
 */
import { Attributor } from './attribution/attributor.js';
import { Directory } from './entities/directory.js';
import { Registry, type Entity } from './entities/registry.js';
import { Resolver } from './entities/resolver.js';
import { findBlocks } from './quotes/blocks.js';
import { findQuotes, quoteView } from './quotes/marks.js';
import { collapseSpaces, lines, paragraphs } from './segment/paragraphs.js';
import { maskQuotes } from './segment/sentences.js';
import type { Paragraph, QuoteSpan } from './stages.js';
import { inferPositions } from './stance/positions.js';
import { linkTopics, TopicIndex } from './topics/topics.js';
import type { ArticleText, Catalogue, ExtractedStakeholder, Extraction } from './types.js';

/** Stored with every statement, so `reextract` knows what an older extractor produced. */
export const extractorVersion = '2.0.0';

interface Indexes {
  dir: Directory;
  topics: TopicIndex;
}
const cache = new WeakMap<Catalogue, Indexes>();

function indexes(catalogue: Catalogue): Indexes {
  let found = cache.get(catalogue);
  if (!found) {
    found = { dir: new Directory(catalogue), topics: new TopicIndex(catalogue.topics) };
    cache.set(catalogue, found);
  }
  return found;
}

/** Extract attributed statements, stakeholders and positions from one article. Throws only on a bug. */
export function extract(article: ArticleText, catalogue: Catalogue): Extraction {
  const { body } = article;
  const { dir, topics } = indexes(catalogue);
  const paras = readable(paragraphs(body), article.title);
  const view = quoteView(body);
  const quotes: QuoteSpan[] = paras.flatMap((p) => findQuotes(view, lines(body, p)));
  const masked = maskQuotes(body, quotes);
  const registry = new Registry(dir);
  const attributor = new Attributor(body, masked, quotes, new Resolver(registry), dir);
  const blocks = findBlocks(paras);
  const nameLines = new Set([...blocks.values()].flatMap((b) => (b.nameLine ? [b.nameLine.paragraph] : [])));
  paras.forEach((p, i) => {
    const block = blocks.get(i);
    if (block) attributor.block(p, block);
    else if (!nameLines.has(i)) attributor.paragraph(p);
  });
  const statements = attributor.statements;
  linkTopics(statements, topics);
  const positions = inferPositions(attributor.facts, statements, registry, topics, article.title, body);
  const used = new Set([...statements.flatMap((s) => (s.speaker ? [s.speaker] : [])), ...positions.map((p) => p.stakeholder)]);
  return { version: extractorVersion, statements, stakeholders: stakeholdersOut(registry.entities.values(), used), positions };
}

/** Paragraphs worth reading: not a repeat of the headline, and with at least one letter. */
function readable(paras: Paragraph[], title: string): Paragraph[] {
  const headline = collapseSpaces(title);
  return paras.filter((p) => /\p{L}/u.test(p.text) && collapseSpaces(p.text) !== headline);
}

/**
 * How sure the extraction is that an entity is a real stakeholder: a catalogue entry is certain; a
 * full name that spoke or carries a title almost; a lone surname, an honorific-only name or a group
 * much less. Only learned entries of 0.8 and above become names the next articles are read with.
 */
function stakeholderConfidence(e: Entity): number {
  if (e.known) return 1;
  const words = e.name.split(' ').length;
  if (e.kind === 'GROUP') return 0.4;
  if (e.kind === 'PERSON') {
    if (/^(?:Mr|Mrs|Ms|Miss|Dr)\.? /.test(e.name)) return 0.6;
    if (words < 2) return e.strong ? 0.6 : 0.4;
    return e.strong ? (e.role ? 0.9 : 0.85) : 0.6;
  }
  return e.strong ? 0.8 : 0.5;
}

function stakeholdersOut(entities: Iterable<Entity>, used: Set<string>): ExtractedStakeholder[] {
  return [...entities]
    .filter((e) => used.has(e.slug) || (e.strong && e.kind !== 'GROUP'))
    .map((e) => ({
      slug: e.slug,
      name: e.name,
      kind: e.kind,
      role: e.role,
      parent: e.parent,
      aliases: [...e.aliases].filter((a) => a !== e.name).sort(),
      known: e.known,
      confidence: stakeholderConfidence(e),
      mentions: e.mentions.filter((m) => m.end > m.start),
    }));
}
