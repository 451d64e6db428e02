/**
 * Reported speech in one sentence: "Smith said (that) …", "…, Smith said.", "…, said Smith.",
 * "According to Smith, …", "…, according to Smith." The content runs to the end of its clause.
 */
import { addresseeCues, monthNames, openerWords, participleCues, setOffAdverbs } from '../lexicon/lexicon.js';
import type { CueHit, Mention, Span } from '../stages.js';
import { accordingSource, inheritsSubject, mainSubject, subjectAfter, subjectBefore } from './frames.js';
import type { SentenceParts } from './quote-source.js';

export interface ReportedClause extends Span {
  cue: CueHit;
  /** who says it; null for a source no mention covers ("Two in three voters said") */
  mention: Mention | null;
}

const timeWord = `(?:late|early|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|today|yesterday|recently|later|earlier|also|again|repeatedly|publicly|privately|previously|once|last\\s+\\w+|this\\s+\\w+|on\\s+\\w+|in\\s+(?:a|an|his|her|their|its)\\s+[\\w-]+(?:\\s+(?!(?:of|to|in|at|on|with|for|from|by|about)\\b)[\\w-]+)?|in\\s+(?:${monthNames.join('|')}|\\d{4})(?:\\s+\\d{4})?|during\\s+(?:a|an|the|his|her|their|its)\\s+[\\w-]+(?:\\s+(?!(?:of|to|in|at|on|with|for|from|by|about)\\b)[\\w-]+)?|on\\s+(?:Twitter|Facebook|Instagram|Fox|CNN|MSNBC|television|TV|radio)|at\\s+(?:a|an|the)\\s+[\\w-]+(?:\\s+(?!(?:of|to|in|at|on|with|for|from|by|about)\\b)[\\w-]+)?)`;
const leadSkip = new RegExp(`^(?:\\s*,)?(?:\\s+${timeWord}\\b,?|\\s*(?:[—–]|--)\\s[^—–]{1,60}?\\s(?:[—–]|--))*`, 'u');
const objectSkip = /^\s+(?:(?:the|a|an)\s+)?(?:[\p{L}.'’-]+)(?:\s+\p{Lu}[\p{L}.'’-]+){0,3}(?=\s+that\b|\s*,|\s+(?:he|she|they|it|the|a|an|his|her|their|its|we|i|this|there)\b)/u;
const thatSkip = /^\s*,?\s*(?:that|whether|if)\b/u;
const tail = new RegExp(`^(?:(?:\\s+${timeWord})|\\s+(?:him|her|them|me|us|reporters|supporters|the\\s+[\\w-]+(?:\\s+[\\w-]+)?|[\\p{Lu}][\\w.'’-]*(?:\\s+\\p{Lu}[\\w.'’-]*){0,4})|\\s+to\\s+(?:reporters|supporters|the\\s+[\\w-]+(?:\\s+[\\w-]+)?|[\\p{Lu}][\\w.'’-]*(?:\\s+\\p{Lu}[\\w.'’-]*){0,3}))*\\s*[.!?]?\\s*$`, 'u');
const clauseStop = /;|\s[—–]\s|,\s+according to\b|,\s+(?:telling|saying|adding|noting|arguing|insisting|writing|explaining|warning)\b|,\s+(?:and|but)\s+(?=(?:he|she|they|it|the|a|an|\p{Lu})[^,;]{0,40}?\s(?:said|says|added|told|noted|argued|warned|insisted)\b)|,?\s+(?:and|but)\s+(?:also\s+)?(?=(?:said|says|added|told|noted|argued|warned|insisted)\b)/u;
const words = /[\p{L}\p{N}]+/gu;
const notContent = /^\s*(?:after|as|before|while|when|whenever|during|since|until|at|to|for|in|on|of|with|about|from|by|and|or|but|several|because|though|although|if|upon|without|later|earlier)\b/u;

/** Reported clauses of a sentence with the mention that says each (outermost attributions only). */
export function reportedClauses(p: SentenceParts, quoteMask: string): ReportedClause[] {
  const out: ReportedClause[] = [];
  for (const c of p.cues) {
    if (c.cls === 'other' || out.some((r) => c.start >= r.start && c.start < r.end && !reportsWithin(p, c, r))) continue;
    const r = c.according ? according(p, c) : (askedQuestion(p, c) ?? parenthetical(p, c) ?? inverted(p, c) ?? forward(p, c));
    if (r && ownWords(quoteMask, r) >= 3) out.push(r);
  }
  return out;
}

/**
 * "Reuters reported a government source, whom they did not name, said …": a report whose content
 * opens with its own source and verb of saying carries a second, inner report, which is kept.
 */
function reportsWithin(p: SentenceParts, c: CueHit, outer: ReportedClause): boolean {
  if (c.cls !== 'speech' || c.weak) return false;
  const source = subjectBefore(p.s, p.mentions, c, outer.start, true);
  if (source) return source.start === outer.start;
  return innerSource.test(p.s.masked.slice(outer.start - p.s.start, c.start - p.s.start));
}

/** A source that no mention covers, with at most a relative clause: "a government source, whom they did not name,". */
const innerSource = /^(?:the|a|an|one|two|three|several|some)\s+[^,;:]{1,60}?(?:\s*,\s*(?:who|whom|which)\b[^,;:]{1,80},)?\s*$/u;

function forward(p: SentenceParts, c: CueHit): ReportedClause | null {
  const mention = subjectBefore(p.s, p.mentions, c, p.s.start, true) ?? (inheritsSubject(p.s, c) ? mainSubject(p.s, p.mentions, c.start) : null);
  // "…, saying the city is a front": a participle after a comma reports for the clause before it,
  // whose subject may be no mention ("Several Democrats cautioned …, saying …")
  const participle = /ing$/.test(p.s.masked.slice(c.start - p.s.start, c.end - p.s.start)) && /,\s*$/.test(p.s.masked.slice(0, c.start - p.s.start));
  // "A spokesman for the mayor defended the route and said …": a coordinated verb, the same way
  const coordinated = /\s(?:and|but)\s+(?:also\s+)?$/u.test(p.s.masked.slice(0, c.start - p.s.start)) && finite.test(p.s.masked.slice(c.start - p.s.start, c.end - p.s.start));
  if (!mention && !participle && !coordinated && !(finite.test(p.s.masked.slice(c.start - p.s.start, c.end - p.s.start)) && nounPhraseBefore(p, c))) return null;
  const rel = (x: number): number => x - p.s.start;
  let at = rel(c.end);
  const after = (): string => p.s.masked.slice(at);
  if (c.lemma === 'call') {
    const m = /^\s+(?:for|on|upon)\b/u.exec(after());
    if (m) at += m[0].length;
    // "called the deal a disaster": naming, what the source said of it; "called his wife" is no speech
    else if (!/^\s+(?:the|a|an|it|him|her|them|this|that|these|those|his|their|its)\s+[^,.;]*?\b(?:a|an|the)\s/u.test(after()) && !/^\s+(?:it|him|her|them|this|that|himself|herself|themselves|itself)\s+[\p{Ll}-]+\s*(?:[,.;]|\s(?:and|but|while|as)\b)/u.test(after())) return null;
  }
  // "said, not even needing to…": a participle phrase, not reported content
  if (/^\s*,\s*(?:\p{Ll}+ing|not|even|just|as|while|when|after|before|because|though|although)\b/u.test(after())) return null;
  at += leadSkip.exec(after())?.[0].length ?? 0;
  if (addresseeCues.has(c.lemma)) at += objectSkip.exec(after())?.[0].length ?? 0;
  at += leadSkip.exec(after())?.[0].length ?? 0;
  const that = thatSkip.exec(after());
  if (that) at += that[0].length;
  else if (c.weak && c.lemma !== 'call' && !(participle && participleCues.has(c.lemma))) {
    const colon = /^\s*:/.exec(after());
    if (!colon) return null;
    at += colon[0].length;
  } else at += /^\s*:/.exec(after())?.[0].length ?? 0;
  // "said after reading …", "pledged to ban …", "told The Post": no reported content follows
  if (!that && notContent.test(after())) return null;
  const r = clause(p, c, mention, p.s.start + at, p.s.end);
  if (r && p.mentions.some((m) => m.start <= r.start && m.end >= r.end)) return null;
  return r;
}

/**
 * "Asked whether he would run, Smith said …": the question put to the source is an attribution
 * of its own, by an asker the sentence does not name; its content runs to the comma.
 */
function askedQuestion(p: SentenceParts, c: CueHit): ReportedClause | null {
  if (c.lemma !== 'ask') return null;
  const before = p.s.masked.slice(0, c.start - p.s.start);
  if (!/^\s*(?:(?:When|when|After|after|Once|once|If|if)\s+)?$/u.test(before) || !/^asked$/iu.test(p.s.masked.slice(c.start - p.s.start, c.end - p.s.start))) return null;
  const rest = p.s.masked.slice(c.end - p.s.start);
  const question = /^(?:\s+(?:on\s+\w+|\w+day|again|later|repeatedly|directly|specifically))?\s+((?:whether|if|about|what|how|why|who|when|where)\b[^,;:]{3,200}),/u.exec(rest);
  if (!question?.[1]) return null;
  const start = c.end + (question[0].length - question[1].length - 1);
  return { start, end: start + question[1].length, cue: c, mention: null };
}

/** "Greensboro, Sexton said, made him think": an attribution set inside its content by commas. */
function parenthetical(p: SentenceParts, c: CueHit): ReportedClause | null {
  const mention = subjectBefore(p.s, p.mentions, c);
  if (!mention || !/,\s*$/.test(p.s.masked.slice(Math.max(0, mention.start - p.s.start - 3), mention.start - p.s.start))) return null;
  if (!/^\s*,\s*\S/.test(p.s.masked.slice(c.end - p.s.start, c.end - p.s.start + 4))) return null;
  if (mention.start - p.s.start < 3) return null;
  return clause(p, c, mention, p.s.start, p.s.end);
}

/** "…, Smith said." / "…, said Smith." at the end of the sentence. */
function inverted(p: SentenceParts, c: CueHit): ReportedClause | null {
  const rel = (x: number): number => x - p.s.start;
  const before = subjectBefore(p.s, p.mentions, c);
  const after = before ? null : subjectAfter(p.s, p.mentions, c);
  const mention = before ?? after;
  if (!mention) return null;
  const end = after ? after.end : c.end;
  const rest = p.s.masked.slice(rel(end));
  if (rest.length > 300) return null;
  // What follows the source is the end of the sentence: a time, an apposition, a circumstance.
  // "X said on Tuesday that …" is forward speech, not a trailing circumstance
  if (thatSkip.test(rest.slice(leadSkip.exec(rest)?.[0].length ?? 0))) return null;
  // "…, analysts say; in 2012 …": a semicolon starts a sentence of its own
  const closes = tail.test(rest.split(';')[0] ?? rest) || (/^\s*(?:,|\s(?:during|in|at|on|after|before|while|when|as|of|who)\b)[^;…]*$/u.test(rest) && !p.cues.some((x) => x.start >= end && x.cls === 'speech' && !x.weak));
  if (!closes) return null;
  const head = p.s.masked.slice(0, rel(before ? before.start : c.start));
  const comma = /,\s*(?:[—–]\s*)?$/.exec(head);
  if (!comma) return null;
  return clause(p, c, mention, p.s.start, p.s.start + comma.index);
}

/** "According to X, …" / "…, according to X." — the source may be a record or a poll no mention covers. */
function according(p: SentenceParts, c: CueHit): ReportedClause | null {
  const mention = accordingSource(p.s, p.mentions, c);
  const rel = (x: number): number => x - p.s.start;
  const head = p.s.masked.slice(0, rel(c.start));
  if (/,\s*$/.test(head)) return clause(p, c, mention, p.s.start, p.s.start + head.replace(/,\s*$/, '').length);
  // "Clinton leads by 271 delegates according to a count by The Associated Press.": no comma, but
  // the source closes the sentence, so what comes before it is the content.
  if (head.trim().split(/\s+/).length >= 5 && /^[^,;:]{0,120}$/u.test(p.s.masked.slice(rel(c.end)))) return clause(p, c, mention, p.s.start, c.start);
  if (head.trim() !== '' && !/^(?:[^,]{0,40},\s*)?$/u.test(head)) return null;
  const comma = p.s.masked.indexOf(',', rel(mention?.end ?? c.end));
  if (comma < 0 || comma - rel(c.end) > 120) return null;
  return clause(p, c, mention, p.s.start + comma + 1, p.s.end);
}

/** Finite forms that report speech by themselves: "Two in three said …", "the witness said …". */
const finite = /^(?:said|says|say|told|tells|added|adds|argued|argues|claimed|claims|wrote|writes|noted|notes|warned|warns|insisted|insists|acknowledged|explained|announced|reported|stated|suggested|predicted|asserted|contended|maintained|believe|believes|believed|think|thinks|thought)$/u;
/** Words that cannot end a subject: "going to say", "would say", "when asked". */
const noSubjectEnd = /(?:^|\s)(?:to|would|could|should|will|might|may|can|must|not|never|also|and|or|but|that|which|who|if|when|as|what|how|why|where|than|of|for|in|on|at|by|with|from|is|was|are|were|be|been|has|have|had|do|does|did)\s*$/iu;

/** A short noun phrase opening the clause before the cue, with no mention that could say it. */
function nounPhraseBefore(p: SentenceParts, c: CueHit): boolean {
  const head = p.s.masked.slice(Math.max(0, c.start - p.s.start - 200), c.start - p.s.start);
  const dash = head.search(/\s(?:[—–]|--?)\s[^—–]*$/u);
  const clauseStart = Math.max(head.lastIndexOf(';'), head.lastIndexOf(':'), dash < 0 ? -1 : dash + 2, head.search(/,\s+(?:and|but|while|as|because|although|though)\s+[^,]*$/u));
  const np = bareSubject(head.slice(clauseStart + 1).replace(/^\s*,?\s*(?:and|but|while|as|because|although|though)\s+/u, '').trim());
  const n = np.split(/\s+/).length;
  return np.length > 0 && n <= 10 && !np.includes('…') && !np.includes(',') && !noSubjectEnd.test(` ${np}`) && /[\p{L}\p{N}]/u.test(np);
}

/** A circumstance opening the sentence before its subject: "In a 2013 video, a diplomat said". */
const opener = new RegExp(`^(?:${openerWords.join('|')})\\b[^,]{0,160},\\s*(?=\\S)`, 'u');
/** An adverb set off by commas inside the subject: "Others, however, say". */
const setOffAdverb = new RegExp(`\\s*,\\s*(?:${setOffAdverbs.join('|')}),?(?=\\s|$)`, 'gu');
const bareSubject = (np: string): string => np.replace(opener, '').replace(setOffAdverb, '');

/** Trim a content span to its clause: stop at ";", a dash, or a coordinated new attribution. */
function clause(p: SentenceParts, c: CueHit, mention: Mention | null, from: number, to: number): ReportedClause | null {
  const rel = (x: number): number => x - p.s.start;
  let text = p.s.masked.slice(rel(from), rel(to));
  const stop = clauseStop.exec(text);
  if (stop) text = text.slice(0, stop.index);
  const lead = /^[\s,:—–-]*/.exec(text)?.[0].length ?? 0;
  const trimmed = text.slice(lead).replace(/[\s,.;:!?—–-]+$/u, '');
  if (!trimmed) return null;
  const start = from + lead;
  return { start, end: start + trimmed.length, cue: c, mention };
}

/** Words of the span that lie outside quotation marks. */
function ownWords(quoteMask: string, r: Span): number {
  return (quoteMask.slice(r.start, r.end).match(words) ?? []).length;
}
