CREATE TABLE "action_pool"."erased_person_ids" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"erased_at" timestamp with time zone NOT NULL
);
