CREATE TABLE "partners"."change_log" (
	"position" bigserial PRIMARY KEY NOT NULL,
	"tx" "xid8" DEFAULT pg_current_xact_id() NOT NULL,
	"event_id" uuid NOT NULL,
	"event_name" text NOT NULL,
	"source" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"key" jsonb NOT NULL,
	"kind" text NOT NULL,
	"changed_fields" jsonb NOT NULL,
	"public" boolean NOT NULL,
	"version" integer NOT NULL,
	"occurred_at" timestamp with time zone NOT NULL,
	CONSTRAINT "change_log_eventId_unique" UNIQUE("event_id")
);
--> statement-breakpoint
CREATE INDEX "change_log_cursor_idx" ON "partners"."change_log" USING btree ("tx","position");--> statement-breakpoint
CREATE INDEX "change_log_entity_type_idx" ON "partners"."change_log" USING btree ("entity_type","tx","position");