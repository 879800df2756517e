CREATE TABLE "people"."erased_person_ids" (
	"person_id" uuid PRIMARY KEY NOT NULL,
	"erasure_id" uuid NOT NULL,
	"erased_at" timestamp with time zone NOT NULL,
	CONSTRAINT "erased_person_ids_erasureId_unique" UNIQUE("erasure_id")
);
--> statement-breakpoint
CREATE TABLE "people"."erasure_acknowledgements" (
	"erasure_id" uuid NOT NULL,
	"service" text NOT NULL,
	"applied_at" timestamp with time zone NOT NULL,
	CONSTRAINT "erasure_acknowledgements_erasure_id_service_pk" PRIMARY KEY("erasure_id","service")
);
--> statement-breakpoint
ALTER TABLE "people"."erasure_acknowledgements" ADD CONSTRAINT "erasure_acknowledgements_erasure_id_erased_person_ids_erasure_id_fk" FOREIGN KEY ("erasure_id") REFERENCES "people"."erased_person_ids"("erasure_id") ON DELETE cascade ON UPDATE no action;