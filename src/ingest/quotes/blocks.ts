/**
 * Block quotations without marks: a paragraph followed by a `Name, Title` line, or introduced by
 * a paragraph ending in a colon ("The president defended his decision:").
 */
import type { Paragraph } from '../stages.js';

export interface Block {
  /** the quoted paragraph */
  paragraph: number;
  /** the `Name, Title` line after it, if any */
  nameLine: { paragraph: number; name: string; title: string } | null;
}

const nameLineRe = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^.!?:;]{2,100})$/u;
const bullet = /^\s*[•*·▪◦–-]\s/u;
const marks = /["“”«»„]/g;

function nameLine(text: string): { name: string; title: string } | null {
  if (text.split(/\s+/).length > 16) return null;
  const m = nameLineRe.exec(text.trim());
  return m?.[1] && m[2] ? { name: m[1], title: m[2].trim() } : null;
}

function quotable(p: Paragraph): boolean {
  return (p.text.match(marks) ?? []).length === 0 && !bullet.test(p.text) && p.text.split(/\s+/).length >= 8 && nameLine(p.text) === null && /[.!?…]["”’]?$/.test(p.text);
}

/** Blocks of an article, by paragraph index into `paras`. */
export function findBlocks(paras: Paragraph[]): Map<number, Block> {
  const out = new Map<number, Block>();
  paras.forEach((p, i) => {
    if (!quotable(p)) return;
    const next = paras[i + 1];
    const line = next ? nameLine(next.text) : null;
    const prev = paras[i - 1];
    const intro = prev !== undefined && /:\s*$/.test(prev.text) && !bullet.test(prev.text);
    if (line && next) out.set(i, { paragraph: i, nameLine: { paragraph: i + 1, ...line } });
    else if (intro) out.set(i, { paragraph: i, nameLine: null });
  });
  return out;
}
