CREATE TABLE "digest_senders" (
	"owner" text PRIMARY KEY NOT NULL,
	"seen_at" timestamp with time zone NOT NULL
);
