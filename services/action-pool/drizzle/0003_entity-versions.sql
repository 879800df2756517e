ALTER TABLE "action_pool"."actions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "action_pool"."adoptions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;