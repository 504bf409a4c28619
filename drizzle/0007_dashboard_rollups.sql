CREATE TABLE "usage_daily_chain_facets" (
	"day" date NOT NULL,
	"type" text NOT NULL,
	"facet" text NOT NULL,
	"events" integer NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_daily_chain_facets_day_type_facet_pk" PRIMARY KEY("day","type","facet")
);
--> statement-breakpoint
CREATE TABLE "usage_daily_devices" (
	"day" date NOT NULL,
	"store_id" integer NOT NULL,
	"device_id" uuid NOT NULL,
	"events" integer NOT NULL,
	CONSTRAINT "usage_daily_devices_day_store_id_device_id_pk" PRIMARY KEY("day","store_id","device_id")
);
--> statement-breakpoint
CREATE TABLE "usage_daily_facets" (
	"day" date NOT NULL,
	"store_id" integer NOT NULL,
	"type" text NOT NULL,
	"facet" text NOT NULL,
	"events" integer NOT NULL,
	"value" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "usage_daily_facets_day_store_id_type_facet_pk" PRIMARY KEY("day","store_id","type","facet")
);
--> statement-breakpoint
CREATE TABLE "usage_daily_people" (
	"day" date NOT NULL,
	"store_id" integer NOT NULL,
	"user_id" uuid NOT NULL,
	"counts" integer[] NOT NULL,
	CONSTRAINT "usage_daily_people_day_store_id_user_id_pk" PRIMARY KEY("day","store_id","user_id")
);
--> statement-breakpoint
CREATE TABLE "usage_daily_store" (
	"day" date NOT NULL,
	"store_id" integer NOT NULL,
	"counts" integer[] NOT NULL,
	CONSTRAINT "usage_daily_store_day_store_id_pk" PRIMARY KEY("day","store_id")
);
--> statement-breakpoint
CREATE INDEX "usage_daily_devices_device_idx" ON "usage_daily_devices" USING btree ("device_id","day");--> statement-breakpoint
CREATE INDEX "usage_daily_store_day_idx" ON "usage_daily" USING btree ("store_id","day");--> statement-breakpoint
-- Chain-wide lost-sales breakdowns read a period of every store: time first (kept out of the Drizzle schema of lost_sales, which another area owns).
CREATE INDEX IF NOT EXISTS "lost_sales_at_idx" ON "lost_sales" USING btree ("at");
