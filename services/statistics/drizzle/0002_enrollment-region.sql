ALTER TABLE "statistics"."enrollments" ADD COLUMN "region_id" uuid;--> statement-breakpoint
CREATE INDEX "enrollments_region_idx" ON "statistics"."enrollments" USING btree ("region_id");