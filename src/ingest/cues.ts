/** Stance cue lexicons: which stance a clause of news English expresses. Pure, article-agnostic. */
import type { Stance } from './types.js';

/**
 * Cues in priority order: the first family that matches a clause decides its stance, so
 * the more specific readings come first ("ready to talk provided that…" is CONDITIONAL, not
 * SUPPORTS; "warned that they must…" is WARNS, not DEMANDS).
 */
const lexicon: [Stance, RegExp][] = [
  ['CONDITIONAL', /\bprovided (?:that\b)?|\bon (?:the )?condition\b|\bas long as\b|\bonly if\b|\bin exchange for\b|\bin return for\b|\b(?:ready|willing|prepared) (?:to|for)\b[^.;]*\b(?:compromise|if|unless|provided|(?:towards|to) those)\b/i],
  ['REJECTS', /\breject|\bnull and void\b|\bunacceptable\b|\brefus(?:e|es|ed|al|ing)\b|\bdismiss|\billegitimate\b|\b(?:cannot|can't|will not|won't) (?:accept|recogni[sz]e|have|produce) any legal\b|\b(?:will not|won't|would never|will never) accept\b|\bruled? out\b|\bturned down\b/i],
  ['WARNS', /\bwarn|\bthreaten|\bwill (?:\w+ )?(?:destroy|obliterate|retaliate|pay a (?:heavy |high )?price)\b|\b(?:is|are) going to lead to\b|\b(?:will|would|could|may|might) lead to\b|\bdanger(?:s|ous)?\b|\bconsequences\b|\bescalation\b|\b(?:cannot|can't|could not|will not|won't) (?:be implemented|succeed|work)\b|\bno \w+\b[^.;]{0,60}\bcan be (?:implemented|achieved|built|done)\b/i],
  ['DEMANDS', /\bdemand|\bcall(?:ed|s|ing)? (?:on|upon)\b|\bcall(?:ed|s|ing)? for\b|\burg(?:e|es|ed|ing)\b|\binsist|\bmake sure\b|\bmust\b(?! remain)|\brequire|\b(?:encourag(?:e|es|ed|ing)|direct(?:s|ed|ing)|order(?:s|ed|ing)|instruct(?:s|ed|ing)|press(?:es|ed|ing)|ask(?:s|ed|ing)) (?!to\b)(?:[\w-]+ ){1,5}to \w+/i],
  ['CRITICIZES', /\bcritici[sz]|\bdenounc|\bcondemn|\bdeplor|\bdecr(?:y|ied|ies)\b|\bslam(?:s|med)?\b|\blambast|\bblame|\baccus|\bmistake\b|\bstab in the back\b|\black of understanding\b|\bimpulsive\b|\bundone\b|\bbetray|\binsult|\btheft\b|\bridiculous\b|\bdastardly\b|\bdisrespect|\bdestructive\b|\bsuffering\b|\bviolence\b|\binstability\b|\bchaos\b|\breneg(?:e|ing|ed)\b|\bdeception\b|\bshameful\b|\breckless\b|\birresponsible\b|\bdisastrous\b|\babandoned\b|\b(?:big|biggest|outright) lie\b|\bcosts? \w+ (?:between )?(?:US)?\$/i],
  ['OPPOSES', /\boppos(?:e|es|ed|ing)\b|\bopposition to\b|\bgoes against\b|\b(?:is|are|was|were|stand|stands|came out|voted?) (?:firmly |strongly )?against\b|\bwithdr[ae]w\b(?:\s+[\w.]+){0,3}\s+from\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}(?:deal|treaty|agreement|accord|pact|convention)\b|\bpull(?:ed|s)? out of (?:an?|the) (?:[\w-]+ ){0,3}(?:deal|treaty|agreement|accord|pact)\b|\brenunciation\b|\bless help\b|\bbann?(?:ed|s)\b(?<!\b(?:is|are|was|were|been|be) bann?(?:ed|s))|\bsecurity concerns\b|\bconcerns? (?:about|over)\b|\bobject(?:ed|s|ion)\b/i],
  ['PROPOSES', /\bpropos(?:e|es|ed|al|als|ing)\b(?<!\b(?:the|a|an) propos\w+)|\boffer(?:ed|s|ing)?\b|\binvit(?:ed|es|ing)\b|\bsuggest|\bput forward\b|\b(?:announced|unveiled|launched) (?:an?|its|their) (?:[\w-]+ ){0,3}(?:plan|system|initiative|scheme|programme|program|mechanism|fund|framework|proposal)\b/i],
  ['SUPPORTS', /\bsupport(?:s|ed)?\b(?! of\b)|\b(?:ready|willing) to\b|\bwelcom|\bjoin(?:ed|s)?\b(?<!\b(?:called|invited|asked) to join(?:ed|s)?)(?! (?:the )?(?:talks|meeting|discussions|personnel)\b)|\bsign(?:ed|s)?\b|\bcommit(?:ted|ment)\b|\blegitimate\b|\bcompatible with\b|\bsuccess\b|\bgame changer\b|\bkeep (?:the|a|an) [\w-]+ (?:alive|operational|going|in place)\b|\bdefend(?:ed|s)\b|\baim\b|\bgoal\b|\bin favou?r\b|\brestored\b|\bback(?:ed|s)\b|\bendors|\bprais|\bapplaud|\bhail(?:ed|s)?\b|\bagreed (?:on|to)\b|\bwithout\b[^.;]{0,60}\bwould(?:'ve| have)? (?:been )?(?:handicapped|impossible|incomplete|crippled|doomed|weakened|weaker)\b/i],
];

/** Every cue family at once: most clauses carry none, and one scan says so. */
const anyCue = new RegExp(lexicon.map(([, re]) => re.source).join('|'), 'i');

/** Calling for something states a demand and, with it, support for the thing demanded. */
const entails: Partial<Record<Stance, [RegExp, Stance]>> = {
  DEMANDS: [/\bcall(?:ed|s|ing)? for\b/i, 'SUPPORTS'],
};

/** Calling for a new thing to be set up proposes it rather than requiring it. */
const proposal = /\bcall(?:ed|s|ing)? for\b[^.;]{0,80}\bto be (?:set up|established|created|formed|built)\b/i;

/** A directive verb right before a quotation makes the quoted words the content of a demand. */
const directiveFrame = /\b(?:direct|order|urg|ask|instruct|encourag|press|tell|told|call(?:ed|s|ing)? (?:on|upon))\w*\b[^.;!?]{0,80}?\bto\s*["“«„‘']?\s*$/i;

const clauseBreak = /;|,\s*(?=(?:and|but|while|whereas|saying|adding|calling|claiming|noting|arguing|describing)\b)|\s(?=(?:where|whereas)\s)|(?<=[.!?])\s+/;

/** The stance of the highest-priority cue family in `text`, or null. */
export function stanceOf(text: string): Stance | null {
  if (!anyCue.test(text)) return null;
  if (proposal.test(text)) return 'PROPOSES';
  for (const [stance, re] of lexicon) if (re.test(text)) return stance;
  return null;
}

/** The deciding cue of a clause: its stances (own plus implied) and where the cue sits. */
export function clauseCue(clause: string): { stances: Stance[]; at: number; end: number } | null {
  if (!anyCue.test(clause)) return null;
  const p = proposal.exec(clause);
  if (p) return { stances: ['PROPOSES'], at: p.index, end: p.index + p[0].length };
  for (const [stance, re] of lexicon) {
    const m = re.exec(clause);
    if (!m) continue;
    const implied = entails[stance];
    const stances: Stance[] = implied && implied[0].test(clause) ? [stance, implied[1]] : [stance];
    return { stances, at: m.index, end: m.index + m[0].length };
  }
  return null;
}

/** The stances a clause entails: its own, plus what that stance implies. */
export function clauseStances(clause: string): Stance[] {
  return clauseCue(clause)?.stances ?? [];
}

/** Clause spans of `text` (offsets relative to it): sentences split at `;`, `, and`, `, saying`… */
export function clauses(text: string): { from: number; to: number }[] {
  const out: { from: number; to: number }[] = [];
  const re = new RegExp(clauseBreak.source, 'g');
  let from = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index > from) out.push({ from, to: m.index });
    from = m.index + m[0].length;
    if (m[0].length === 0) re.lastIndex++;
  }
  if (from < text.length) out.push({ from, to: text.length });
  return out;
}

/** Every stance the clauses of `text` express, in order of first appearance. */
export function stancesOf(text: string): Stance[] {
  const seen = new Set<Stance>();
  for (const c of clauses(text)) for (const s of clauseStances(text.slice(c.from, c.to))) seen.add(s);
  return [...seen];
}

/** Whether `text` calls for something new to be set up (PROPOSES rather than DEMANDS). */
export function callsForCreation(text: string): boolean {
  return proposal.test(text);
}

/** DEMANDS when the words before a quotation direct someone to do what it says. */
export function framedAsDirective(before: string): boolean {
  return directiveFrame.test(before);
}
