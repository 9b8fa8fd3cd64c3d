CREATE TABLE "feed_items" (
	"id" serial PRIMARY KEY NOT NULL,
	"feed_id" integer NOT NULL,
	"guid" text NOT NULL,
	"canonical_url" text,
	"content_hash" text,
	"title" text,
	"status" text DEFAULT 'reading' NOT NULL,
	"article_id" integer,
	"published_on" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "feeds" (
	"id" serial PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"title" text,
	"status" text DEFAULT 'new' NOT NULL,
	"last_error" text,
	"etag" text,
	"last_modified" text,
	"last_success_at" timestamp with time zone,
	"last_error_at" timestamp with time zone,
	"error_count" integer DEFAULT 0 NOT NULL,
	"failing_since" timestamp with time zone,
	"failure_reported_at" timestamp with time zone,
	"next_poll_at" timestamp with time zone DEFAULT now() NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"paused" boolean DEFAULT false NOT NULL,
	"added_by" bigint NOT NULL,
	"allow_private" boolean DEFAULT false NOT NULL,
	"trusted_kinds" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "feeds_url_unique" UNIQUE("url")
);
--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_feed_id_feeds_id_fk" FOREIGN KEY ("feed_id") REFERENCES "public"."feeds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "feed_items" ADD CONSTRAINT "feed_items_article_id_articles_id_fk" FOREIGN KEY ("article_id") REFERENCES "public"."articles"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "feed_items_guid" ON "feed_items" USING btree ("feed_id","guid");--> statement-breakpoint
CREATE UNIQUE INDEX "feed_items_url" ON "feed_items" USING btree ("canonical_url");--> statement-breakpoint
CREATE INDEX "feed_items_hash" ON "feed_items" USING btree ("content_hash");--> statement-breakpoint
CREATE INDEX "feeds_due" ON "feeds" USING btree ("paused","next_poll_at");