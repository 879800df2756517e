DROP INDEX "eventbus"."events_cursor_idx";--> statement-breakpoint
DROP INDEX "eventbus"."events_topic_idx";--> statement-breakpoint
CREATE INDEX "events_topic_cursor_idx" ON "eventbus"."events" USING btree ("topic","tx","position");