-- CreateTable
CREATE TABLE "actor_former_slug" (
    "slug" TEXT NOT NULL,
    "actor_id" UUID NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "actor_former_slug_pkey" PRIMARY KEY ("slug")
);

-- CreateIndex
CREATE INDEX "actor_former_slug_actor_id_idx" ON "actor_former_slug"("actor_id");

-- AddForeignKey
ALTER TABLE "actor_former_slug" ADD CONSTRAINT "actor_former_slug_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "actor"("id") ON DELETE CASCADE ON UPDATE CASCADE;
