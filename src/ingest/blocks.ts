/** Block quotes without marks: a paragraph introduced by a colon, or followed by a `Name, Title` line. */
import type { Segment } from './text.js';

export interface Block {
  index: number;
  /** the `Name, Title` paragraph after the quote, if any */
  nameLine: { name: string; title: string; index: number } | null;
  /** the paragraph ending with a colon that introduces the quote, if any */
  intro: number | null;
}

const nameLineRe = /^(\p{Lu}[\p{L}'’.-]+(?:\s+(?:\p{Ll}{1,4}\s+)?\p{Lu}[\p{L}'’.-]+){1,3}),\s+([^.!?:;]{2,100})$/u;
const bullet = /^\s*[•*·▪◦–-]\s/u;

export function nameLine(text: string): { name: string; title: string } | null {
  if (text.split(/\s+/).length > 16) return null;
  const m = nameLineRe.exec(text.trim());
  return m?.[1] && m[2] ? { name: m[1], title: m[2].trim() } : null;
}

function quotable(p: Segment): boolean {
  const marks = (p.text.match(/[“”«»„"]/g) ?? []).length;
  return marks < 2 && !bullet.test(p.text) && p.text.split(/\s+/).length >= 8 && nameLine(p.text) === null;
}

export function findBlocks(paras: Segment[]): Block[] {
  const out: Block[] = [];
  paras.forEach((p, i) => {
    if (!quotable(p)) return;
    const next = paras[i + 1];
    const line = next ? nameLine(next.text) : null;
    const prev = paras[i - 1];
    const intro = prev && /:\s*$/.test(prev.text) && !bullet.test(prev.text) ? i - 1 : null;
    if (line || intro !== null) out.push({ index: i, nameLine: line ? { ...line, index: i + 1 } : null, intro });
  });
  return out;
}
