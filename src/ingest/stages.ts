/**
 * Hand-off types between the stages of the extraction pipeline (segment → quotes → mentions →
 * entities → attribution → topics → stance). Offsets are UTF-16 indices into the article body.
 */
import type { Entity } from './entities/registry.js';
import type { CueClass, Gender } from './lexicon/lexicon.js';

export interface Span {
  start: number;
  end: number;
}

export interface Paragraph extends Span {
  index: number;
  text: string;
}

/** A sentence of narration; `masked` is its text with quotation interiors blanked (same length). */
export interface Sentence extends Span {
  index: number;
  paragraph: number;
  text: string;
  masked: string;
}

export interface QuoteSpan extends Span {
  /** offsets of the opening and closing marks (close = paragraph end when left open) */
  open: number;
  close: number;
  depth: number;
  single: boolean;
  closed: boolean;
}

export type MentionType = 'NAME' | 'PRONOUN' | 'ROLE' | 'GROUP' | 'ORG';

/** A phrase that may refer to a speaker or holder. */
export interface Mention extends Span {
  type: MentionType;
  /** surface text */
  text: string;
  /** NAME/ORG: the name without title; ROLE/GROUP: the head noun; PRONOUN: the pronoun, lower-case */
  name: string;
  /** title or honorific words before the name ("Sen.", "Secretary of State") */
  title: string | null;
  gender: Gender | null;
  plural: boolean;
  possessive: boolean;
  /** governed by a preposition, so not the subject of its clause */
  afterPrep: boolean;
  /** ROLE/GROUP: starts with a/an/some…: a new, unnamed referent */
  indefinite: boolean;
  /** ORG made from a person's name ("the Trump campaign"): that person's name */
  owner: string | null;
  /** ROLE: the body it belongs to, "the future tenant of the White House" → "White House" */
  of: string | null;
}

/** A speech or thought cue in narration. */
export interface CueHit extends Span {
  lemma: string;
  cls: CueClass;
  weak: boolean;
  /** the cue is "according to" */
  according: boolean;
}

/** What attribution hands to the stance stage for each sentence. */
export interface SentenceFacts {
  sentence: Sentence;
  mentions: Mention[];
  /** the stakeholder of each mention (same index), null when unresolved */
  entities: (Entity | null)[];
  cues: CueHit[];
  /** indexes into the extraction's statements of those made in this sentence */
  statements: number[];
}
