CREATE TYPE "stakeholder_kind" AS ENUM('PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP');--> statement-breakpoint
CREATE TYPE "stance" AS ENUM('SUPPORTS', 'OPPOSES', 'DEMANDS', 'REJECTS', 'CONDITIONAL', 'PROPOSES', 'WARNS', 'CRITICIZES', 'DIVIDED');--> statement-breakpoint
CREATE TYPE "statement_kind" AS ENUM('DIRECT', 'REPORTED');--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "api_tokens_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"scopes" text[] NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp(3) with time zone,
	"revoked_at" timestamp(3) with time zone
);
--> statement-breakpoint
CREATE TABLE "article_mentions" (
	"article_id" integer,
	"stakeholder_id" integer,
	"mentions" integer DEFAULT 1 NOT NULL,
	"first_offset" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "article_mentions_pkey" PRIMARY KEY("article_id","stakeholder_id")
);
--> statement-breakpoint
CREATE TABLE "articles" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "articles_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"url" text UNIQUE,
	"content_hash" text NOT NULL UNIQUE,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"source" text,
	"language" text DEFAULT 'en' NOT NULL,
	"published_at" timestamp(3) with time zone,
	"ingested_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
	"search" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce("articles"."title", '') || ' ' || coalesce("articles"."body", ''))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "positions" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "positions_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"stakeholder_id" integer NOT NULL,
	"topic_id" integer NOT NULL,
	"stance" "stance" NOT NULL,
	"summary" text NOT NULL,
	"evidence_statement_id" integer,
	"article_id" integer,
	"observed_at" timestamp(3) with time zone NOT NULL,
	"confidence" real DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "stakeholders" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "stakeholders_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"kind" "stakeholder_kind" NOT NULL,
	"role" text,
	"parent_id" integer,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statement_topics" (
	"statement_id" integer,
	"topic_id" integer,
	CONSTRAINT "statement_topics_pkey" PRIMARY KEY("statement_id","topic_id")
);
--> statement-breakpoint
CREATE TABLE "statements" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "statements_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"seq" bigint NOT NULL UNIQUE,
	"article_id" integer NOT NULL,
	"speaker_id" integer NOT NULL,
	"text" text NOT NULL,
	"kind" "statement_kind" NOT NULL,
	"start_offset" integer NOT NULL,
	"end_offset" integer NOT NULL,
	"said_at" timestamp(3) with time zone,
	"confidence" real NOT NULL,
	"search" tsvector GENERATED ALWAYS AS (to_tsvector('english'::regconfig, coalesce("statements"."text", ''))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "topics" (
	"id" integer PRIMARY KEY GENERATED ALWAYS AS IDENTITY (sequence name "topics_id_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 2147483647 START WITH 1 CACHE 1),
	"slug" text NOT NULL UNIQUE,
	"name" text NOT NULL,
	"keywords" text[] DEFAULT '{}'::text[] NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_token_hash_idx" ON "api_tokens" ("token_hash");--> statement-breakpoint
CREATE INDEX "article_mentions_stakeholder_id_idx" ON "article_mentions" ("stakeholder_id");--> statement-breakpoint
CREATE INDEX "articles_search_idx" ON "articles" USING gin ("search");--> statement-breakpoint
CREATE INDEX "articles_published_at_idx" ON "articles" ("published_at");--> statement-breakpoint
CREATE INDEX "positions_stakeholder_topic_observed_idx" ON "positions" ("stakeholder_id","topic_id","observed_at","id");--> statement-breakpoint
CREATE INDEX "positions_topic_id_idx" ON "positions" ("topic_id");--> statement-breakpoint
CREATE INDEX "positions_evidence_statement_id_idx" ON "positions" ("evidence_statement_id");--> statement-breakpoint
CREATE INDEX "positions_article_id_idx" ON "positions" ("article_id");--> statement-breakpoint
CREATE INDEX "stakeholders_parent_id_idx" ON "stakeholders" ("parent_id");--> statement-breakpoint
CREATE INDEX "stakeholders_kind_idx" ON "stakeholders" ("kind");--> statement-breakpoint
CREATE INDEX "statement_topics_topic_id_idx" ON "statement_topics" ("topic_id");--> statement-breakpoint
CREATE INDEX "statements_article_id_idx" ON "statements" ("article_id");--> statement-breakpoint
CREATE INDEX "statements_speaker_id_idx" ON "statements" ("speaker_id");--> statement-breakpoint
CREATE INDEX "statements_search_idx" ON "statements" USING gin ("search");--> statement-breakpoint
ALTER TABLE "article_mentions" ADD CONSTRAINT "article_mentions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "article_mentions" ADD CONSTRAINT "article_mentions_stakeholder_id_stakeholders_id_fkey" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_stakeholder_id_stakeholders_id_fkey" FOREIGN KEY ("stakeholder_id") REFERENCES "stakeholders"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_topic_id_topics_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_evidence_statement_id_statements_id_fkey" FOREIGN KEY ("evidence_statement_id") REFERENCES "statements"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "positions" ADD CONSTRAINT "positions_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "stakeholders" ADD CONSTRAINT "stakeholders_parent_id_stakeholders_id_fkey" FOREIGN KEY ("parent_id") REFERENCES "stakeholders"("id") ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE "statement_topics" ADD CONSTRAINT "statement_topics_statement_id_statements_id_fkey" FOREIGN KEY ("statement_id") REFERENCES "statements"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "statement_topics" ADD CONSTRAINT "statement_topics_topic_id_topics_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topics"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_article_id_articles_id_fkey" FOREIGN KEY ("article_id") REFERENCES "articles"("id") ON DELETE CASCADE;--> statement-breakpoint
ALTER TABLE "statements" ADD CONSTRAINT "statements_speaker_id_stakeholders_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "stakeholders"("id");