CREATE SCHEMA "learning";
--> statement-breakpoint
CREATE TYPE "learning"."course_topic" AS ENUM('press_work', 'moderation', 'event_organisation', 'networking_and_cooperation');--> statement-breakpoint
CREATE TYPE "learning"."lesson_kind" AS ENUM('video', 'text', 'exercise', 'handbook_chapter');--> statement-breakpoint
CREATE TYPE "learning"."module_format" AS ENUM('online', 'live');--> statement-breakpoint
CREATE TYPE "learning"."program_kind" AS ENUM('online_companion', 'regional_lab', 'moderator_training');--> statement-breakpoint
CREATE TYPE "learning"."toolkit_kind" AS ENUM('template', 'checklist', 'guide');--> statement-breakpoint
CREATE TABLE "learning"."cohort_regions" (
	"cohort_id" uuid NOT NULL,
	"region_id" uuid NOT NULL,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_regions_cohort_id_region_id_pk" PRIMARY KEY("cohort_id","region_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"title" text NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"application_deadline" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_dates" CHECK ("learning"."cohorts"."application_deadline" <= "learning"."cohorts"."starts_on" and "learning"."cohorts"."starts_on" < "learning"."cohorts"."ends_on")
);
--> statement-breakpoint
CREATE TABLE "learning"."courses" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"topic" "learning"."course_topic" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "learning"."enrollments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"course_id" uuid,
	"program_id" uuid,
	"cohort_id" uuid,
	"enrolled_at" timestamp with time zone DEFAULT now() NOT NULL,
	"enrolled_by" uuid,
	"percent_complete" integer DEFAULT 0 NOT NULL,
	"completed_at" timestamp with time zone,
	"withdrawn_at" timestamp with time zone,
	CONSTRAINT "enrollment_target_one_of" CHECK (num_nonnulls("learning"."enrollments"."course_id", "learning"."enrollments"."program_id", "learning"."enrollments"."cohort_id") = 1),
	CONSTRAINT "enrollment_percent" CHECK ("learning"."enrollments"."percent_complete" between 0 and 100)
);
--> statement-breakpoint
CREATE TABLE "learning"."exchange_meeting_experts" (
	"meeting_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"person_id" uuid,
	"name" text,
	CONSTRAINT "exchange_meeting_experts_meeting_id_position_pk" PRIMARY KEY("meeting_id","position"),
	CONSTRAINT "exchange_meeting_expert_one_of" CHECK (num_nonnulls("learning"."exchange_meeting_experts"."person_id", "learning"."exchange_meeting_experts"."name") = 1)
);
--> statement-breakpoint
CREATE TABLE "learning"."exchange_meetings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid,
	"cohort_id" uuid,
	"topic" text NOT NULL,
	"description" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"duration_minutes" integer NOT NULL,
	"join_url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "exchange_meeting_belongs_to_one" CHECK (num_nonnulls("learning"."exchange_meetings"."program_id", "learning"."exchange_meetings"."cohort_id") = 1),
	CONSTRAINT "exchange_meeting_duration" CHECK ("learning"."exchange_meetings"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "learning"."handbook_chapters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"first_page" integer NOT NULL,
	"last_page" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "handbook_chapters_number_unique" UNIQUE("number"),
	CONSTRAINT "handbook_chapter_number" CHECK ("learning"."handbook_chapters"."number" >= 1),
	CONSTRAINT "handbook_chapter_pages" CHECK ("learning"."handbook_chapters"."first_page" >= 1 and "learning"."handbook_chapters"."first_page" <= "learning"."handbook_chapters"."last_page")
);
--> statement-breakpoint
CREATE TABLE "learning"."lesson_completions" (
	"enrollment_id" uuid NOT NULL,
	"lesson_id" uuid NOT NULL,
	"completed_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lesson_completions_enrollment_id_lesson_id_pk" PRIMARY KEY("enrollment_id","lesson_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."lessons" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"course_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" "learning"."lesson_kind" NOT NULL,
	"title" text NOT NULL,
	"summary" text NOT NULL,
	"duration_minutes" integer NOT NULL,
	"handbook_chapter_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "lessons_course_position" UNIQUE("course_id","position"),
	CONSTRAINT "lesson_position" CHECK ("learning"."lessons"."position" >= 1),
	CONSTRAINT "lesson_duration" CHECK ("learning"."lessons"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "learning"."program_courses" (
	"program_id" uuid NOT NULL,
	"course_id" uuid NOT NULL,
	CONSTRAINT "program_courses_program_id_course_id_pk" PRIMARY KEY("program_id","course_id")
);
--> statement-breakpoint
CREATE TABLE "learning"."program_modules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"program_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"month" integer NOT NULL,
	"starts_at" timestamp with time zone,
	"duration_minutes" integer NOT NULL,
	"format" "learning"."module_format" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_modules_program_number" UNIQUE("program_id","number"),
	CONSTRAINT "program_module_number" CHECK ("learning"."program_modules"."number" >= 1),
	CONSTRAINT "program_module_month" CHECK ("learning"."program_modules"."month" >= 1),
	CONSTRAINT "program_module_duration" CHECK ("learning"."program_modules"."duration_minutes" > 0)
);
--> statement-breakpoint
CREATE TABLE "learning"."programs" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "learning"."program_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"duration_months" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "program_duration" CHECK ("learning"."programs"."duration_months" is null or "learning"."programs"."duration_months" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "learning"."toolkit_items" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" "learning"."toolkit_kind" NOT NULL,
	"title" text NOT NULL,
	"description" text NOT NULL,
	"url" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "learning"."cohort_regions" ADD CONSTRAINT "cohort_regions_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "learning"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."cohorts" ADD CONSTRAINT "cohorts_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "learning"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."enrollments" ADD CONSTRAINT "enrollments_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."enrollments" ADD CONSTRAINT "enrollments_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "learning"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."enrollments" ADD CONSTRAINT "enrollments_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "learning"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."exchange_meeting_experts" ADD CONSTRAINT "exchange_meeting_experts_meeting_id_exchange_meetings_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "learning"."exchange_meetings"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."exchange_meetings" ADD CONSTRAINT "exchange_meetings_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "learning"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."exchange_meetings" ADD CONSTRAINT "exchange_meetings_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "learning"."cohorts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lesson_completions" ADD CONSTRAINT "lesson_completions_enrollment_id_enrollments_id_fk" FOREIGN KEY ("enrollment_id") REFERENCES "learning"."enrollments"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lesson_completions" ADD CONSTRAINT "lesson_completions_lesson_id_lessons_id_fk" FOREIGN KEY ("lesson_id") REFERENCES "learning"."lessons"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."lessons" ADD CONSTRAINT "lessons_handbook_chapter_id_handbook_chapters_id_fk" FOREIGN KEY ("handbook_chapter_id") REFERENCES "learning"."handbook_chapters"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."program_courses" ADD CONSTRAINT "program_courses_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "learning"."programs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."program_courses" ADD CONSTRAINT "program_courses_course_id_courses_id_fk" FOREIGN KEY ("course_id") REFERENCES "learning"."courses"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "learning"."program_modules" ADD CONSTRAINT "program_modules_program_id_programs_id_fk" FOREIGN KEY ("program_id") REFERENCES "learning"."programs"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cohort_regions_region_idx" ON "learning"."cohort_regions" USING btree ("region_id");--> statement-breakpoint
CREATE INDEX "cohorts_program_idx" ON "learning"."cohorts" USING btree ("program_id","starts_on");--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_person_course_active" ON "learning"."enrollments" USING btree ("person_id","course_id") WHERE "learning"."enrollments"."withdrawn_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_person_program_active" ON "learning"."enrollments" USING btree ("person_id","program_id") WHERE "learning"."enrollments"."withdrawn_at" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "enrollments_person_cohort_active" ON "learning"."enrollments" USING btree ("person_id","cohort_id") WHERE "learning"."enrollments"."withdrawn_at" is null;--> statement-breakpoint
CREATE INDEX "enrollments_course_idx" ON "learning"."enrollments" USING btree ("course_id");--> statement-breakpoint
CREATE INDEX "enrollments_program_idx" ON "learning"."enrollments" USING btree ("program_id");--> statement-breakpoint
CREATE INDEX "enrollments_cohort_idx" ON "learning"."enrollments" USING btree ("cohort_id");--> statement-breakpoint
CREATE INDEX "exchange_meetings_starts_at_idx" ON "learning"."exchange_meetings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "lesson_completions_lesson_idx" ON "learning"."lesson_completions" USING btree ("lesson_id");--> statement-breakpoint
CREATE INDEX "program_courses_course_idx" ON "learning"."program_courses" USING btree ("course_id");