ALTER TABLE "cohort_sessions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cohorts" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
-- Decision 076: ids that name no programme (the column had no key before) become null.
UPDATE "cohorts" SET "programme_id" = NULL WHERE "programme_id" IS NOT NULL AND "programme_id" NOT IN (SELECT "id" FROM "programmes");--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE set null ON UPDATE no action;