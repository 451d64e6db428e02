/**
 * The gold side of one brat article: attributions (events with content, Source/Cue slips repaired,
 * sources classed and resolved) and gold direct quotes (quote-marked spans ≥ 80 % inside one
 * attribution's content). Offsets are code points into the whole `.txt`, as in brat.
 */
import { bodyOffset } from './body.js';
import { CodePointText } from './code-points.js';
import { findQuotes, goldParagraphs, type QuoteSpan, quoteView } from './quote-finder.js';
import { resolveSources, type Resolution } from './resolve-sources.js';
import { fullNames, type FullNames } from './speaker-match.js';
import { isSpeechCue } from './speech-cues.js';
import { BratFormatError, type Fragment, parseStandoff, type StandoffEvent, type TextSpan } from './standoff.js';
import { overlapLength } from './text-match.js';
import { strip, W } from './python-text.js';

export interface GoldAttribution extends Resolution {
  /** the event id (`E3`) */
  id: string;
  source: TextSpan | null;
  cue: TextSpan | null;
  /** Content and Content2 fragments, sorted */
  content: Fragment[];
  /** the content fragments' text joined by spaces */
  contentText: string;
  speech: boolean;
  /** false when the content starts in the title line (out of scope) */
  inBody: boolean;
  /** the annotator swapped the Source and Cue labels; swapped back */
  swapped: boolean;
  /** the gold quote spans inside this attribution */
  quotes: QuoteSpan[];
}

export interface GoldQuote {
  start: number;
  end: number;
  /** what lies between the marks */
  text: string;
  attribution: GoldAttribution;
  /** the content has at most 3 word characters outside quote marks */
  whole: boolean;
  coverage: number;
  /** the opening mark (`''` for NYT double apostrophes) */
  marks: string;
}

export interface GoldArticle {
  name: string;
  text: CodePointText;
  /** code point offset where the body starts */
  bodyStart: number;
  annotator: string | null;
  annotators: number;
  attributions: GoldAttribution[];
  /** every outermost quote-marked span of the body */
  quoteSpans: QuoteSpan[];
  goldQuotes: GoldQuote[];
  /** surname to full forms, for the strict speaker test */
  names: FullNames;
  /** the usually-lower-case words the sources were classed with */
  common: ReadonlySet<string>;
  eventsTotal: number;
  eventsWithoutContent: number;
}

export interface ArticleSource {
  name: string;
  text: string;
  /** the `.ann` content, or null when the article has no annotation file */
  ann: string | null;
  annotator: string | null;
  annotators: number;
}

type Draft = Omit<GoldAttribution, keyof Resolution>;

function draftOf(e: StandoffEvent, spans: Map<string, TextSpan>, text: CodePointText, bodyStart: number): Draft | null {
  const pick = (role: string): TextSpan[] => (e.roles.get(role) ?? []).flatMap((id) => spans.get(id) ?? []);
  const contents = [...pick('Content'), ...pick('Content2')];
  if (contents.length === 0) return null;
  const content = contents.flatMap((s) => s.fragments).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const first = (role: string): TextSpan | null => {
    const id = e.roles.get(role)?.[0];
    return id === undefined ? null : (spans.get(id) ?? null);
  };
  let source = first('Source');
  let cue = first('Cue');
  // annotation slip: "said" tagged as Source and the name as Cue
  const swapped = !!(source && cue && /^[A-Za-z]+$/.test(strip(source.text)) && isSpeechCue(source.text) && !isSpeechCue(cue.text));
  if (swapped) [source, cue] = [cue, source];
  return {
    id: e.id,
    source,
    cue,
    content,
    contentText: content.map(([a, b]) => text.slice(a, b)).join(' '),
    speech: isSpeechCue(cue?.text),
    inBody: (content[0]?.[0] ?? 0) >= bodyStart,
    swapped,
    quotes: [],
  };
}

/** Reads one article: its text and (first) annotation file. */
export function buildGoldArticle(src: ArticleSource, common: ReadonlySet<string>): GoldArticle {
  if (src.text.startsWith('\ufeff') || src.text.includes('\r')) {
    throw new BratFormatError(`${src.name}: the text has a byte-order mark or carriage returns; brat offsets would need remapping`);
  }
  const text = new CodePointText(src.text);
  const bodyStart = bodyOffset(text);
  const { spans, events } = src.ann === null ? { spans: new Map<string, TextSpan>(), events: [] } : parseStandoff(src.ann, src.name);
  const drafts = events.map((e) => draftOf(e, spans, text, bodyStart));
  const kept = drafts.filter((d): d is Draft => d !== null);
  const resolutions = resolveSources(kept.map((d) => ({ source: d.source?.text ?? null, sourceStart: d.source?.fragments[0]?.[0] ?? null })), text, common);
  const attributions = kept.map((d, i): GoldAttribution => ({ ...d, ...(resolutions[i] ?? { sourceClass: 'NONE', resolved: null, via: '' }) }));
  const article: GoldArticle = {
    name: src.name,
    text,
    bodyStart,
    annotator: src.annotator,
    annotators: src.annotators,
    attributions,
    quoteSpans: [],
    goldQuotes: [],
    names: fullNames(src.text, common),
    common,
    eventsTotal: events.length,
    eventsWithoutContent: drafts.length - kept.length,
  };
  findGoldQuotes(article);
  return article;
}

/** A quote span is gold when ≥ 80 % of its interior lies inside ONE body attribution's content. */
function findGoldQuotes(article: GoldArticle): void {
  const { text } = article;
  const body = article.attributions.filter((a) => a.inBody);
  const view = quoteView(text.chars);
  for (const [p0, p1] of goldParagraphs(text.chars, article.bodyStart, text.length)) {
    for (const q of findQuotes(view, p0, p1)) {
      if (q.depth) continue;
      article.quoteSpans.push(q);
      let best: GoldAttribution | null = null;
      let coverage = 0;
      for (const a of body) {
        const c = overlapLength([[q.start, q.end]], a.content) / (q.end - q.start);
        if (c > coverage) [best, coverage] = [a, c];
      }
      if (best === null || coverage < 0.8) continue;
      best.quotes.push(q);
      const marks = text.slice(q.open, q.open + 2) === "''" ? "''" : text.at(q.open);
      article.goldQuotes.push({ start: q.start, end: q.end, text: text.slice(q.start, q.end), attribution: best, whole: false, coverage, marks });
    }
  }
  const whole = new Map<GoldAttribution, boolean>();
  for (const g of article.goldQuotes) {
    if (!whole.has(g.attribution)) whole.set(g.attribution, isWhole(g.attribution, text));
    g.whole = whole.get(g.attribution) ?? false;
  }
}

const wordChar = new RegExp(W, 'gu');

/** At most 3 word characters of the content lie outside its quote marks (closing mark + 1 included). */
function isWhole(a: GoldAttribution, text: CodePointText): boolean {
  const covered = new Set<number>();
  for (const q of a.quotes) for (let x = q.open; x < q.close + 2; x++) covered.add(x);
  let rest = '';
  for (const [s, e] of a.content) for (let x = s; x < e; x++) if (!covered.has(x)) rest += text.at(x);
  return (rest.match(wordChar) ?? []).length <= 3;
}
