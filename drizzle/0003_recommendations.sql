CREATE TABLE "rec_impressions" (
	"customer_id" uuid NOT NULL,
	"style_id" integer NOT NULL,
	"shown_count" integer DEFAULT 0 NOT NULL,
	"first_shown_at" timestamp with time zone NOT NULL,
	"last_shown_at" timestamp with time zone NOT NULL,
	"opened_at" timestamp with time zone,
	"taken_at" timestamp with time zone,
	CONSTRAINT "rec_impressions_customer_id_style_id_pk" PRIMARY KEY("customer_id","style_id")
);
--> statement-breakpoint
CREATE TABLE "rec_item_pairs" (
	"style_id" integer NOT NULL,
	"kind" text NOT NULL,
	"other_style_id" integer NOT NULL,
	"score" real NOT NULL,
	"support" integer NOT NULL,
	"reason_data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	CONSTRAINT "rec_item_pairs_style_id_kind_other_style_id_pk" PRIMARY KEY("style_id","kind","other_style_id")
);
--> statement-breakpoint
CREATE TABLE "rec_pair_counts" (
	"style_id" integer NOT NULL,
	"kind" text NOT NULL,
	"other_style_id" integer NOT NULL,
	"weighted" double precision NOT NULL,
	"raw" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL,
	CONSTRAINT "rec_pair_counts_style_id_kind_other_style_id_pk" PRIMARY KEY("style_id","kind","other_style_id")
);
--> statement-breakpoint
CREATE TABLE "rec_state" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rec_store_popularity" (
	"store_id" integer NOT NULL,
	"style_id" integer NOT NULL,
	"weighted" double precision NOT NULL,
	"raw" integer NOT NULL,
	CONSTRAINT "rec_store_popularity_store_id_style_id_pk" PRIMARY KEY("store_id","style_id")
);
--> statement-breakpoint
CREATE TABLE "rec_style_counts" (
	"style_id" integer PRIMARY KEY NOT NULL,
	"weighted" double precision NOT NULL,
	"raw" integer NOT NULL,
	"last_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "rec_item_pairs_top_idx" ON "rec_item_pairs" USING btree ("style_id","kind","score" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "rec_store_popularity_top_idx" ON "rec_store_popularity" USING btree ("store_id","weighted" DESC NULLS LAST);