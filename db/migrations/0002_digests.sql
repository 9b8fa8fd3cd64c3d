CREATE TABLE "digest_deliveries" (
	"id" serial PRIMARY KEY NOT NULL,
	"subscriber_id" integer NOT NULL,
	"local_date" date NOT NULL,
	"chat_id" bigint NOT NULL,
	"chat_type" text NOT NULL,
	"lang" text NOT NULL,
	"status" text NOT NULL,
	"content" jsonb NOT NULL,
	"since" timestamp with time zone NOT NULL,
	"until" timestamp with time zone NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_owner" text,
	"lease_until" timestamp with time zone,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL,
	CONSTRAINT "digest_deliveries_subscriber_day" UNIQUE("subscriber_id","local_date")
);
--> statement-breakpoint
CREATE TABLE "subscribers" (
	"id" serial PRIMARY KEY NOT NULL,
	"chat_id" bigint NOT NULL,
	"chat_type" text NOT NULL,
	"lang" text NOT NULL,
	"topics" text[] NOT NULL,
	"include_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"exclude_keywords" text[] DEFAULT '{}'::text[] NOT NULL,
	"digest_minute" integer NOT NULL,
	"time_zone" text NOT NULL,
	"weekdays_only" boolean DEFAULT false NOT NULL,
	"when_empty" text DEFAULT 'skip' NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"deactivated_at" timestamp with time zone,
	"deactivated_reason" text,
	"next_due_at" timestamp with time zone NOT NULL,
	"covered_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "subscribers_chat_id_unique" UNIQUE("chat_id")
);
--> statement-breakpoint
ALTER TABLE "localization_rule_sets" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "price_points" ADD COLUMN "created_at" timestamp with time zone DEFAULT now() NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_subscriber_id_subscribers_id_fk" FOREIGN KEY ("subscriber_id") REFERENCES "public"."subscribers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "digest_deliveries_claim" ON "digest_deliveries" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "subscribers_due" ON "subscribers" USING btree ("active","next_due_at");