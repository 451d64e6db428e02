/**
 * Gold attributions of a brat folder for training: everything in body UTF-16 offsets, so that
 * `body.slice(start, end)` is the evidence, as in the extractor's own output (src/ingest/types.ts).
 */
import { CodePointText } from './code-points.js';
import { extractorInput, type InputForm, toRewritten } from './extractor-input.js';
import { readGoldFolder, type GoldFolderOptions } from './folder.js';
import type { GoldArticle, GoldAttribution } from './gold.js';
import type { Resolution } from './resolve-sources.js';
import type { TextSpan } from './standoff.js';

/** [start, end) in UTF-16 code units of the body */
export interface BodySpan {
  start: number;
  end: number;
}

export interface TrainingSpan {
  /** the span text as annotated */
  text: string;
  /** its fragments inside the body (a fragment in the title line is left out) */
  fragments: BodySpan[];
}

export interface TrainingAttribution {
  /** the brat event id */
  id: string;
  source: TrainingSpan | null;
  /** the gold source's class, and the speaker it resolves to (null: unresolvable) */
  sourceClass: Resolution['sourceClass'];
  resolved: string | null;
  resolvedVia: Resolution['via'];
  cue: TrainingSpan | null;
  content: BodySpan[];
  contentText: string;
  /** the cue is a speech cue (said, told, according to, `:` …) */
  speech: boolean;
  /** Source and Cue labels were swapped in the `.ann` and swapped back */
  swapped: boolean;
}

export interface TrainingQuote extends BodySpan {
  text: string;
  whole: boolean;
  /** the opening mark (`''` for NYT double apostrophes) */
  marks: string;
  /** index into the article's `attributions` */
  attribution: number;
}

export interface TrainingArticle {
  name: string;
  title: string;
  /** the body as the extractor gets it (`input` option) */
  body: string;
  /** attributions whose content starts in the body; the others are counted in `headlineAttributions` */
  attributions: TrainingAttribution[];
  quotes: TrainingQuote[];
  headlineAttributions: number;
}

/** One gold article in body UTF-16 offsets of the chosen input form. */
export function trainingArticle(gold: GoldArticle, form: InputForm = 'paragraphs'): TrainingArticle {
  const { input } = extractorInput(gold, form);
  const body: CodePointText = input.body;
  const rewrite = toRewritten(input, gold.text.length - gold.bodyStart);
  const at = (cp: number): number => body.toUtf16(rewrite(cp - gold.bodyStart));
  const spanOf = ([a, b]: readonly [number, number]): BodySpan => ({ start: at(a), end: at(b) });
  const textSpan = (s: TextSpan | null): TrainingSpan | null =>
    s && { text: s.text, fragments: s.fragments.filter(([a]) => a >= gold.bodyStart).map(spanOf) };
  const inBody = gold.attributions.filter((a) => a.inBody);
  const index = new Map<GoldAttribution, number>(inBody.map((a, i) => [a, i]));
  return {
    name: gold.name,
    title: gold.text.slice(0, gold.bodyStart).split('\n', 1)[0]?.trim() ?? '',
    body: body.text,
    attributions: inBody.map((a) => ({
      id: a.id,
      source: textSpan(a.source),
      sourceClass: a.sourceClass,
      resolved: a.resolved,
      resolvedVia: a.via,
      cue: textSpan(a.cue),
      content: a.content.map(spanOf),
      contentText: a.contentText,
      speech: a.speech,
      swapped: a.swapped,
    })),
    quotes: gold.goldQuotes.map((q) => ({ ...spanOf([q.start, q.end]), text: q.text, whole: q.whole, marks: q.marks, attribution: index.get(q.attribution) ?? -1 })),
    headlineAttributions: gold.attributions.length - inBody.length,
  };
}

export interface TrainingOptions extends GoldFolderOptions {
  /** the body form offsets refer to (default `paragraphs`, what `npm run eval -- --format brat` feeds the extractor) */
  input?: InputForm;
}

/**
 * Every article of a brat folder with its gold attributions and direct quotes, for a training script.
 * The usually-lower-case words used for source classing are counted as `npm run eval` counts them.
 */
export async function readBratTraining(dir: string, options: TrainingOptions = {}): Promise<{ articles: TrainingArticle[]; commonWordsFolder: string }> {
  const { articles, commonWordsFolder } = await readGoldFolder(dir, options);
  return { articles: articles.map((g) => trainingArticle(g, options.input)), commonWordsFolder };
}
