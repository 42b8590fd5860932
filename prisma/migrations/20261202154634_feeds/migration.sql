-- Feeds a timeline follows (RSS, Atom, JSON Feed), with the validators of the
-- last poll, and the items seen before, so a new item is queued exactly once.

-- CreateTable
CREATE TABLE "feed" (
    "id" UUID NOT NULL,
    "url" TEXT NOT NULL,
    "timeline_id" UUID,
    "title" TEXT,
    "etag" TEXT,
    "last_modified" TEXT,
    "last_polled_at" TIMESTAMPTZ(3),
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feed_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feed_item" (
    "feed_id" UUID NOT NULL,
    "item_key" TEXT NOT NULL,
    "link" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feed_item_pkey" PRIMARY KEY ("feed_id","item_key")
);

-- CreateIndex
CREATE UNIQUE INDEX "feed_url_key" ON "feed"("url");

-- AddForeignKey
ALTER TABLE "feed" ADD CONSTRAINT "feed_timeline_id_fkey" FOREIGN KEY ("timeline_id") REFERENCES "timeline"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feed_item" ADD CONSTRAINT "feed_item_feed_id_fkey" FOREIGN KEY ("feed_id") REFERENCES "feed"("id") ON DELETE CASCADE ON UPDATE CASCADE;
