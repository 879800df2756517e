CREATE SCHEMA "conferences";
--> statement-breakpoint
CREATE TYPE "conferences"."attendance_mode" AS ENUM('in_person', 'hybrid', 'online');--> statement-breakpoint
CREATE TYPE "conferences"."conference_format" AS ENUM('mitmach_konferenz', 'mitmach_werkstatt', 'success_workshop');--> statement-breakpoint
CREATE TYPE "conferences"."conference_status" AS ENUM('draft', 'open_for_registration', 'registration_closed', 'held', 'documented', 'cancelled');--> statement-breakpoint
CREATE TYPE "conferences"."initiative_map_kind" AS ENUM('existing', 'needed', 'needs_support');--> statement-breakpoint
CREATE TYPE "conferences"."outcome_kind" AS ENUM('idea', 'project', 'action', 'cooperation');--> statement-breakpoint
CREATE TYPE "conferences"."registration_status" AS ENUM('confirmed', 'waitlisted', 'cancelled');--> statement-breakpoint
CREATE TYPE "conferences"."sector" AS ENUM('civil_society', 'politics', 'administration', 'business', 'science', 'education', 'other');--> statement-breakpoint
CREATE TYPE "conferences"."session_kind" AS ENUM('impulse_talk', 'theme_table', 'workshop', 'open_space', 'marketplace', 'plenary');--> statement-breakpoint
CREATE TABLE "conferences"."conference_days" (
	"conference_id" uuid NOT NULL,
	"date" date NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "conference_days_conference_id_date_pk" PRIMARY KEY("conference_id","date"),
	CONSTRAINT "conference_day_period" CHECK ("conferences"."conference_days"."starts_at" < "conferences"."conference_days"."ends_at")
);
--> statement-breakpoint
CREATE TABLE "conferences"."conference_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"from_status" "conferences"."conference_status",
	"to_status" "conferences"."conference_status" NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "conferences"."conferences" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"country" text NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"format" "conferences"."conference_format" NOT NULL,
	"time_zone" text NOT NULL,
	"attendance_mode" "conferences"."attendance_mode" NOT NULL,
	"capacity" integer NOT NULL,
	"status" "conferences"."conference_status" DEFAULT 'draft' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"field_slugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"venue_name" text,
	"venue_street" text,
	"venue_postal_code" text,
	"venue_city" text,
	"venue_country" text,
	"venue_lat" double precision,
	"venue_lng" double precision,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "conference_country" CHECK ("conferences"."conferences"."country" in ('DE', 'AT', 'CH', 'IT')),
	CONSTRAINT "conference_time_zone" CHECK (("conferences"."conferences"."country", "conferences"."conferences"."time_zone") in (('DE', 'Europe/Berlin'), ('AT', 'Europe/Vienna'), ('CH', 'Europe/Zurich'), ('IT', 'Europe/Rome'))),
	CONSTRAINT "conference_capacity" CHECK ("conferences"."conferences"."capacity" >= 1),
	CONSTRAINT "conference_period" CHECK ("conferences"."conferences"."starts_at" < "conferences"."conferences"."ends_at"),
	CONSTRAINT "conference_venue_complete" CHECK (num_nulls("conferences"."conferences"."venue_name", "conferences"."conferences"."venue_street", "conferences"."conferences"."venue_postal_code", "conferences"."conferences"."venue_city", "conferences"."conferences"."venue_country", "conferences"."conferences"."venue_lat", "conferences"."conferences"."venue_lng") in (0, 7)),
	CONSTRAINT "conference_venue_needed" CHECK ("conferences"."conferences"."attendance_mode" = 'online' or "conferences"."conferences"."venue_name" is not null)
);
--> statement-breakpoint
CREATE TABLE "conferences"."dead_letters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consumer_group" text NOT NULL,
	"event_id" text NOT NULL,
	"event_name" text,
	"topic" text NOT NULL,
	"value" text NOT NULL,
	"error" text NOT NULL,
	"attempts" integer NOT NULL,
	"failed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"replayed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "conferences"."initiative_map_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"kind" "conferences"."initiative_map_kind" NOT NULL,
	"organization_id" uuid,
	"name" text,
	"field_slug" text,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "initiative_map_entry_subject" CHECK (num_nulls("conferences"."initiative_map_entries"."organization_id", "conferences"."initiative_map_entries"."name") = 1)
);
--> statement-breakpoint
CREATE TABLE "conferences"."outbox" (
	"position" bigserial PRIMARY KEY NOT NULL,
	"id" uuid NOT NULL,
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"topic" text NOT NULL,
	"aggregate_type" text NOT NULL,
	"aggregate_id" text NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	"source" text NOT NULL,
	"traceparent" text,
	"payload" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "outbox_id_unique" UNIQUE("id")
);
--> statement-breakpoint
CREATE TABLE "conferences"."outcomes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"kind" "conferences"."outcome_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"field_slugs" text[] DEFAULT '{}'::text[] NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"responsible_person_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"partner_organization_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"next_steps" text,
	"recorded_by" uuid,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "outcome_sdgs" CHECK ("conferences"."outcomes"."sdgs" <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17])
);
--> statement-breakpoint
CREATE TABLE "conferences"."processed_events" (
	"consumer_group" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
CREATE TABLE "conferences"."registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"sequence" bigint GENERATED ALWAYS AS IDENTITY (sequence name "conferences"."registrations_sequence_seq" INCREMENT BY 1 MINVALUE 1 MAXVALUE 9223372036854775807 START WITH 1 CACHE 1),
	"conference_id" uuid NOT NULL,
	"person_id" uuid,
	"sector" "conferences"."sector" NOT NULL,
	"status" "conferences"."registration_status" NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"registered_by" uuid,
	"promoted_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"attended" boolean,
	"attendance_marked_at" timestamp with time zone,
	CONSTRAINT "registration_cancelled_at" CHECK (("conferences"."registrations"."status" = 'cancelled') = ("conferences"."registrations"."cancelled_at" is not null))
);
--> statement-breakpoint
CREATE TABLE "conferences"."sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"conference_id" uuid NOT NULL,
	"kind" "conferences"."session_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text,
	"room" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"speaker_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"field_slug" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "session_period" CHECK ("conferences"."sessions"."starts_at" < "conferences"."sessions"."ends_at")
);
--> statement-breakpoint
ALTER TABLE "conferences"."conference_days" ADD CONSTRAINT "conference_days_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences"."conference_status_changes" ADD CONSTRAINT "conference_status_changes_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences"."initiative_map_entries" ADD CONSTRAINT "initiative_map_entries_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences"."outcomes" ADD CONSTRAINT "outcomes_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences"."registrations" ADD CONSTRAINT "registrations_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "conferences"."sessions" ADD CONSTRAINT "sessions_conference_id_conferences_id_fk" FOREIGN KEY ("conference_id") REFERENCES "conferences"."conferences"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "conference_status_changes_conference_idx" ON "conferences"."conference_status_changes" USING btree ("conference_id","changed_at");--> statement-breakpoint
CREATE INDEX "conferences_region_idx" ON "conferences"."conferences" USING btree ("region_id","starts_at");--> statement-breakpoint
CREATE INDEX "conferences_status_ends_idx" ON "conferences"."conferences" USING btree ("status","ends_at");--> statement-breakpoint
CREATE INDEX "conferences_starts_idx" ON "conferences"."conferences" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "initiative_map_entries_conference_idx" ON "conferences"."initiative_map_entries" USING btree ("conference_id","created_at");--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "conferences"."outbox" USING btree ("position") WHERE published_at is null;--> statement-breakpoint
CREATE INDEX "outcomes_conference_idx" ON "conferences"."outcomes" USING btree ("conference_id","recorded_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registrations_active_person_idx" ON "conferences"."registrations" USING btree ("conference_id","person_id") WHERE "conferences"."registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "registrations_conference_idx" ON "conferences"."registrations" USING btree ("conference_id","sequence");--> statement-breakpoint
CREATE INDEX "registrations_person_idx" ON "conferences"."registrations" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "sessions_conference_idx" ON "conferences"."sessions" USING btree ("conference_id","starts_at");