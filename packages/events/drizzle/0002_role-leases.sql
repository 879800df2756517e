CREATE TABLE "eventbus"."leases" (
	"name" text PRIMARY KEY NOT NULL,
	"generation" bigint NOT NULL,
	"acquired_at" timestamp with time zone DEFAULT now() NOT NULL
);
