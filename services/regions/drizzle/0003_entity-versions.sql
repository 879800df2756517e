ALTER TABLE "regions"."application_rounds" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "regions"."peer_groups" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "regions"."regions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;