CREATE TABLE "action_pool"."dead_letters" (
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
CREATE TABLE "action_pool"."outbox" (
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
CREATE TABLE "action_pool"."processed_events" (
	"consumer_group" text NOT NULL,
	"event_id" uuid NOT NULL,
	"processed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "processed_events_consumer_group_event_id_pk" PRIMARY KEY("consumer_group","event_id")
);
--> statement-breakpoint
ALTER TABLE "action_pool"."actions" DROP CONSTRAINT "action_fields_present";--> statement-breakpoint
CREATE INDEX "outbox_unpublished_idx" ON "action_pool"."outbox" USING btree ("position") WHERE published_at is null;--> statement-breakpoint
ALTER TABLE "action_pool"."actions" ADD CONSTRAINT "action_fields_present" CHECK ("action_pool"."actions"."status" = 'draft' or cardinality("action_pool"."actions"."field_slugs") >= 1);