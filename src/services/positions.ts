import type { Database } from '../db/client.js';
import type { RowRef } from '../db/predicates.js';
import { positions } from '../db/schema.js';
import type { Stance } from '../ingest/types.js';
import { notifyCommit } from './notify.js';
import { requireStatement, resolveRef } from './refs.js';

export interface PositionInput {
  stakeholder: RowRef;
  topic: RowRef;
  stance: Stance;
  summary: string;
  /** id of the statement that evidences the position */
  evidence?: number | null | undefined;
  observedAt?: Date | null | undefined;
  confidence?: number | null | undefined;
}

/** Records a stance; it becomes the current one unless a later observation exists. */
export async function recordPosition(db: Database, input: PositionInput): Promise<number> {
  return db.transaction(async (tx) => {
    const stakeholderId = await resolveRef(tx, 'stakeholders', input.stakeholder);
    const topicId = await resolveRef(tx, 'topics', input.topic);
    const evidence = input.evidence != null ? await requireStatement(tx, input.evidence) : null;
    const [row] = await tx
      .insert(positions)
      .values({
        stakeholderId,
        topicId,
        stance: input.stance,
        summary: input.summary,
        evidenceStatementId: evidence?.id ?? null,
        articleId: evidence?.articleId ?? null,
        observedAt: input.observedAt ?? new Date(),
        confidence: input.confidence ?? 1,
      })
      .returning({ id: positions.id });
    if (!row) throw new Error('position insert returned no row');
    await notifyCommit(tx, { position: row.id });
    return row.id;
  });
}
