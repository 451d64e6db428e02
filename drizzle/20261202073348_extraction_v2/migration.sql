CREATE TYPE "stakeholder_origin" AS ENUM('CATALOGUE', 'EDITOR', 'LEARNED');--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "extractor_version" text;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "origin" "stakeholder_origin" DEFAULT 'LEARNED'::"stakeholder_origin" NOT NULL;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD COLUMN "confidence" real DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "basis" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "cue" text;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "clause_start" integer;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "clause_end" integer;--> statement-breakpoint
ALTER TABLE "statements" ADD COLUMN "extractor_version" text;--> statement-breakpoint
ALTER TABLE "stream_state" ADD COLUMN "catalogue_version" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "statements" ALTER COLUMN "speaker_id" DROP NOT NULL;--> statement-breakpoint
-- Statements and articles stored before this migration came from extractor 1 (editor-added statements cannot be told apart).
UPDATE "statements" SET "extractor_version" = '1.0.0' WHERE "extractor_version" IS NULL;--> statement-breakpoint
UPDATE "articles" SET "extractor_version" = '1.0.0';
