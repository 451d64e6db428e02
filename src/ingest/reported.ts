/** Reported speech: "X said (that) …", "…, X said.", "According to X, …", "X called on Y to …". */
import { subjectOf } from './attribution.js';
import type { Resolved } from './resolve.js';

export interface ReportedClause {
  start: number;
  end: number;
  speaker: Resolved;
  confidence: number;
}

const reportingWords = `said|says|saying|added|adding|affirmed|stated|states|declared|announced|announces|claimed|claims|claiming|noted|notes|noting|argued|insisted|warned|concluded|deemed|believes|believe|believed|thinks|alleged|explained|confirmed|denied|acknowledged|admitted|suggested|predicted|mentioned|made it clear|called on|called for|calls for|calls on|urged|invited`;
const forwardRe = new RegExp(`(?<![\\p{L}])(?:${reportingWords})(?![\\p{L}])`, 'gu');
const objectFirst = /^(?:called on|calls on|urged|invited)$/;
const timeWord = '(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|today|yesterday|earlier|later|last week|this week)';
const leadIn = new RegExp(`^\\s+(?:(?:on|in|last|this|late|early)\\s+)?${timeWord}\\b`, 'u');
const clauseStop = new RegExp(`(?:,\\s+(?:and\\s+)?(?:further\\s+|also\\s+|then\\s+)?(?:that\\s+)?(?:${reportingWords})(?![\\p{L}])|,\\s+which\\b|;\\s|\\s[—–]\\s|:\\s*$)`, 'u');
const trailingTime = /\s+(?:in|during|over|at|on)\s+the\s+(?:week|weeks|month|months|days?|year|run-up)\b.*$/u;

/** Reported clauses of one sentence. `text` is the masked sentence, `body` the real text. */
export function reportedClauses(body: string, text: string, base: number, mentions: Resolved[]): ReportedClause[] {
  const out: ReportedClause[] = [];
  const according = accordingTo(body, text, base, mentions);
  if (according) out.push(according);
  forwardRe.lastIndex = 0;
  for (let m = forwardRe.exec(text); m; m = forwardRe.exec(text)) {
    const cueAt = base + m.index;
    const cueEnd = cueAt + m[0].length;
    const inverted = invertedClause(body, text, base, cueAt, cueEnd, mentions);
    if (inverted) {
      out.push(inverted);
      continue;
    }
    const subject = subjectOf(text, base, cueAt, mentions);
    if (!subject) continue;
    const clause = forwardClause(text, base, cueEnd, objectFirst.test(m[0]));
    if (clause) out.push({ ...clause, speaker: subject, confidence: 0.7 });
  }
  return out.filter((c) => hasOwnWords(text.slice(c.start - base, c.end - base)));
}

function forwardClause(text: string, base: number, cueEnd: number, keepObject: boolean): { start: number; end: number } | null {
  let from = cueEnd - base;
  if (!keepObject) {
    const lead = leadIn.exec(text.slice(from));
    if (lead) from += lead[0].length;
    const that = /^\s+that\b/u.exec(text.slice(from));
    if (that) from += that[0].length;
  }
  const rest = text.slice(from);
  if (!/^\s+\S/u.test(rest)) return null;
  const stop = clauseStop.exec(rest);
  let end = from + (stop ? stop.index : rest.length);
  let start = from;
  while (start < end && /\s/.test(text.charAt(start))) start++;
  end = trimEnd(text, start, end);
  return end > start ? { start: base + start, end: base + end } : null;
}

function trimEnd(text: string, start: number, end: number): number {
  let clause = text.slice(start, end);
  clause = clause.replace(/(?:\s*\[[^\]]{1,12}\])+\s*[.:;,!?]*\s*$/u, '').replace(/[\s.:;,!?]+$/u, '');
  clause = clause.replace(trailingTime, '');
  return start + clause.length;
}

/** "…, German officials said." / "…, notes X." / "…, states a resolution by X:" */
function invertedClause(body: string, text: string, base: number, cueAt: number, cueEnd: number, mentions: Resolved[]): ReportedClause | null {
  const after = text.slice(cueEnd - base);
  const head = text.slice(0, cueAt - base);
  let speaker: Resolved | null = null;
  let comma = -1;
  const prev = mentions.filter((m) => m.end <= cueAt && m.entity).pop();
  const closes = (from: number): boolean => /^(?:\s*\[[^\]]{1,12}\])*[\s.:!?]*$/u.test(text.slice(from - base));
  if (prev && closes(cueEnd) && /^\s+(?:\p{L}+ly\s+)?$/u.test(text.slice(prev.end - base, cueAt - base)) && /,\s*$/.test(text.slice(0, prev.start - base))) {
    speaker = prev;
    comma = text.slice(0, prev.start - base).lastIndexOf(',');
  } else if (/,\s*$/.test(head) && after.length < 160) {
    const next = mentions.find((m) => m.start >= cueEnd && m.entity && closes(m.end));
    const lead = next ? text.slice(cueEnd - base, next.start - base) : '';
    if (next && /^\s+(?:(?:a|an|the)\s+[^,]*?\bby\s+(?:the\s+)?)?$/u.test(lead)) speaker = next;
    comma = head.lastIndexOf(',');
  }
  if (!speaker || comma <= 0) return null;
  let start = 0;
  const sub = /^(?:(?:And|But|Yet|So|However|Although|Though|While|If|As|When|Indeed),?\s+)+(?:[^,]*,\s+)?/u.exec(text.slice(0, comma));
  if (sub && /^(?:And|But|Yet|So|However|Indeed),?\s+$/u.test(sub[0]) === false && sub[0].includes(',')) start = sub[0].length;
  void body;
  return { start: base + start, end: base + trimEnd(text, start, comma), speaker, confidence: 0.6 };
}

function accordingTo(body: string, text: string, base: number, mentions: Resolved[]): ReportedClause | null {
  const m = /^(?:[^,]{0,40},\s*)?[Aa]ccording to\s+([^,]+),\s+/u.exec(text);
  if (!m) return null;
  const srcFrom = base + m.index + m[0].length - (m[1]?.length ?? 0) - 2;
  const inSource = mentions.filter((x) => x.start >= srcFrom - 60 && x.end <= base + m[0].length && x.entity);
  const speaker = inSource.find((x) => /\bby\s+$/.test(text.slice(0, x.start - base))) ?? inSource[0];
  const start = m[0].length;
  if (!speaker || /^["“«„]/.test(body.slice(base + start, base + start + 1))) return null;
  return { start: base + start, end: base + trimEnd(text, start, text.length), speaker, confidence: 0.7 };
}

/** At least three words of narration outside quotes (a bare `said, "…"` is direct speech only). */
function hasOwnWords(masked: string): boolean {
  const own = masked.replace(/…+/g, ' ');
  return (own.match(/\p{L}+/gu) ?? []).length >= 3 && !/^\s*["“«„]/.test(masked);
}
