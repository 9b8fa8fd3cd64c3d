CREATE TABLE "localization_purposes" (
	"key" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"aliases" text[] DEFAULT '{}'::text[] NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "recycling_fee_rates" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"base_rate" boolean DEFAULT false NOT NULL,
	"vehicle_age" text,
	"engine_band" text,
	"power_band" text,
	"personal" boolean DEFAULT false NOT NULL,
	"value" numeric(14, 2) NOT NULL,
	"unit" text DEFAULT 'rub' NOT NULL,
	"effective_from" date NOT NULL,
	"status" text DEFAULT 'in_force' NOT NULL,
	"source_id" integer NOT NULL,
	"origin" text DEFAULT 'live' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recycling_fee_rates_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "localization_model_scores" ADD COLUMN "origin" text DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "localization_model_scores" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD COLUMN "status" text;--> statement-breakpoint
ALTER TABLE "recycling_fee_rates" ADD CONSTRAINT "recycling_fee_rates_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
-- Scores already stored came from the seed.
UPDATE "localization_model_scores" SET "origin" = 'seed';
