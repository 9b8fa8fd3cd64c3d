CREATE TABLE "localization_item_sources" (
	"item_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "localization_item_sources_item_id_source_id_pk" PRIMARY KEY("item_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "localization_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"regime" text NOT NULL,
	"code" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"kind" text NOT NULL,
	"points" numeric(10, 2) NOT NULL,
	"counts_within" text,
	"valid_from" date,
	"valid_to" date,
	"note_en" text,
	"note_ru" text,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "localization_items_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "localization_model_scores" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"model" text NOT NULL,
	"year" integer NOT NULL,
	"points" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "localization_model_scores_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "localization_parameters" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"regime" text NOT NULL,
	"name" text NOT NULL,
	"value" numeric(12, 2) NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "localization_parameters_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "localization_rule_set_sources" (
	"rule_set_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "localization_rule_set_sources_rule_set_id_source_id_pk" PRIMARY KEY("rule_set_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "localization_rule_sets" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"regime" text NOT NULL,
	"category" text NOT NULL,
	"purpose" text NOT NULL,
	"effective_from" date NOT NULL,
	"threshold" integer NOT NULL,
	"status" text DEFAULT 'in_force' NOT NULL,
	"note_en" text,
	"note_ru" text,
	CONSTRAINT "localization_rule_sets_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "app_meta" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "jurisdictions" (
	"code" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "policy_change_sources" (
	"policy_change_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "policy_change_sources_policy_change_id_source_id_pk" PRIMARY KEY("policy_change_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "policy_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"effective_on" date NOT NULL,
	"date_precision" text DEFAULT 'day' NOT NULL,
	"jurisdiction" text NOT NULL,
	"topic" text NOT NULL,
	"title_en" text NOT NULL,
	"title_ru" text NOT NULL,
	"summary_en" text NOT NULL,
	"summary_ru" text NOT NULL,
	CONSTRAINT "policy_changes_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "policy_topics" (
	"key" text PRIMARY KEY NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"aliases" text[] DEFAULT '{}' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "price_point_sources" (
	"point_id" integer NOT NULL,
	"source_id" integer NOT NULL,
	CONSTRAINT "price_point_sources_point_id_source_id_pk" PRIMARY KEY("point_id","source_id")
);
--> statement-breakpoint
CREATE TABLE "price_points" (
	"id" serial PRIMARY KEY NOT NULL,
	"series_id" integer NOT NULL,
	"period_start" date NOT NULL,
	"granularity" text NOT NULL,
	"value" numeric(16, 2) NOT NULL,
	"approximate" boolean DEFAULT false NOT NULL,
	"note_en" text,
	"note_ru" text,
	CONSTRAINT "price_points_period_uq" UNIQUE("series_id","period_start","granularity","value")
);
--> statement-breakpoint
CREATE TABLE "price_reported_changes" (
	"id" serial PRIMARY KEY NOT NULL,
	"point_id" integer NOT NULL,
	"basis" text NOT NULL,
	"change_pct" numeric(8, 2),
	"change_abs" numeric(16, 2),
	"source_id" integer NOT NULL,
	CONSTRAINT "price_reported_changes_uq" UNIQUE("point_id","basis","source_id")
);
--> statement-breakpoint
CREATE TABLE "price_series" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"short_en" text NOT NULL,
	"short_ru" text NOT NULL,
	"region" text DEFAULT 'RU' NOT NULL,
	"currency" text DEFAULT 'RUB' NOT NULL,
	"method_en" text,
	"method_ru" text,
	"method_source_id" integer,
	"model" text,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	"sort_order" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "price_series_key_unique" UNIQUE("key")
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"publisher" text NOT NULL,
	"title" text NOT NULL,
	"url" text,
	"published_on" date,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "sources_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "localization_item_sources" ADD CONSTRAINT "localization_item_sources_item_id_localization_items_id_fk" FOREIGN KEY ("item_id") REFERENCES "public"."localization_items"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "localization_item_sources" ADD CONSTRAINT "localization_item_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "localization_model_scores" ADD CONSTRAINT "localization_model_scores_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "localization_parameters" ADD CONSTRAINT "localization_parameters_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "localization_rule_set_sources" ADD CONSTRAINT "localization_rule_set_sources_rule_set_id_localization_rule_sets_id_fk" FOREIGN KEY ("rule_set_id") REFERENCES "public"."localization_rule_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "localization_rule_set_sources" ADD CONSTRAINT "localization_rule_set_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_change_sources" ADD CONSTRAINT "policy_change_sources_policy_change_id_policy_changes_id_fk" FOREIGN KEY ("policy_change_id") REFERENCES "public"."policy_changes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_change_sources" ADD CONSTRAINT "policy_change_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_jurisdiction_jurisdictions_code_fk" FOREIGN KEY ("jurisdiction") REFERENCES "public"."jurisdictions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD CONSTRAINT "policy_changes_topic_policy_topics_key_fk" FOREIGN KEY ("topic") REFERENCES "public"."policy_topics"("key") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_point_sources" ADD CONSTRAINT "price_point_sources_point_id_price_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."price_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_point_sources" ADD CONSTRAINT "price_point_sources_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_points" ADD CONSTRAINT "price_points_series_id_price_series_id_fk" FOREIGN KEY ("series_id") REFERENCES "public"."price_series"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_reported_changes" ADD CONSTRAINT "price_reported_changes_point_id_price_points_id_fk" FOREIGN KEY ("point_id") REFERENCES "public"."price_points"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_reported_changes" ADD CONSTRAINT "price_reported_changes_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "price_series" ADD CONSTRAINT "price_series_method_source_id_sources_id_fk" FOREIGN KEY ("method_source_id") REFERENCES "public"."sources"("id") ON DELETE no action ON UPDATE no action;