CREATE TABLE "people"."proof_of_work_uses" (
	"signature" text PRIMARY KEY NOT NULL,
	"form" text NOT NULL,
	"address_tag" text NOT NULL,
	"used_at" timestamp with time zone NOT NULL,
	"keep_until" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "proof_of_work_uses_address_idx" ON "people"."proof_of_work_uses" USING btree ("address_tag","form","used_at");--> statement-breakpoint
CREATE INDEX "proof_of_work_uses_keep_idx" ON "people"."proof_of_work_uses" USING btree ("keep_until");