-- AlterEnum
ALTER TYPE "response_status" ADD VALUE 'FOLLOWING';

-- AlterTable
ALTER TABLE "response" ADD COLUMN     "responsible_user_id" UUID;

-- CreateIndex
CREATE INDEX "response_responsible_user_id_idx" ON "response"("responsible_user_id");

-- AddForeignKey
ALTER TABLE "response" ADD CONSTRAINT "response_responsible_user_id_fkey" FOREIGN KEY ("responsible_user_id") REFERENCES "app_user"("id") ON DELETE SET NULL ON UPDATE CASCADE;
