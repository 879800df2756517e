CREATE SCHEMA "regions";
--> statement-breakpoint
CREATE TYPE "regions"."application_decision" AS ENUM('pending', 'accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "regions"."funding_kind" AS ENUM('deposit', 'matching', 'grant');--> statement-breakpoint
CREATE TYPE "regions"."peer_group_moderation" AS ENUM('professional', 'self_organised');--> statement-breakpoint
CREATE TYPE "regions"."region_kind" AS ENUM('region', 'district', 'municipality', 'city', 'city_quarter');--> statement-breakpoint
CREATE TYPE "regions"."region_status" AS ENUM('applied', 'accepted', 'in_regional_lab', 'active', 'self_organised', 'paused', 'ended');--> statement-breakpoint
CREATE TABLE "regions"."application_rounds" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"title" text NOT NULL,
	"opens_on" date NOT NULL,
	"deadline" date NOT NULL,
	"cohort_starts_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "application_rounds_slug_unique" UNIQUE("slug"),
	CONSTRAINT "application_round_dates" CHECK ("regions"."application_rounds"."opens_on" <= "regions"."application_rounds"."deadline")
);
--> statement-breakpoint
CREATE TABLE "regions"."applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"round_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"submitted_on" date NOT NULL,
	"motivation" text NOT NULL,
	"decision" "regions"."application_decision" DEFAULT 'pending' NOT NULL,
	"decided_on" date,
	"decided_by" uuid,
	CONSTRAINT "applications_round_region" UNIQUE("round_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "regions"."fields_of_action" (
	"slug" text PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	"taxonomy" text NOT NULL,
	"cross_cutting" boolean DEFAULT false NOT NULL,
	"retired" boolean DEFAULT false NOT NULL,
	"position" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions"."funding_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"kind" "regions"."funding_kind" NOT NULL,
	"amount_cents" integer NOT NULL,
	"booked_on" date NOT NULL,
	"note" text NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "funding_amount_positive" CHECK ("regions"."funding_entries"."amount_cents" > 0)
);
--> statement-breakpoint
CREATE TABLE "regions"."peer_groups" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"moderation" "regions"."peer_group_moderation" NOT NULL,
	"formed_on" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_groups_slug_unique" UNIQUE("slug")
);
--> statement-breakpoint
CREATE TABLE "regions"."region_fields_of_action" (
	"region_id" uuid NOT NULL,
	"field_slug" text NOT NULL,
	CONSTRAINT "region_fields_of_action_region_id_field_slug_pk" PRIMARY KEY("region_id","field_slug")
);
--> statement-breakpoint
CREATE TABLE "regions"."region_sdgs" (
	"region_id" uuid NOT NULL,
	"sdg" integer NOT NULL,
	CONSTRAINT "region_sdgs_region_id_sdg_pk" PRIMARY KEY("region_id","sdg")
);
--> statement-breakpoint
CREATE TABLE "regions"."region_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"region_id" uuid NOT NULL,
	"from_status" "regions"."region_status",
	"to_status" "regions"."region_status" NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "regions"."regions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"slug" text NOT NULL,
	"name" text NOT NULL,
	"kind" "regions"."region_kind" NOT NULL,
	"country" text NOT NULL,
	"subdivision" text NOT NULL,
	"description" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"website" text,
	"public_contact" text,
	"status" "regions"."region_status" NOT NULL,
	"joined_on" date NOT NULL,
	"has_held_conference" boolean DEFAULT false NOT NULL,
	"first_conference_on" date,
	"peer_group_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "regions_slug_unique" UNIQUE("slug"),
	CONSTRAINT "region_country" CHECK ("regions"."regions"."country" in ('DE', 'AT', 'CH', 'IT')),
	CONSTRAINT "region_lat" CHECK ("regions"."regions"."lat" between -90 and 90),
	CONSTRAINT "region_lng" CHECK ("regions"."regions"."lng" between -180 and 180)
);
--> statement-breakpoint
CREATE TABLE "regions"."sdgs" (
	"number" integer PRIMARY KEY NOT NULL,
	"name_de" text NOT NULL,
	"name_en" text NOT NULL,
	CONSTRAINT "sdg_number_range" CHECK ("regions"."sdgs"."number" between 1 and 17)
);
--> statement-breakpoint
ALTER TABLE "regions"."applications" ADD CONSTRAINT "applications_round_id_application_rounds_id_fk" FOREIGN KEY ("round_id") REFERENCES "regions"."application_rounds"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."applications" ADD CONSTRAINT "applications_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "regions"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."funding_entries" ADD CONSTRAINT "funding_entries_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "regions"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."region_fields_of_action" ADD CONSTRAINT "region_fields_of_action_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "regions"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."region_fields_of_action" ADD CONSTRAINT "region_fields_of_action_field_slug_fields_of_action_slug_fk" FOREIGN KEY ("field_slug") REFERENCES "regions"."fields_of_action"("slug") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."region_sdgs" ADD CONSTRAINT "region_sdgs_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "regions"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."region_sdgs" ADD CONSTRAINT "region_sdgs_sdg_sdgs_number_fk" FOREIGN KEY ("sdg") REFERENCES "regions"."sdgs"("number") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."region_status_changes" ADD CONSTRAINT "region_status_changes_region_id_regions_id_fk" FOREIGN KEY ("region_id") REFERENCES "regions"."regions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "regions"."regions" ADD CONSTRAINT "regions_peer_group_id_peer_groups_id_fk" FOREIGN KEY ("peer_group_id") REFERENCES "regions"."peer_groups"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "applications_round_idx" ON "regions"."applications" USING btree ("round_id");--> statement-breakpoint
CREATE INDEX "funding_entries_region_idx" ON "regions"."funding_entries" USING btree ("region_id","booked_on");--> statement-breakpoint
CREATE INDEX "rfoa_field_idx" ON "regions"."region_fields_of_action" USING btree ("field_slug");--> statement-breakpoint
CREATE INDEX "region_status_changes_region_idx" ON "regions"."region_status_changes" USING btree ("region_id","changed_at");--> statement-breakpoint
CREATE INDEX "regions_country_status_idx" ON "regions"."regions" USING btree ("country","status");--> statement-breakpoint
CREATE INDEX "regions_location_idx" ON "regions"."regions" USING btree ("lat","lng");--> statement-breakpoint
CREATE INDEX "regions_peer_group_idx" ON "regions"."regions" USING btree ("peer_group_id");