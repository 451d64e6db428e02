/**
 * The extractor's word lists, loaded once from the JSON files beside this module. Each file
 * carries a `note` saying where its words came from; this module only indexes them.
 */
import clausesFile from './clauses.json' with { type: 'json' };
import confidenceFile from './confidence.json' with { type: 'json' };
import countriesFile from './countries.json' with { type: 'json' };
import cuesFile from './cues.json' with { type: 'json' };
import firstNamesFile from './first-names.json' with { type: 'json' };
import learnedNamesFile from './first-names-learned.json' with { type: 'json' };
import honorificsFile from './honorifics.json' with { type: 'json' };
import lowercaseFile from './lowercase-words.json' with { type: 'json' };
import nounsFile from './nouns.json' with { type: 'json' };
import placesFile from './places.json' with { type: 'json' };
import pronounsFile from './pronouns.json' with { type: 'json' };
import stancesFile from './stances.json' with { type: 'json' };
import titlesFile from './titles.json' with { type: 'json' };

export type Gender = 'm' | 'f' | 'n';
export type CueClass = 'speech' | 'thought' | 'other';

export interface CueForm {
  lemma: string;
  cls: CueClass;
  /** ambiguous outside a clear attribution frame ("called", "read", "put") */
  weak: boolean;
}

export interface PronounInfo {
  person: number;
  number: 'sg' | 'pl' | null;
  gender: Gender | null;
  case: 'subject' | 'object' | 'possessive' | 'relative';
}

export interface Country {
  name: string;
  /** takes "the" in running text ("the Philippines") */
  article: boolean;
  demonyms: string[];
  capitals: string[];
}

function cueForms(): Map<string, CueForm> {
  const weak = new Set(cuesFile.weak);
  const out = new Map<string, CueForm>();
  const add = (entries: Record<string, { forms: string[] }>, cls: CueClass): void => {
    for (const [lemma, { forms }] of Object.entries(entries)) {
      for (const form of forms) if (!out.has(form)) out.set(form, { lemma, cls, weak: cls === 'other' || weak.has(lemma) });
    }
  };
  add(cuesFile.speech, 'speech');
  add(cuesFile.thought, 'thought');
  add(cuesFile.other, 'other');
  return out;
}

function gender(value: string | null): Gender | null {
  return value === 'm' || value === 'f' || value === 'n' ? value : null;
}

function genders(record: Record<string, string | null>): Map<string, Gender | null> {
  return new Map(Object.entries(record).map(([k, v]) => [k, gender(v)]));
}

function pronouns(): Map<string, PronounInfo> {
  const out = new Map<string, PronounInfo>();
  for (const [word, p] of Object.entries(pronounsFile.pronouns)) {
    const number = p.number === 'sg' || p.number === 'pl' ? p.number : null;
    const grammaticalCase = p.case === 'object' || p.case === 'possessive' || p.case === 'relative' ? p.case : 'subject';
    out.set(word, { person: p.person, number, gender: gender(p.gender), case: grammaticalCase });
  }
  return out;
}

/** Inflected form → cue lemma and class ("reiterated" → reiterate, speech). */
export const cueByForm: ReadonlyMap<string, CueForm> = cueForms();
/** Multiword cues ("according to", "pointed out") and the class they carry. */
export const cuePhrases: ReadonlyMap<string, CueClass> = new Map(Object.entries(cuesFile.phrases).map(([k]) => [k, 'speech' as const]));
/** Cues whose subject may follow them: "…," said Smith. */
export const invertibleCues: ReadonlySet<string> = new Set(cuesFile.invertible);
/** Cues whose object is the person addressed before the content: "told reporters (that) …". */
export const addresseeCues: ReadonlySet<string> = new Set(cuesFile.addressee);
/** Weak cues whose participle after a comma reports without "that": "…, noting he would …". */
export const participleCues: ReadonlySet<string> = new Set(cuesFile.participle);
/** Month names, a time between a verb of saying and its content ("said in April that"). */
export const monthNames: readonly string[] = clausesFile.months;
/** Words opening a circumstance before a sentence's subject ("In a video, a diplomat said"). */
export const openerWords: readonly string[] = clausesFile.openers;
/** Adverbs set off by commas inside a subject ("Others, however, say"). */
export const setOffAdverbs: readonly string[] = clausesFile.setOffAdverbs;
/** Nouns that name a statement ("in a statement", "her remarks"). */
export const statementNouns: ReadonlySet<string> = new Set(Object.keys(cuesFile.nouns));

/** "Mr." → m, "Sen." → null: honorifics and the gender they imply. */
export const honorifics: ReadonlyMap<string, Gender | null> = genders(honorificsFile.honorifics);
/** Lower-case title and role words that may stand before a name. */
export const titleWords: ReadonlySet<string> = new Set(titlesFile.titles);
/** Gendered role nouns: spokeswoman → f. */
export const gendered: ReadonlyMap<string, Gender | null> = genders(titlesFile.gendered);
export const pronounInfo: ReadonlyMap<string, PronounInfo> = pronouns();
/** Hand-written first names, then learned ones; a name the two disagree on says nothing. */
function firstNames(): Map<string, Gender | null> {
  const out = genders(firstNamesFile.names);
  for (const [name, g] of genders(learnedNamesFile.names)) {
    const hand = out.get(name);
    if (hand === undefined) out.set(name, g);
    else if (hand !== g) out.delete(name);
  }
  return out;
}

export const firstNameGender: ReadonlyMap<string, Gender | null> = firstNames();
/** Words usually written in lower case: a capitalised one opening a sentence is no name. */
export const lowercaseWords: ReadonlySet<string> = new Set(lowercaseFile.words);

export const roleHeads: ReadonlySet<string> = new Set(nounsFile.role);
export const groupHeads: ReadonlySet<string> = new Set(nounsFile.group);
export const organisationHeads: ReadonlySet<string> = new Set(nounsFile.organisation);
export const agencyHeads: ReadonlySet<string> = new Set(nounsFile.agency);
export const documentHeads: ReadonlySet<string> = new Set(nounsFile.document);
/** Capitalised plurals that name groups: Republicans, Iranians. */
export const groupNames: ReadonlySet<string> = new Set(nounsFile.groupNames);
export const nameParticles: ReadonlySet<string> = new Set(nounsFile.particles);
/** Capitalised function words and dates that never start a name. */
export const notNameWords: ReadonlySet<string> = new Set(nounsFile.notNames);

export const countries: readonly Country[] = countriesFile.countries;
/** US states and their abbreviations. */
export const usStates: ReadonlySet<string> = new Set(placesFile.states);
/** Words that end the name of a region ("Yaroslavl Oblast"): the name is a place. */
export const regionHeads: ReadonlySet<string> = new Set(placesFile.regionHeads);

/** Stance cue lexicon (see stances.json): verb forms and phrases by stance, and the order families are tried in. */
export const stanceLexicon = {
  priority: stancesFile.priority,
  verbs: new Map(Object.entries(stancesFile.verbs)),
  phrases: Object.entries(stancesFile.phrases).flatMap(([stance, list]) => list.map((phrase) => ({ stance, phrase }))),
  negated: new Map(Object.entries(stancesFile.negated)),
  negators: new Set(stancesFile.negators),
};

const confidences: ReadonlyMap<string, number> = new Map(Object.entries(confidenceFile.bases));

/** The measured precision of statements whose speaker was found this way (see confidence.json). */
export function confidenceOf(basis: string): number {
  return confidences.get(basis) ?? confidenceFile.default;
}
