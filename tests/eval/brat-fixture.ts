/**
 * Builds made-up brat fixtures: spans are given as text pieces and located in the article, so
 * offsets are computed (in code points, as brat writes them) rather than typed by hand.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A piece of the text: the string, or [string, n] for its n-th occurrence (0-based). */
export type Piece = string | [string, number];

/** Code point offset of a UTF-16 index (counted independently of the code under test). */
const cp = (text: string, u16: number): number => Array.from(text.slice(0, u16)).length;

const isPiece = (x: Piece | Piece[]): x is Piece => typeof x === 'string' || typeof x[1] === 'number';

export function locate(text: string, piece: Piece): [number, number] {
  const [s, n] = typeof piece === 'string' ? [piece, 0] : piece;
  let at = -1;
  for (let k = 0; k <= n; k++) {
    at = text.indexOf(s, at + 1);
    if (at < 0) throw new Error(`fixture: "${s}" (#${n}) not in the text`);
  }
  return [cp(text, at), cp(text, at + s.length)];
}

export interface EventSpec {
  source?: Piece | Piece[];
  cue?: Piece | Piece[];
  content?: Piece | Piece[];
  content2?: Piece | Piece[];
  /** the trigger type (default Attribution, or Attribution-no-source without a source) */
  trigger?: string;
}

/** Writes `.ann` lines for a text. */
export class Ann {
  #lines: string[] = [];
  #t = 0;
  #e = 0;
  constructor(readonly text: string) {}

  /** A text-bound span; several pieces make a discontinuous span. Returns its id. */
  span(type: string, pieces: Piece | Piece[]): string {
    const list = isPiece(pieces) ? [pieces] : pieces;
    const frags = list.map((p) => locate(this.text, p));
    const id = `T${++this.#t}`;
    const shown = list.map((p) => (typeof p === 'string' ? p : p[0])).join(' ');
    this.#lines.push(`${id}\t${type} ${frags.map(([a, b]) => `${a} ${b}`).join(';')}\t${shown}`);
    return id;
  }

  /** An attribution event. */
  event(spec: EventSpec): this {
    const roles: string[] = [];
    const trigger = spec.cue ?? spec.content ?? '';
    roles.push(`Attribution:${this.span(spec.trigger ?? (spec.source ? 'Attribution' : 'Attribution-no-source'), trigger)}`);
    if (spec.source) roles.push(`Source:${this.span('Source', spec.source)}`);
    if (spec.cue) roles.push(`Cue:${this.span('Cue', spec.cue)}`);
    if (spec.content) roles.push(`Content:${this.span('Content', spec.content)}`);
    if (spec.content2) roles.push(`Content2:${this.span('Content', spec.content2)}`);
    this.#lines.push(`E${++this.#e}\t${roles.join(' ')}`);
    return this;
  }

  /** A raw line (for format edge cases). */
  raw(line: string): this {
    this.#lines.push(line);
    return this;
  }

  toString(): string {
    return `${this.#lines.join('\n')}\n`;
  }
}

export interface FixtureArticle {
  name: string;
  text: string;
  /** annotator id to `.ann` content */
  anns: Record<string, string>;
}

const made: string[] = [];

/** Writes a brat folder (PolNeAR layout `text/` + `attributions/`, or flat). Removed by `removeFixtures`. */
export async function writeBratFolder(articles: FixtureArticle[], layout: 'split' | 'flat' = 'split'): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'parley-brat-'));
  made.push(root);
  const dir = join(root, 'dev');
  const tdir = layout === 'split' ? join(dir, 'text') : dir;
  const adir = layout === 'split' ? join(dir, 'attributions') : dir;
  await mkdir(tdir, { recursive: true });
  await mkdir(adir, { recursive: true });
  for (const a of articles) {
    await writeFile(join(tdir, `${a.name}.txt`), a.text);
    for (const [annotator, ann] of Object.entries(a.anns)) await writeFile(join(adir, annotator ? `${a.name}_${annotator}.ann` : `${a.name}.ann`), ann);
  }
  return dir;
}

/** Removes every folder written by writeBratFolder (call in afterAll). */
export async function removeFixtures(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}
