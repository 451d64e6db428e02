/**
 * The gold-file format of the regression corpus (tests/fixtures/corpus/README.md, "Gold format"),
 * checked with zod so a file of another shape is named and explained instead of crashing the scorer.
 */
import { z } from 'zod';
import { stances, statementKinds } from '../ingest/types.js';

const goldStatement = z.object({
  speaker: z.string(),
  kind: z.enum(statementKinds),
  quote: z.string(),
  occurrences: z.number().int().positive().optional(),
  optional: z.boolean().optional(),
});

const goldStakeholder = z.object({
  name: z.string(),
  aliases: z.array(z.string()).optional(),
});

const goldPosition = z.object({
  stakeholder: z.string(),
  topic: z.string(),
  stance: z.enum(stances),
  optional: z.boolean().optional(),
});

/** Fields the scorer reads; others (`notes`, `evidence`, `why`, `license` …) are allowed and ignored. */
export const goldSchema = z.object({
  /** the text file beside it; defaults to the gold file's name with `.txt` */
  file: z.string().optional(),
  statements: z.array(goldStatement),
  stakeholders: z.array(goldStakeholder),
  positions: z.array(goldPosition),
});

export type Gold = z.infer<typeof goldSchema>;
export type GoldStatement = Gold['statements'][number];
export type GoldStakeholder = Gold['stakeholders'][number];
export type GoldPosition = Gold['positions'][number];

/** `positions[0].stakeholder`: where in the file an issue sits, as one would write it in JS. */
function where(issuePath: readonly PropertyKey[]): string {
  return issuePath.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${String(p)}`)).join('') || '(top level)';
}

/** Parses gold JSON text; the error is one line naming the first field that is wrong. */
export function parseGold(json: string): { ok: true; gold: Gold } | { ok: false; problem: string } {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch (error) {
    return { ok: false, problem: `not JSON (${error instanceof Error ? error.message : String(error)})` };
  }
  const result = goldSchema.safeParse(value);
  if (result.success) return { ok: true, gold: result.data };
  const issues = result.error.issues;
  const first = issues[0];
  const more = issues.length > 1 ? ` (and ${issues.length - 1} more)` : '';
  return { ok: false, problem: first ? `${where(first.path)}: ${first.message}${more}` : 'not a gold file' };
}
