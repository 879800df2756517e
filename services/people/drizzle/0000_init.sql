CREATE SCHEMA "people";
--> statement-breakpoint
CREATE TYPE "people"."organization_kind" AS ENUM('initiative', 'association', 'company', 'municipality', 'public_agency', 'foundation', 'school');--> statement-breakpoint
CREATE TYPE "people"."sector" AS ENUM('civil_society', 'politics', 'administration', 'business', 'science', 'education', 'other');--> statement-breakpoint
CREATE TYPE "people"."team_role" AS ENUM('regional_moderator', 'team_member', 'contact');--> statement-breakpoint
CREATE TABLE "people"."organization_fields_of_action" (
	"organization_id" uuid NOT NULL,
	"field_slug" text NOT NULL,
	CONSTRAINT "organization_fields_of_action_organization_id_field_slug_pk" PRIMARY KEY("organization_id","field_slug")
);
--> statement-breakpoint
CREATE TABLE "people"."organization_supporters" (
	"organization_id" uuid NOT NULL,
	"supporter_id" uuid NOT NULL,
	CONSTRAINT "organization_supporters_organization_id_supporter_id_pk" PRIMARY KEY("organization_id","supporter_id"),
	CONSTRAINT "organization_supports_not_itself" CHECK ("people"."organization_supporters"."organization_id" <> "people"."organization_supporters"."supporter_id")
);
--> statement-breakpoint
CREATE TABLE "people"."organizations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" "people"."organization_kind" NOT NULL,
	"region_id" uuid,
	"description" text,
	"website" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."persons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"display_name" text NOT NULL,
	"given_name" text NOT NULL,
	"family_name" text NOT NULL,
	"email" text NOT NULL,
	"phone" text,
	"sector" "people"."sector" NOT NULL,
	"region_id" uuid,
	"public_profile_consented_at" timestamp with time zone,
	"public_profile_withdrawn_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "people"."team_memberships" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"role" "people"."team_role" NOT NULL,
	"since" date NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "team_memberships_person_region_role" UNIQUE("person_id","region_id","role")
);
--> statement-breakpoint
ALTER TABLE "people"."organization_fields_of_action" ADD CONSTRAINT "organization_fields_of_action_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "people"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."organization_supporters" ADD CONSTRAINT "organization_supporters_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "people"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."organization_supporters" ADD CONSTRAINT "organization_supporters_supporter_id_organizations_id_fk" FOREIGN KEY ("supporter_id") REFERENCES "people"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "people"."team_memberships" ADD CONSTRAINT "team_memberships_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "people"."persons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "ofoa_field_idx" ON "people"."organization_fields_of_action" USING btree ("field_slug");--> statement-breakpoint
CREATE INDEX "organization_supporters_supporter_idx" ON "people"."organization_supporters" USING btree ("supporter_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_region_name_unique" ON "people"."organizations" USING btree (coalesce("region_id", '00000000-0000-0000-0000-000000000000'::uuid),lower("name"));--> statement-breakpoint
CREATE INDEX "organizations_region_name_idx" ON "people"."organizations" USING btree ("region_id","name","id");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "people"."organizations" USING btree ("kind");--> statement-breakpoint
CREATE UNIQUE INDEX "persons_email_unique" ON "people"."persons" USING btree (lower("email"));--> statement-breakpoint
CREATE INDEX "persons_region_idx" ON "people"."persons" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "persons_display_name_idx" ON "people"."persons" USING btree ("display_name","id");--> statement-breakpoint
CREATE INDEX "team_memberships_region_idx" ON "people"."team_memberships" USING btree ("region_id");