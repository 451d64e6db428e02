/** The public JSON shape of an extraction, shared by the extract and eval commands. */
import type { Catalogue, Extraction } from '../ingest/types.js';

/** The public JSON shape: canonical names instead of slugs, topic names instead of slugs. */
export function present(x: Extraction, catalogue: Catalogue): PublicExtraction {
  const names = new Map(x.stakeholders.map((s) => [s.slug, s.name]));
  const topics = new Map(catalogue.topics.map((t) => [t.slug, t.name]));
  return {
    version: x.version,
    statements: x.statements.map((s) => ({
      speaker: s.speaker === null ? null : (names.get(s.speaker) ?? s.speaker),
      quote: s.quote,
      kind: s.kind,
      start: s.start,
      end: s.end,
      confidence: s.confidence,
      basis: s.basis,
      cue: s.cue?.text ?? null,
      ...(s.clause ? { clause: s.clause } : {}),
    })),
    stakeholders: x.stakeholders.map((s) => ({ name: s.name, kind: s.kind, role: s.role, aliases: s.aliases })),
    positions: x.positions.map((p) => ({ stakeholder: names.get(p.stakeholder) ?? p.stakeholder, topic: topics.get(p.topic) ?? p.topic, stance: p.stance, evidence: p.evidence })),
  };
}

export interface PublicExtraction {
  version: string;
  statements: { speaker: string | null; quote: string; kind: string; start: number; end: number; confidence: number; basis: string; cue: string | null; clause?: { start: number; end: number } }[];
  stakeholders: { name: string; kind: string; role: string | null; aliases: string[] }[];
  positions: { stakeholder: string; topic: string; stance: string; evidence: string }[];
}
