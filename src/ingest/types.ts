/**
 * The contract between pure extraction (`src/ingest/`) and everything that stores or
 * serves its result. Offsets are UTF-16 indices into the article *body* (the text after
 * the headline and its blank line), so `body.slice(start, end)` is the evidence.
 */

export const stakeholderKinds = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

export const statementKinds = ['DIRECT', 'REPORTED'] as const;
export type StatementKind = (typeof statementKinds)[number];

/** DIVIDED is in the corpus vocabulary: a group whose members disagree. */
export const stances = [
  'SUPPORTS',
  'OPPOSES',
  'DEMANDS',
  'REJECTS',
  'CONDITIONAL',
  'PROPOSES',
  'WARNS',
  'CRITICIZES',
  'DIVIDED',
] as const;
export type Stance = (typeof stances)[number];

/** One entry of `seeds/stakeholders.json`. */
export interface CatalogueStakeholder {
  slug: string;
  name: string;
  kind: StakeholderKind;
  role?: string | null;
  /** slug of the parent stakeholder (a person's country or organisation) */
  parent?: string | null;
  aliases: string[];
}

/** One entry of `seeds/topics.json`. */
export interface CatalogueTopic {
  slug: string;
  name: string;
  keywords: string[];
}

export interface Catalogue {
  stakeholders: CatalogueStakeholder[];
  topics: CatalogueTopic[];
}

export interface ArticleText {
  title: string;
  body: string;
}

export interface Span {
  start: number;
  end: number;
}

export interface ExtractedStakeholder {
  /** stable key: the catalogue slug, or a slug made from the name for new stakeholders */
  slug: string;
  name: string;
  kind: StakeholderKind;
  role: string | null;
  /** slug of the parent stakeholder, if known */
  parent: string | null;
  /** surface forms seen in this article (and catalogue aliases for catalogue entries) */
  aliases: string[];
  /** true when the stakeholder came from the catalogue */
  known: boolean;
  mentions: Span[];
}

export interface ExtractedStatement extends Span {
  /** slug of the speaking stakeholder */
  speaker: string;
  /** verbatim text: the words between the marks, the block paragraph, or the reported clause */
  quote: string;
  kind: StatementKind;
  confidence: number;
  /** slugs of catalogue topics this statement is about */
  topics: string[];
}

export interface ExtractedPosition {
  /** slug of the stakeholder holding the position */
  stakeholder: string;
  /** slug of a catalogue topic (topics are never invented) */
  topic: string;
  stance: Stance;
  /** short verbatim excerpt of the body supporting the stance */
  evidence: string;
  /** index into `statements` when a statement evidences the position */
  statement: number | null;
  start: number;
  end: number;
  confidence: number;
}

export interface Extraction {
  statements: ExtractedStatement[];
  stakeholders: ExtractedStakeholder[];
  positions: ExtractedPosition[];
}
