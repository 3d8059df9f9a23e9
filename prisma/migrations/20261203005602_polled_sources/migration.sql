-- CreateEnum
CREATE TYPE "polled_source_type" AS ENUM ('regjeringen', 'stortinget', 'ics', 'rss');

-- CreateEnum
CREATE TYPE "polled_source_mode" AS ENUM ('publish', 'review', 'relevant');

-- CreateEnum
CREATE TYPE "proposal_state" AS ENUM ('pending', 'accepted', 'rejected');

-- CreateEnum
CREATE TYPE "relevance_term_kind" AS ENUM ('word', 'ministry');

-- AlterTable
ALTER TABLE "item" ADD COLUMN     "attribution" TEXT,
ADD COLUMN     "polled_key" TEXT,
ADD COLUMN     "polled_source_id" UUID,
ADD COLUMN     "polled_values" JSONB;

-- CreateTable
CREATE TABLE "polled_source" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "type" "polled_source_type" NOT NULL,
    "url" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "mode" "polled_source_mode" NOT NULL DEFAULT 'review',
    "poll_interval_minutes" INTEGER NOT NULL DEFAULT 60,
    "is_enabled" BOOLEAN NOT NULL DEFAULT true,
    "etag" TEXT,
    "last_modified" TEXT,
    "content_hash" TEXT,
    "next_poll_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lease_until" TIMESTAMPTZ(3),
    "last_polled_at" TIMESTAMPTZ(3),
    "last_success_at" TIMESTAMPTZ(3),
    "last_yield_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "failure_count" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "polled_source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source_proposal" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "polled_source_id" UUID NOT NULL,
    "key" TEXT NOT NULL,
    "fingerprint" TEXT NOT NULL,
    "entry" JSONB NOT NULL,
    "title" TEXT NOT NULL,
    "source_text" TEXT NOT NULL,
    "review_reason" TEXT,
    "state" "proposal_state" NOT NULL DEFAULT 'pending',
    "is_relevant" BOOLEAN NOT NULL DEFAULT false,
    "matched_terms" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "item_id" UUID,
    "decided_by_id" UUID,
    "decided_at" TIMESTAMPTZ(3),
    "first_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "read_at" TIMESTAMPTZ(3) NOT NULL,
    "last_seen_at" TIMESTAMPTZ(3) NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "source_proposal_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "relevance_term" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "relevance_term_kind" NOT NULL,
    "term" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "relevance_term_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "polled_source_next_poll_at_idx" ON "polled_source"("next_poll_at");

-- CreateIndex
CREATE UNIQUE INDEX "polled_source_type_url_key" ON "polled_source"("type", "url");

-- CreateIndex
CREATE UNIQUE INDEX "source_proposal_item_id_key" ON "source_proposal"("item_id");

-- CreateIndex
CREATE INDEX "source_proposal_state_is_relevant_first_seen_at_idx" ON "source_proposal"("state", "is_relevant", "first_seen_at");

-- CreateIndex
CREATE UNIQUE INDEX "source_proposal_polled_source_id_key_key" ON "source_proposal"("polled_source_id", "key");

-- CreateIndex
CREATE UNIQUE INDEX "relevance_term_kind_term_key" ON "relevance_term"("kind", "term");

-- CreateIndex
CREATE UNIQUE INDEX "item_polled_source_id_polled_key_key" ON "item"("polled_source_id", "polled_key");

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_polled_source_id_fkey" FOREIGN KEY ("polled_source_id") REFERENCES "polled_source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_proposal" ADD CONSTRAINT "source_proposal_polled_source_id_fkey" FOREIGN KEY ("polled_source_id") REFERENCES "polled_source"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_proposal" ADD CONSTRAINT "source_proposal_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "source_proposal" ADD CONSTRAINT "source_proposal_decided_by_id_fkey" FOREIGN KEY ("decided_by_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
