-- CreateEnum
CREATE TYPE "email_kind" AS ENUM ('REMINDER', 'INTERNAL_REMINDER', 'DIGEST');

-- CreateEnum
CREATE TYPE "email_status" AS ENUM ('QUEUED', 'SENT', 'FAILED');

-- CreateTable
CREATE TABLE "reminder_preference" (
    "user_id" UUID NOT NULL,
    "is_reminders_on" BOOLEAN NOT NULL DEFAULT true,
    "days_before" INTEGER[] DEFAULT ARRAY[14, 3]::INTEGER[],
    "is_internal_deadline_reminder_on" BOOLEAN NOT NULL DEFAULT true,
    "is_digest_on" BOOLEAN NOT NULL DEFAULT true,
    "digest_weekday" INTEGER NOT NULL DEFAULT 1,
    "digest_time" TEXT NOT NULL DEFAULT '08:00',
    "actor_slugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "topic_slugs" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "kinds" "item_kind"[] DEFAULT ARRAY[]::"item_kind"[],
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reminder_preference_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "sent_email" (
    "id" BIGSERIAL NOT NULL,
    "dedupe_key" TEXT NOT NULL,
    "kind" "email_kind" NOT NULL,
    "user_id" UUID NOT NULL,
    "item_id" UUID,
    "offset_days" INTEGER,
    "due_on" DATE NOT NULL,
    "to_address" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text_body" TEXT NOT NULL,
    "html_body" TEXT NOT NULL,
    "unsubscribe_url" TEXT NOT NULL,
    "status" "email_status" NOT NULL DEFAULT 'QUEUED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "next_attempt_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_error" TEXT,
    "sent_at" TIMESTAMPTZ(3),
    "message_id" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sent_email_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "api_rate_limit" (
    "key" TEXT NOT NULL,
    "window_start" TIMESTAMPTZ(3) NOT NULL,
    "count" INTEGER NOT NULL DEFAULT 0,

    CONSTRAINT "api_rate_limit_pkey" PRIMARY KEY ("key","window_start")
);

-- CreateIndex
CREATE UNIQUE INDEX "sent_email_dedupe_key_key" ON "sent_email"("dedupe_key");

-- CreateIndex
CREATE INDEX "sent_email_status_next_attempt_at_idx" ON "sent_email"("status", "next_attempt_at");

-- CreateIndex
CREATE INDEX "sent_email_user_id_created_at_idx" ON "sent_email"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "sent_email_item_id_idx" ON "sent_email"("item_id");

-- CreateIndex
CREATE INDEX "api_rate_limit_window_start_idx" ON "api_rate_limit"("window_start");

-- AddForeignKey
ALTER TABLE "reminder_preference" ADD CONSTRAINT "reminder_preference_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sent_email" ADD CONSTRAINT "sent_email_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sent_email" ADD CONSTRAINT "sent_email_item_id_fkey" FOREIGN KEY ("item_id") REFERENCES "item"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Written by hand: the scheduler reads these as an ISO weekday and an Oslo wall-clock time.
ALTER TABLE "reminder_preference" ADD CONSTRAINT "reminder_preference_digest_weekday_check" CHECK ("digest_weekday" BETWEEN 1 AND 7);
ALTER TABLE "reminder_preference" ADD CONSTRAINT "reminder_preference_digest_time_check" CHECK ("digest_time" ~ '^([01][0-9]|2[0-3]):[0-5][0-9]$');
