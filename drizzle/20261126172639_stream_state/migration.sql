CREATE TABLE "stream_state" (
	"id" integer PRIMARY KEY DEFAULT 1,
	"last_seq" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "stream_state_single_row" CHECK ("id" = 1)
);
--> statement-breakpoint
-- The one row, starting where the statements already are.
INSERT INTO "stream_state" ("id", "last_seq") SELECT 1, coalesce(max("seq"), 0) FROM "statements";
