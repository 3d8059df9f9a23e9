-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "item_kind" AS ENUM ('HEARING', 'STRATEGY_INPUT', 'SEMINAR', 'DEADLINE');

-- CreateEnum
CREATE TYPE "actor_type" AS ENUM ('MINISTRY', 'DIRECTORATE', 'RESEARCH', 'NGO', 'INTERNATIONAL', 'OTHER');

-- CreateTable
CREATE TABLE "actor" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "short_name" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT,
    "type" "actor_type" NOT NULL DEFAULT 'OTHER',
    "url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "actor_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "topic" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "name_en" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "topic_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "source" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "period_label" TEXT,
    "published_on" DATE,
    "url" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "source_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "kind" "item_kind" NOT NULL,
    "title" TEXT NOT NULL,
    "reference" TEXT,
    "summary" TEXT,
    "url" TEXT,
    "actor_id" UUID NOT NULL,
    "sent_on" DATE,
    "deadline" DATE,
    "start_on" DATE,
    "end_on" DATE,
    "start_at" TIMESTAMPTZ(3),
    "end_at" TIMESTAMPTZ(3),
    "location" TEXT,
    "is_online" BOOLEAN NOT NULL DEFAULT false,
    "due_on" DATE NOT NULL,
    "last_on" DATE NOT NULL,
    "cancelled_at" TIMESTAMPTZ(3),
    "cancel_reason" TEXT,
    "source_id" UUID,
    "source_key" TEXT,
    "source_excerpt" TEXT,
    "version" INTEGER NOT NULL DEFAULT 0,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "item_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "item_topic" (
    "item_id" UUID NOT NULL,
    "topic_id" UUID NOT NULL,

    CONSTRAINT "item_topic_pkey" PRIMARY KEY ("item_id","topic_id")
);

-- CreateIndex
CREATE UNIQUE INDEX "actor_slug_key" ON "actor"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "topic_slug_key" ON "topic"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "source_slug_key" ON "source"("slug");

-- CreateIndex
CREATE INDEX "item_due_on_idx" ON "item"("due_on");

-- CreateIndex
CREATE INDEX "item_last_on_idx" ON "item"("last_on");

-- CreateIndex
CREATE INDEX "item_actor_id_due_on_idx" ON "item"("actor_id", "due_on");

-- CreateIndex
CREATE INDEX "item_kind_due_on_idx" ON "item"("kind", "due_on");

-- CreateIndex
CREATE UNIQUE INDEX "item_source_id_source_key_key" ON "item"("source_id", "source_key");

-- CreateIndex
CREATE INDEX "item_topic_topic_id_idx" ON "item_topic"("topic_id");

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item" ADD CONSTRAINT "item_source_id_fkey" FOREIGN KEY ("source_id") REFERENCES "source"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_topic" ADD CONSTRAINT "item_topic_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "item_topic" ADD CONSTRAINT "item_topic_topic_id_fkey" FOREIGN KEY ("topic_id") REFERENCES "topic"("id") ON DELETE CASCADE ON UPDATE CASCADE;
