CREATE TABLE "people"."conference_reminders" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"person_id" uuid NOT NULL,
	"conference" jsonb NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "people"."mail_opt_outs" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"opted_out_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people"."conference_reminders" ADD CONSTRAINT "conference_reminders_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."mail_opt_outs" ADD CONSTRAINT "mail_opt_outs_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conference_reminders_due_idx" ON "people"."conference_reminders" USING btree ("due_at") WHERE "people"."conference_reminders"."sent_at" is null;--> statement-breakpoint
CREATE INDEX "conference_reminders_person_idx" ON "people"."conference_reminders" USING btree ("person_id");