-- CreateIndex
CREATE INDEX "actor_name_idx" ON "actor"("name");
