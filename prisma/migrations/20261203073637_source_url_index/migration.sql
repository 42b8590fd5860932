-- CreateIndex
CREATE INDEX "source_url_idx" ON "source" USING HASH ("url");
