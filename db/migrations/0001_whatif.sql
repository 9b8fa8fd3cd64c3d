CREATE TABLE "whatif_scenarios" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" bigint NOT NULL,
	"name" text,
	"name_key" text,
	"inputs" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "bot_storage" (
	"key" text PRIMARY KEY NOT NULL,
	"value" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "localization_items" ADD COLUMN "max_points" numeric(10, 2);--> statement-breakpoint
ALTER TABLE "localization_items" ADD COLUMN "requires" text;--> statement-breakpoint
ALTER TABLE "localization_items" ADD COLUMN "aliases" text[] DEFAULT '{}'::text[] NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "whatif_scenarios_user_name" ON "whatif_scenarios" USING btree ("user_id","name_key");--> statement-breakpoint
CREATE INDEX "whatif_scenarios_user_created" ON "whatif_scenarios" USING btree ("user_id","created_at");