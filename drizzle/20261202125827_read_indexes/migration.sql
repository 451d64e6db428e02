DROP INDEX "positions_topic_id_idx";--> statement-breakpoint
DROP INDEX "statements_speaker_id_idx";--> statement-breakpoint
CREATE INDEX "positions_topic_observed_idx" ON "positions" ("topic_id","observed_at","id");--> statement-breakpoint
CREATE INDEX "statements_speaker_id_seq_idx" ON "statements" ("speaker_id","seq");