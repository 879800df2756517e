CREATE TYPE "people"."guest_status" AS ENUM('pending', 'confirmed');--> statement-breakpoint
CREATE TYPE "people"."link_purpose" AS ENUM('confirm_guest', 'cancel_registration');--> statement-breakpoint
CREATE TYPE "people"."mail_status" AS ENUM('pending', 'sent', 'bounced');--> statement-breakpoint
CREATE TABLE "people"."dev_mailbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"raw" text NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."guest_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"status" "people"."guest_status" DEFAULT 'pending' NOT NULL,
	"name" text,
	"email" text,
	"sector" "people"."sector" NOT NULL,
	"consent_to_contact" boolean NOT NULL,
	"public_profile" boolean NOT NULL,
	"partner_key_id" uuid,
	"registration_id" uuid,
	"person_id" uuid,
	"hold_until" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"confirmed_at" timestamp with time zone,
	CONSTRAINT "guest_pending_or_confirmed" CHECK (("people"."guest_registrations"."status" = 'pending' and "people"."guest_registrations"."name" is not null and "people"."guest_registrations"."email" is not null and "people"."guest_registrations"."person_id" is null) or ("people"."guest_registrations"."status" = 'confirmed' and "people"."guest_registrations"."name" is null and "people"."guest_registrations"."email" is null and "people"."guest_registrations"."person_id" is not null and "people"."guest_registrations"."confirmed_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "people"."mail_links" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"purpose" "people"."link_purpose" NOT NULL,
	"guest_id" uuid,
	"registration_id" uuid,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."mail_outbox" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"message_id" text NOT NULL,
	"recipient" text NOT NULL,
	"subject" text NOT NULL,
	"text" text NOT NULL,
	"html" text NOT NULL,
	"language" text NOT NULL,
	"headers" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"attachments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"guest_id" uuid,
	"person_id" uuid,
	"status" "people"."mail_status" DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"next_attempt_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "mail_outbox_messageId_unique" UNIQUE("message_id")
);
--> statement-breakpoint
ALTER TABLE "people"."guest_registrations" ADD CONSTRAINT "guest_registrations_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."mail_links" ADD CONSTRAINT "mail_links_guest_id_guest_registrations_id_fk" FOREIGN KEY ("guest_id") REFERENCES "people"."guest_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."mail_outbox" ADD CONSTRAINT "mail_outbox_guest_id_guest_registrations_id_fk" FOREIGN KEY ("guest_id") REFERENCES "people"."guest_registrations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."mail_outbox" ADD CONSTRAINT "mail_outbox_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "dev_mailbox_received_idx" ON "people"."dev_mailbox" USING btree ("received_at");--> statement-breakpoint
CREATE INDEX "guest_registrations_email_idx" ON "people"."guest_registrations" USING btree (lower("email"),"created_at");--> statement-breakpoint
CREATE INDEX "guest_registrations_partner_idx" ON "people"."guest_registrations" USING btree ("partner_key_id","created_at");--> statement-breakpoint
CREATE INDEX "guest_registrations_hold_idx" ON "people"."guest_registrations" USING btree ("status","hold_until");--> statement-breakpoint
CREATE INDEX "guest_registrations_person_idx" ON "people"."guest_registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "mail_links_guest_idx" ON "people"."mail_links" USING btree ("guest_id");--> statement-breakpoint
CREATE INDEX "mail_links_expires_idx" ON "people"."mail_links" USING btree ("expires_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_due_idx" ON "people"."mail_outbox" USING btree ("status","next_attempt_at");--> statement-breakpoint
CREATE INDEX "mail_outbox_guest_idx" ON "people"."mail_outbox" USING btree ("guest_id");--> statement-breakpoint
CREATE INDEX "mail_outbox_person_idx" ON "people"."mail_outbox" USING btree ("person_id");