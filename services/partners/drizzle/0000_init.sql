CREATE SCHEMA "partners";
--> statement-breakpoint
CREATE TABLE "partners"."api_key_secrets" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"key_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"hint" text NOT NULL,
	"valid_until" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners"."api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"contact_email" text NOT NULL,
	"allowed_origins" text[] NOT NULL,
	"requests_per_minute" integer NOT NULL,
	"persisted_documents_only" boolean NOT NULL,
	"expires_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "partners"."persisted_documents" (
	"key_id" uuid NOT NULL,
	"hash" text NOT NULL,
	"document" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "persisted_documents_key_id_hash_pk" PRIMARY KEY("key_id","hash")
);
--> statement-breakpoint
ALTER TABLE "partners"."api_key_secrets" ADD CONSTRAINT "api_key_secrets_key_id_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "partners"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "partners"."persisted_documents" ADD CONSTRAINT "persisted_documents_key_id_api_keys_id_fk" FOREIGN KEY ("key_id") REFERENCES "partners"."api_keys"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "api_key_secrets_hash_idx" ON "partners"."api_key_secrets" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_key_secrets_key_idx" ON "partners"."api_key_secrets" USING btree ("key_id");