CREATE TABLE "usage_daily_time" (
	"day" date NOT NULL,
	"store_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"device_id" uuid NOT NULL,
	"in_use_ms" bigint DEFAULT 0 NOT NULL,
	"offline_ms" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_daily_time_day_store_id_user_id_device_id_pk" PRIMARY KEY("day","store_id","user_id","device_id")
);
--> statement-breakpoint
CREATE INDEX "usage_daily_time_store_idx" ON "usage_daily_time" USING btree ("store_id","day");