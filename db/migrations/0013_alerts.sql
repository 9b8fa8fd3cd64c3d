CREATE TABLE "alert_chats" (
	"chat_id" bigint PRIMARY KEY NOT NULL,
	"chat_type" text NOT NULL,
	"lang" text NOT NULL,
	"time_zone" text DEFAULT 'Europe/Moscow' NOT NULL,
	"quiet_from" integer,
	"quiet_to" integer,
	"active" boolean DEFAULT true NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "alert_rules" (
	"id" serial PRIMARY KEY NOT NULL,
	"chat_id" bigint NOT NULL,
	"kind" text NOT NULL,
	"series_key" text,
	"direction" text,
	"level" numeric(16, 2),
	"percent" numeric(8, 2),
	"topic" text,
	"jurisdiction" text,
	"purpose" text,
	"keyword" text,
	"keyword_lexemes" text[],
	"muted" boolean DEFAULT false NOT NULL,
	"created_by" bigint,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "digest_deliveries" ALTER COLUMN "subscriber_id" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ALTER COLUMN "local_date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "kind" text DEFAULT 'digest' NOT NULL;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "alert_rule_id" integer;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD COLUMN "fact_ref" text;--> statement-breakpoint
ALTER TABLE "alert_rules" ADD CONSTRAINT "alert_rules_chat_id_alert_chats_chat_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."alert_chats"("chat_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "alert_rules_chat" ON "alert_rules" USING btree ("chat_id");--> statement-breakpoint
CREATE INDEX "alert_rules_series" ON "alert_rules" USING btree ("series_key") WHERE "alert_rules"."series_key" is not null;--> statement-breakpoint
CREATE INDEX "alert_rules_kind" ON "alert_rules" USING btree ("kind","topic");--> statement-breakpoint
CREATE INDEX "alert_rules_lexemes" ON "alert_rules" USING gin ("keyword_lexemes");--> statement-breakpoint
CREATE INDEX "digest_deliveries_fact" ON "digest_deliveries" USING btree ("fact_ref");--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_rule_fact" UNIQUE("alert_rule_id","fact_ref","kind");