CREATE TYPE "source_item_state" AS ENUM('INGESTED', 'SKIPPED', 'FAILED');--> statement-breakpoint
CREATE TYPE "source_kind" AS ENUM('RSS', 'ATOM', 'JSON_FEED', 'PAGE');--> statement-breakpoint
CREATE TABLE "source_items" (
	"source_id" integer,
	"url" text,
	"state" "source_item_state" NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"article_id" integer,
	"first_seen_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "source_items_pkey" PRIMARY KEY("source_id","url")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "sources_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text NOT NULL UNIQUE,
	"kind" "source_kind" NOT NULL,
	"name" text NOT NULL,
	"poll_interval_seconds" integer NOT NULL,
	"paused" boolean DEFAULT false NOT NULL,
	"next_poll_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"leased_until" timestamp(3) with time zone,
	"lease_owner" text,
	"etag" text,
	"last_modified" text,
	"last_polled_at" timestamp(3) with time zone,
	"last_success_at" timestamp(3) with time zone,
	"last_error" text,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"articles_ingested" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "articles" ADD COLUMN "source_id" integer;--> statement-breakpoint
CREATE INDEX "articles_source_id_idx" ON "articles" ("source_id");--> statement-breakpoint
CREATE INDEX "source_items_article_id_idx" ON "source_items" ("article_id");--> statement-breakpoint
CREATE INDEX "sources_due_idx" ON "sources" ("next_poll_at") WHERE not "paused";--> statement-breakpoint
ALTER TABLE "articles" ADD CONSTRAINT "articles_source_id_sources_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "source_items" ADD CONSTRAINT "source_items_source_id_sources_id_fkey" FOREIGN KEY ("source_id") REFERENCES "sources"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "source_items" ADD CONSTRAINT "source_items_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE SET NULL;