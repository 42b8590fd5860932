-- CreateEnum
CREATE TYPE "EventKind" AS ENUM ('STATEMENT', 'POLITICAL', 'MILITARY', 'DIPLOMATIC', 'SANCTION', 'ECONOMIC', 'PROTEST', 'LEGAL', 'OTHER');

-- CreateEnum
CREATE TYPE "DatePrecision" AS ENUM ('DAY', 'WEEK', 'MONTH', 'YEAR');

-- CreateEnum
CREATE TYPE "ReviewStatus" AS ENUM ('DRAFT', 'PUBLISHED', 'REJECTED');

-- CreateEnum
CREATE TYPE "ActorKind" AS ENUM ('PERSON', 'ORGANIZATION', 'COUNTRY', 'GROUP');

-- CreateEnum
CREATE TYPE "ActorStatus" AS ENUM ('CONFIRMED', 'PROPOSED');

-- CreateEnum
CREATE TYPE "ActorRole" AS ENUM ('SPEAKER', 'SUBJECT', 'TARGET', 'PARTICIPANT');

-- CreateEnum
CREATE TYPE "StanceKind" AS ENUM ('SUPPORTS', 'OPPOSES', 'RECOGNIZES');

-- CreateTable
CREATE TABLE "event" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "summary" TEXT NOT NULL DEFAULT '',
    "kind" "EventKind" NOT NULL,
    "starts_on" DATE NOT NULL,
    "ends_on" DATE NOT NULL,
    "is_range" BOOLEAN NOT NULL DEFAULT false,
    "precision" "DatePrecision" NOT NULL,
    "status" "ReviewStatus" NOT NULL DEFAULT 'DRAFT',
    "place" TEXT,
    "country" CHAR(2),
    "needs_review" BOOLEAN NOT NULL DEFAULT false,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,
    -- Written by hand: Prisma cannot declare generated columns or CHECKs.
    -- The span is what window queries overlap against, so a MONTH event
    -- meets every window that touches any day of its month.
    "span" daterange GENERATED ALWAYS AS (daterange("starts_on", "ends_on", '[]')) STORED,
    "search" tsvector GENERATED ALWAYS AS (
        setweight(to_tsvector('english', "title"), 'A') || setweight(to_tsvector('english', "summary"), 'B')
    ) STORED,

    CONSTRAINT "event_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "event_ends_after_start" CHECK ("ends_on" >= "starts_on"),
    -- A date is stored as the period it is known to, never as a guessed day:
    -- both ends sit on the boundaries of their period.
    CONSTRAINT "event_start_on_period_boundary" CHECK (CASE "precision"
        WHEN 'WEEK' THEN extract(isodow FROM "starts_on") = 1
        WHEN 'MONTH' THEN extract(day FROM "starts_on") = 1
        WHEN 'YEAR' THEN extract(doy FROM "starts_on") = 1
        ELSE true END),
    CONSTRAINT "event_end_on_period_boundary" CHECK (CASE "precision"
        WHEN 'WEEK' THEN extract(isodow FROM "ends_on") = 7
        WHEN 'MONTH' THEN extract(day FROM "ends_on" + 1) = 1
        WHEN 'YEAR' THEN extract(doy FROM "ends_on" + 1) = 1
        ELSE true END),
    -- Outside a range, the span is exactly one period.
    CONSTRAINT "event_single_period" CHECK ("is_range" OR "ends_on" = CASE "precision"
        WHEN 'DAY' THEN "starts_on"
        WHEN 'WEEK' THEN "starts_on" + 6
        WHEN 'MONTH' THEN (date_trunc('month', "starts_on") + interval '1 month - 1 day')::date
        WHEN 'YEAR' THEN (date_trunc('year', "starts_on") + interval '1 year - 1 day')::date
        END)
);

-- CreateTable
CREATE TABLE "actor" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "ActorKind" NOT NULL,
    "status" "ActorStatus" NOT NULL DEFAULT 'CONFIRMED',
    "aliases" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "description" TEXT NOT NULL DEFAULT '',
    "country" CHAR(2),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "event_actor" (
    "event_id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "role" "ActorRole" NOT NULL,

    CONSTRAINT "event_actor_pkey" PRIMARY KEY ("event_id","actor_id","role")
);

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "publisher" TEXT,
    "url" TEXT,
    "published_on" DATE,
    "language" TEXT NOT NULL DEFAULT 'en',
    "text" TEXT,
    "content_hash" CHAR(64) NOT NULL,
    CONSTRAINT "source_content_hash_hex" CHECK ("content_hash" ~ '^[0-9a-f]{64}$'),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "citation" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "source_id" UUID NOT NULL,
    "passage" TEXT,
    "passage_start" INTEGER,
    "passage_end" INTEGER,
    "date_expression" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "citation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "quote" (
    "id" UUID NOT NULL,
    "event_id" UUID NOT NULL,
    "speaker_id" UUID,
    "source_id" UUID,
    "text" TEXT NOT NULL,
    "verb" TEXT,
    "text_start" INTEGER,
    "text_end" INTEGER,
    "search" tsvector GENERATED ALWAYS AS (to_tsvector('english', "text")) STORED,

    CONSTRAINT "quote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stance" (
    "id" UUID NOT NULL,
    "actor_id" UUID NOT NULL,
    "target_id" UUID NOT NULL,
    "kind" "StanceKind" NOT NULL,
    "since" DATE,
    "since_precision" "DatePrecision",
    "source_id" UUID,
    "passage" TEXT,

    CONSTRAINT "stance_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline" (
    "id" UUID NOT NULL,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "timeline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "timeline_event" (
    "timeline_id" UUID NOT NULL,
    "event_id" UUID NOT NULL,

    CONSTRAINT "timeline_event_pkey" PRIMARY KEY ("timeline_id","event_id")
);

-- CreateTable
CREATE TABLE "api_token" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "token_hash" CHAR(64) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "revoked_at" TIMESTAMPTZ(3),
    "last_used_at" TIMESTAMPTZ(3),

    CONSTRAINT "api_token_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "event_starts_on_id_idx" ON "event"("starts_on", "id");

-- CreateIndex
CREATE INDEX "event_status_starts_on_id_idx" ON "event"("status", "starts_on", "id");

-- CreateIndex
CREATE INDEX "event_kind_idx" ON "event"("kind");

-- CreateIndex
CREATE INDEX "event_span_idx" ON "event" USING GIST ("span");

-- CreateIndex
CREATE INDEX "event_search_idx" ON "event" USING GIN ("search");

-- CreateIndex
CREATE UNIQUE INDEX "actor_slug_key" ON "actor"("slug");

-- CreateIndex
CREATE INDEX "actor_kind_idx" ON "actor"("kind");

-- CreateIndex
CREATE INDEX "actor_aliases_idx" ON "actor" USING GIN ("aliases");

-- CreateIndex
CREATE INDEX "event_actor_actor_id_event_id_idx" ON "event_actor"("actor_id", "event_id");

-- CreateIndex
CREATE UNIQUE INDEX "source_content_hash_key" ON "source"("content_hash");

-- CreateIndex
CREATE INDEX "source_published_on_idx" ON "source"("published_on");

-- CreateIndex
CREATE INDEX "citation_source_id_idx" ON "citation"("source_id");

-- CreateIndex
CREATE UNIQUE INDEX "citation_event_id_source_id_passage_start_key" ON "citation"("event_id", "source_id", "passage_start");

-- CreateIndex
CREATE INDEX "quote_event_id_idx" ON "quote"("event_id");

-- CreateIndex
CREATE INDEX "quote_speaker_id_idx" ON "quote"("speaker_id");

-- CreateIndex
CREATE INDEX "quote_search_idx" ON "quote" USING GIN ("search");

-- CreateIndex
CREATE INDEX "stance_target_id_idx" ON "stance"("target_id");

-- CreateIndex
CREATE UNIQUE INDEX "stance_actor_id_target_id_kind_key" ON "stance"("actor_id", "target_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "timeline_slug_key" ON "timeline"("slug");

-- CreateIndex
CREATE INDEX "timeline_event_event_id_idx" ON "timeline_event"("event_id");

-- CreateIndex
CREATE UNIQUE INDEX "api_token_token_hash_key" ON "api_token"("token_hash");

-- AddForeignKey
ALTER TABLE "event_actor" ADD CONSTRAINT "event_actor_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "event_actor" ADD CONSTRAINT "event_actor_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "citation" ADD CONSTRAINT "citation_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_speaker_id_fkey" FOREIGN KEY ("speaker_id") REFERENCES "actor"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "quote" ADD CONSTRAINT "quote_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_target_id_fkey" FOREIGN KEY ("target_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "stance" ADD CONSTRAINT "stance_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_timeline_id_fkey" FOREIGN KEY ("timeline_id") REFERENCES "timeline"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "timeline_event" ADD CONSTRAINT "timeline_event_event_id_fkey" FOREIGN KEY ("event_id") REFERENCES "event"("id") ON DELETE CASCADE ON UPDATE CASCADE;
