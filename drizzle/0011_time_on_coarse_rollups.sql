ALTER TABLE "usage_daily_people" ADD COLUMN "in_use_ms" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "usage_daily_store" ADD COLUMN "in_use_ms" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "usage_daily_store" ADD COLUMN "offline_ms" bigint DEFAULT 0 NOT NULL;--> statement-breakpoint
CREATE INDEX "usage_daily_time_offline_idx" ON "usage_daily_time" USING btree ("day","store_id") WHERE offline_ms > 0;--> statement-breakpoint
UPDATE "usage_daily_store" s SET "in_use_ms" = t.in_use, "offline_ms" = t.offline
FROM (SELECT day, store_id, sum(in_use_ms) AS in_use, sum(offline_ms) AS offline FROM "usage_daily_time" GROUP BY 1, 2) t
WHERE s.day = t.day AND s.store_id = t.store_id;--> statement-breakpoint
UPDATE "usage_daily_people" p SET "in_use_ms" = t.in_use
FROM (SELECT day, store_id, user_id, sum(in_use_ms) AS in_use FROM "usage_daily_time" GROUP BY 1, 2, 3) t
WHERE p.day = t.day AND p.store_id = t.store_id AND p.user_id = t.user_id;
