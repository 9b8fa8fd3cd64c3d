ALTER TABLE "sources" ADD COLUMN "publisher_ru" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "title_ru" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "date_note_en" text;--> statement-breakpoint
ALTER TABLE "sources" ADD COLUMN "date_note_ru" text;