ALTER TABLE "conferences"."conferences" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "conferences"."outcomes" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;