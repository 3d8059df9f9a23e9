-- AlterEnum
ALTER TYPE "response_status" ADD VALUE 'FOLLOWING';

-- AlterTable
ALTER TABLE "response" ADD COLUMN     "responsible_user_id" UUID;

-- CreateIndex
CREATE INDEX "item_title_idx" ON "item"("title");

-- CreateIndex
-- NULLS LAST, as the "newest" order reads it (items without a sent date after the others);
-- the schema cannot say so, and a later diff from the schema leaves it as it is.
CREATE INDEX "item_sent_on_created_at_idx" ON "item"("sent_on" DESC NULLS LAST, "created_at" DESC);

-- CreateIndex
CREATE INDEX "response_responsible_user_id_idx" ON "response"("responsible_user_id");

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_responsible_user_id_fkey" FOREIGN KEY ("responsible_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- Search: each word is looked for anywhere in the title, reference and summary
-- (ILIKE '%word%'), which only a trigram index serves without reading the whole table.
-- pg_trgm ships with PostgreSQL and is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "item_title_trgm_idx" ON "item" USING gin ("title" gin_trgm_ops);
CREATE INDEX "item_reference_trgm_idx" ON "item" USING gin ("reference" gin_trgm_ops);
CREATE INDEX "item_summary_trgm_idx" ON "item" USING gin ("summary" gin_trgm_ops);
