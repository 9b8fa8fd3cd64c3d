ALTER TABLE "localization_rule_sets" ADD COLUMN "origin" text DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "policy_changes" ADD COLUMN "origin" text DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "price_points" ADD COLUMN "origin" text DEFAULT 'live' NOT NULL;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "origin" text DEFAULT 'live' NOT NULL;--> statement-breakpoint
-- Rows already stored came from the seed or an import, except those cited by an ingested article.
UPDATE "sources" SET "origin" = 'seed' WHERE "id" NOT IN (SELECT "source_id" FROM "articles" WHERE "source_id" IS NOT NULL);--> statement-breakpoint
UPDATE "price_points" SET "origin" = 'seed' WHERE "id" NOT IN (SELECT s."point_id" FROM "price_point_sources" s JOIN "articles" a ON a."source_id" = s."source_id");--> statement-breakpoint
UPDATE "policy_changes" SET "origin" = 'seed' WHERE "id" NOT IN (SELECT s."policy_change_id" FROM "policy_change_sources" s JOIN "articles" a ON a."source_id" = s."source_id");--> statement-breakpoint
UPDATE "localization_rule_sets" SET "origin" = 'seed';
