CREATE SCHEMA "action_pool";
--> statement-breakpoint
CREATE TYPE "action_pool"."action_status" AS ENUM('draft', 'in_review', 'published', 'archived');--> statement-breakpoint
CREATE TYPE "action_pool"."adoption_status" AS ENUM('planned', 'in_progress', 'implemented', 'abandoned');--> statement-breakpoint
CREATE TYPE "action_pool"."effort_level" AS ENUM('low', 'medium', 'high');--> statement-breakpoint
CREATE TABLE "action_pool"."action_status_changes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"from_status" "action_pool"."action_status",
	"to_status" "action_pool"."action_status" NOT NULL,
	"note" text,
	"changed_by" uuid,
	"changed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "action_pool"."action_steps" (
	"action_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	CONSTRAINT "action_steps_action_id_position_pk" PRIMARY KEY("action_id","position"),
	CONSTRAINT "action_step_position" CHECK ("action_pool"."action_steps"."position" >= 1)
);
--> statement-breakpoint
CREATE TABLE "action_pool"."actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"description" text NOT NULL,
	"impact" text NOT NULL,
	"effort_level" "action_pool"."effort_level" NOT NULL,
	"duration_weeks" integer NOT NULL,
	"cost_min_eur" integer NOT NULL,
	"cost_max_eur" integer NOT NULL,
	"target_groups" text[] DEFAULT '{}'::text[] NOT NULL,
	"field_slugs" text[] NOT NULL,
	"sdgs" integer[] DEFAULT '{}'::integer[] NOT NULL,
	"origin_region_id" uuid NOT NULL,
	"origin_country" text NOT NULL,
	"origin_conference_id" uuid,
	"origin_outcome_id" uuid,
	"image_credit" text,
	"contact_organization_id" uuid,
	"status" "action_pool"."action_status" DEFAULT 'draft' NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('german'::regconfig, "title"), 'A') || setweight(to_tsvector('german'::regconfig, "summary"), 'B') || setweight(to_tsvector('german'::regconfig, "description"), 'C')) STORED NOT NULL,
	CONSTRAINT "actions_origin_outcome_unique" UNIQUE("origin_outcome_id"),
	CONSTRAINT "action_country" CHECK ("action_pool"."actions"."origin_country" in ('DE', 'AT', 'CH', 'IT')),
	CONSTRAINT "action_cost_range" CHECK ("action_pool"."actions"."cost_min_eur" >= 0 and "action_pool"."actions"."cost_min_eur" <= "action_pool"."actions"."cost_max_eur"),
	CONSTRAINT "action_duration" CHECK ("action_pool"."actions"."duration_weeks" between 1 and 260),
	CONSTRAINT "action_fields_present" CHECK (cardinality("action_pool"."actions"."field_slugs") >= 1),
	CONSTRAINT "action_sdg_numbers" CHECK ("action_pool"."actions"."sdgs" <@ array[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17]),
	CONSTRAINT "action_published_at" CHECK ("action_pool"."actions"."status" in ('draft', 'in_review') or "action_pool"."actions"."published_at" is not null)
);
--> statement-breakpoint
CREATE TABLE "action_pool"."adoptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"action_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"status" "action_pool"."adoption_status" DEFAULT 'planned' NOT NULL,
	"started_on" date NOT NULL,
	"completed_on" date,
	"note" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "adoption_completed_when_implemented" CHECK (("action_pool"."adoptions"."status" = 'implemented') = ("action_pool"."adoptions"."completed_on" is not null)),
	CONSTRAINT "adoption_dates" CHECK ("action_pool"."adoptions"."completed_on" is null or "action_pool"."adoptions"."completed_on" >= "action_pool"."adoptions"."started_on")
);
--> statement-breakpoint
CREATE TABLE "action_pool"."fields_of_action" (
	"slug" text PRIMARY KEY NOT NULL,
	"retired" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
ALTER TABLE "action_pool"."action_status_changes" ADD CONSTRAINT "action_status_changes_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "action_pool"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_pool"."action_steps" ADD CONSTRAINT "action_steps_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "action_pool"."actions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "action_pool"."adoptions" ADD CONSTRAINT "adoptions_action_id_actions_id_fk" FOREIGN KEY ("action_id") REFERENCES "action_pool"."actions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "action_status_changes_action_idx" ON "action_pool"."action_status_changes" USING btree ("action_id","changed_at");--> statement-breakpoint
CREATE INDEX "actions_search_idx" ON "action_pool"."actions" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "actions_fields_idx" ON "action_pool"."actions" USING gin ("field_slugs");--> statement-breakpoint
CREATE INDEX "actions_sdgs_idx" ON "action_pool"."actions" USING gin ("sdgs");--> statement-breakpoint
CREATE INDEX "actions_status_published_idx" ON "action_pool"."actions" USING btree ("status","published_at");--> statement-breakpoint
CREATE INDEX "actions_origin_region_idx" ON "action_pool"."actions" USING btree ("origin_region_id");--> statement-breakpoint
CREATE INDEX "actions_origin_conference_idx" ON "action_pool"."actions" USING btree ("origin_conference_id");--> statement-breakpoint
CREATE UNIQUE INDEX "adoptions_open_unique" ON "action_pool"."adoptions" USING btree ("action_id","region_id") WHERE status in ('planned', 'in_progress');--> statement-breakpoint
CREATE INDEX "adoptions_action_idx" ON "action_pool"."adoptions" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "adoptions_region_idx" ON "action_pool"."adoptions" USING btree ("region_id","started_on");