ALTER TABLE "people"."organizations" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."persons" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "people"."team_memberships" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;