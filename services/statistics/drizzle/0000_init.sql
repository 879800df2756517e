CREATE SCHEMA "statistics";
--> statement-breakpoint
CREATE TABLE "statistics"."actions" (
	"action_id" uuid PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"origin_region_id" uuid,
	"country" text,
	"fields" text[] NOT NULL,
	"published_at" timestamp with time zone NOT NULL,
	"first_published_at" timestamp with time zone NOT NULL,
	"contribution" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics"."adoptions" (
	"adoption_id" uuid PRIMARY KEY NOT NULL,
	"action_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"status" text NOT NULL,
	"started_on" date NOT NULL,
	"completed_on" date,
	"changed_at" timestamp with time zone NOT NULL,
	"contribution" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics"."conferences" (
	"conference_id" uuid PRIMARY KEY NOT NULL,
	"region_id" uuid NOT NULL,
	"country" text NOT NULL,
	"format" text NOT NULL,
	"held_on" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics"."counted_facts" (
	"kind" text NOT NULL,
	"fact_id" uuid NOT NULL,
	"counted_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "counted_facts_kind_fact_id_pk" PRIMARY KEY("kind","fact_id")
);
--> statement-breakpoint
CREATE TABLE "statistics"."counters" (
	"metric" text NOT NULL,
	"span" text NOT NULL,
	"month" date NOT NULL,
	"country" text NOT NULL,
	"dimension" text NOT NULL,
	"fields" text[] NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "counters_metric_span_month_country_dimension_fields_pk" PRIMARY KEY("metric","span","month","country","dimension","fields")
);
--> statement-breakpoint
CREATE TABLE "statistics"."dead_letters" (
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
CREATE TABLE "statistics"."enrollments" (
	"enrollment_id" uuid PRIMARY KEY NOT NULL,
	"target_id" uuid NOT NULL,
	"target_kind" text NOT NULL,
	"status" text NOT NULL,
	"enrolled_at" timestamp with time zone NOT NULL,
	"completed_at" timestamp with time zone,
	"changed_at" timestamp with time zone NOT NULL,
	"contribution" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics"."entity_counters" (
	"entity_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"dimension" text NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "entity_counters_entity_id_metric_dimension_pk" PRIMARY KEY("entity_id","metric","dimension")
);
--> statement-breakpoint
CREATE TABLE "statistics"."learning_targets" (
	"target_id" uuid PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"title_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics"."processed_events" (
	"consumer_group" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
CREATE TABLE "statistics"."region_counters" (
	"region_id" uuid NOT NULL,
	"metric" text NOT NULL,
	"span" text NOT NULL,
	"month" date NOT NULL,
	"dimension" text NOT NULL,
	"value" bigint NOT NULL,
	CONSTRAINT "region_counters_region_id_span_month_metric_dimension_pk" PRIMARY KEY("region_id","span","month","metric","dimension")
);
--> statement-breakpoint
CREATE TABLE "statistics"."regions" (
	"region_id" uuid PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country" text NOT NULL,
	"status" text NOT NULL,
	"status_since" timestamp with time zone NOT NULL,
	"joined_on" date NOT NULL,
	"fields" text[] NOT NULL
);
--> statement-breakpoint
CREATE TABLE "statistics"."registrations" (
	"registration_id" uuid PRIMARY KEY NOT NULL,
	"conference_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"country" text NOT NULL,
	"sector" text NOT NULL,
	"status" text NOT NULL,
	"attended" boolean,
	"changed_at" timestamp with time zone NOT NULL,
	"contribution" jsonb NOT NULL
);
--> statement-breakpoint
CREATE INDEX "adoptions_action_idx" ON "statistics"."adoptions" USING btree ("action_id");--> statement-breakpoint
CREATE INDEX "adoptions_region_idx" ON "statistics"."adoptions" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "registrations_conference_idx" ON "statistics"."registrations" USING btree ("conference_id");