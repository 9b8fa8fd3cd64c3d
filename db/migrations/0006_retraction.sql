ALTER TABLE "policy_changes" ADD COLUMN "retracted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "price_points" ADD COLUMN "retracted_at" timestamp with time zone;