CREATE SCHEMA "eventbus";
--> statement-breakpoint
CREATE TABLE "eventbus"."consumer_positions" (
	"consumer_group" text PRIMARY KEY NOT NULL,
	"tx" "xid8" DEFAULT '0'::xid8 NOT NULL,
	"position" bigint DEFAULT 0 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "eventbus"."events" (
	"position" bigserial PRIMARY KEY NOT NULL,
	"tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"topic" text NOT NULL,
	"key" text NOT NULL,
	"event_id" uuid NOT NULL,
	"value" text NOT NULL,
	"published_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "events_eventId_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE INDEX "events_cursor_idx" ON "eventbus"."events" USING btree ("tx","position");--> statement-breakpoint
CREATE INDEX "events_topic_idx" ON "eventbus"."events" USING btree ("topic");