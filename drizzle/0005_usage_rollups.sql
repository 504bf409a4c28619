CREATE TABLE "usage_daily" (
	"day" date NOT NULL,
	"store_id" integer NOT NULL,
	"user_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"device_id" uuid DEFAULT '00000000-0000-0000-0000-000000000000' NOT NULL,
	"type" text NOT NULL,
	"events" integer NOT NULL,
	CONSTRAINT "usage_daily_day_store_id_user_id_device_id_type_pk" PRIMARY KEY("day","store_id","user_id","device_id","type")
);
--> statement-breakpoint
CREATE TABLE "usage_rollup_state" (
	"name" text PRIMARY KEY NOT NULL,
	"watermark" timestamp with time zone NOT NULL,
	"pruned_before" date,
	"refreshed_at" timestamp with time zone DEFAULT now() NOT NULL
);
