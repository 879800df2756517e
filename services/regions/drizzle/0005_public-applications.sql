ALTER TABLE "regions"."applications" ADD COLUMN "applicant_id" uuid;--> statement-breakpoint
ALTER TABLE "regions"."regions" ADD COLUMN "hidden" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "regions"."applications" ADD CONSTRAINT "applications_applicant_unique" UNIQUE("applicant_id");