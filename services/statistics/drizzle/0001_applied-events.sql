CREATE TABLE "statistics"."applied_events" (
	"event_name" text PRIMARY KEY NOT NULL,
	"applied_at" timestamp with time zone NOT NULL
);
