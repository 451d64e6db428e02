/**
 * The contract between pure extraction (`src/ingest/`) and everything that stores or
 * serves its result. Offsets are UTF-16 indices into the article *body* (the text after
 * the headline and its blank line), so `body.slice(start, end)` is the evidence.
 */

export const stakeholderKinds = ['PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP'] as const;
export type StakeholderKind = (typeof stakeholderKinds)[number];

/** Where a stakeholder comes from: the shipped catalogue, an editor's mutation, or articles read. */
export const stakeholderOrigins = ['CATALOGUE', 'EDITOR', 'LEARNED'] as const;
export type StakeholderOrigin = (typeof stakeholderOrigins)[number];

export const statementKinds = ['DIRECT', 'REPORTED'] as const;

/**
 * How a statement's speaker was found, from the most to the least direct evidence. Each basis has a
 * confidence measured on annotated news (`lexicon/confidence.json`, made by `npm run train`).
 */
export const bases = [
  'cue-after', // “…,” Smith said / said Smith / according to Smith
  'cue-before', // Smith said: “…” / Smith said the plan was “a disaster”
  'cue-elsewhere', // a cue elsewhere in the sentence
  'colon', // Jane Doe: “…”
  'dash', // “…” ― Jane Doe
  'transcript', // “SMITH: …”
  'subject', // no cue: the subject of the sentence the quotation sits in
  'carried', // no cue: the speaker the paragraph or the previous one carries
  'block-line', // an unmarked block followed by a “Name, Title” line
  'block-intro', // an unmarked block after a paragraph ending in a colon
  'unattributed', // a quotation nobody is found to say
  'reported', // reported speech with its source
  'reported-unnamed', // reported speech whose source names no stakeholder
] as const;
export type Basis = (typeof bases)[number];
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
  /** how sure extraction is that this is a real stakeholder (1 for catalogue entries) */
  confidence: number;
  mentions: Span[];
}

export interface ExtractedStatement extends Span {
  /** slug of the speaking stakeholder, or null when no speaker could be found */
  speaker: string | null;
  /** verbatim text: the words between the marks, the block paragraph, or the reported clause */
  quote: string;
  kind: StatementKind;
  confidence: number;
  /** slugs of catalogue topics this statement is about */
  topics: string[];
  /** how the speaker was found; `confidence` is the measured precision of statements found this way */
  basis: Basis;
  /** the reporting cue ("said", "according to"); null when the speaker was carried over from context */
  cue: (Span & { text: string }) | null;
  /** a DIRECT quotation inside reported speech: the reported clause around it */
  clause: Span | null;
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
  /** the extractor that produced this (see `extractorVersion`) */
  version: string;
  statements: ExtractedStatement[];
  stakeholders: ExtractedStakeholder[];
  positions: ExtractedPosition[];
}
