CREATE TABLE "briefing_entities" (
	"briefing_id" integer NOT NULL,
	"entity_id" integer NOT NULL,
	CONSTRAINT "briefing_entities_briefing_id_entity_id_pk" PRIMARY KEY("briefing_id","entity_id")
);
--> statement-breakpoint
CREATE TABLE "briefing_statements" (
	"id" serial PRIMARY KEY NOT NULL,
	"briefing_id" integer NOT NULL,
	"position" integer NOT NULL,
	"speaker_entity_id" integer,
	"speaker" text NOT NULL,
	"role_en" text,
	"role_ru" text,
	"gist_en" text,
	"gist_ru" text,
	"quote" text
);
--> statement-breakpoint
CREATE TABLE "briefings" (
	"id" serial PRIMARY KEY NOT NULL,
	"source_id" integer NOT NULL,
	"article_id" integer,
	"language" text NOT NULL,
	"summary_en" text,
	"summary_ru" text,
	"reported_on" date NOT NULL,
	"origin" text DEFAULT 'live' NOT NULL,
	"search_en" text DEFAULT '' NOT NULL,
	"search_ru" text DEFAULT '' NOT NULL,
	"tsv_en" "tsvector" GENERATED ALWAYS AS (to_tsvector('english'::regconfig, search_en)) STORED,
	"tsv_ru" "tsvector" GENERATED ALWAYS AS (to_tsvector('russian'::regconfig, search_ru)) STORED,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "briefings_source_id_unique" UNIQUE("source_id")
);
--> statement-breakpoint
CREATE TABLE "entities" (
	"id" serial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"kind" text NOT NULL,
	"name_en" text NOT NULL,
	"name_ru" text NOT NULL,
	"role_en" text,
	"role_ru" text,
	"aliases" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "entities_key_unique" UNIQUE("key")
);
--> statement-breakpoint
ALTER TABLE "briefing_entities" ADD CONSTRAINT "briefing_entities_briefing_id_briefings_id_fk" FOREIGN KEY ("briefing_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_entities" ADD CONSTRAINT "briefing_entities_entity_id_entities_id_fk" FOREIGN KEY ("entity_id") REFERENCES "public"."entities"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_statements" ADD CONSTRAINT "briefing_statements_briefing_id_briefings_id_fk" FOREIGN KEY ("briefing_id") REFERENCES "public"."briefings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefing_statements" ADD CONSTRAINT "briefing_statements_speaker_entity_id_entities_id_fk" FOREIGN KEY ("speaker_entity_id") REFERENCES "public"."entities"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_source_id_sources_id_fk" FOREIGN KEY ("source_id") REFERENCES "public"."sources"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "briefings" ADD CONSTRAINT "briefings_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "briefing_entities_entity" ON "briefing_entities" USING btree ("entity_id");--> statement-breakpoint
CREATE INDEX "briefing_statements_briefing" ON "briefing_statements" USING btree ("briefing_id","position");--> statement-breakpoint
CREATE INDEX "briefings_tsv_en" ON "briefings" USING gin ("tsv_en") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "briefings_tsv_ru" ON "briefings" USING gin ("tsv_ru") WITH (fastupdate=false);--> statement-breakpoint
CREATE INDEX "briefings_reported" ON "briefings" USING btree ("reported_on","id");