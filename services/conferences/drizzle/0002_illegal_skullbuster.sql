ALTER TABLE "conferences"."registrations" ADD COLUMN "guest_id" uuid;--> statement-breakpoint
ALTER TABLE "conferences"."registrations" ADD COLUMN "awaiting_confirmation" boolean DEFAULT false NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_guest_idx" ON "conferences"."registrations" USING btree ("guest_id");--> statement-breakpoint
ALTER TABLE "conferences"."registrations" ADD CONSTRAINT "registration_awaiting_guest" CHECK (not "conferences"."registrations"."awaiting_confirmation" or "conferences"."registrations"."guest_id" is not null);