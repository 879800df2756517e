CREATE TYPE "people"."applicant_status" AS ENUM('pending', 'confirmed');--> statement-breakpoint
ALTER TYPE "people"."link_purpose" ADD VALUE 'confirm_application';--> statement-breakpoint
CREATE TABLE "people"."region_applicants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"status" "people"."applicant_status" DEFAULT 'pending' NOT NULL,
	"region_name" text NOT NULL,
	"region_kind" text NOT NULL,
	"country" text NOT NULL,
	"subdivision" text NOT NULL,
	"area" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"motivation" text NOT NULL,
	"fields_of_action" text[] NOT NULL,
	"team" text[] NOT NULL,
	"contact_name" text,
	"email" text,
	"person_id" uuid,
	"partner_key_id" uuid,
	"application_id" uuid,
	"hold_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "applicant_pending_or_confirmed" CHECK (("people"."region_applicants"."status" = 'pending' and "people"."region_applicants"."contact_name" is not null and "people"."region_applicants"."email" is not null and "people"."region_applicants"."person_id" is null) or ("people"."region_applicants"."status" = 'confirmed' and "people"."region_applicants"."contact_name" is null and "people"."region_applicants"."email" is null and "people"."region_applicants"."person_id" is not null and "people"."region_applicants"."confirmed_at" is not null))
);
--> statement-breakpoint
ALTER TABLE "people"."mail_links" ADD COLUMN "applicant_id" uuid;--> statement-breakpoint
ALTER TABLE "people"."mail_outbox" ADD COLUMN "applicant_id" uuid;--> statement-breakpoint
ALTER TABLE "people"."region_applicants" ADD CONSTRAINT "region_applicants_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "region_applicants_email_idx" ON "people"."region_applicants" USING btree (lower("email"),"created_at");--> statement-breakpoint
CREATE INDEX "region_applicants_partner_idx" ON "people"."region_applicants" USING btree ("partner_key_id","created_at");--> statement-breakpoint
CREATE INDEX "region_applicants_hold_idx" ON "people"."region_applicants" USING btree ("status","hold_until");--> statement-breakpoint
CREATE INDEX "region_applicants_person_idx" ON "people"."region_applicants" USING btree ("person_id");--> statement-breakpoint
ALTER TABLE "people"."mail_links" ADD CONSTRAINT "mail_links_applicant_id_region_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "people"."region_applicants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."mail_outbox" ADD CONSTRAINT "mail_outbox_applicant_id_region_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "people"."region_applicants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "mail_links_applicant_idx" ON "people"."mail_links" USING btree ("applicant_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_applicant_idx" ON "people"."mail_outbox" USING btree ("applicant_id");