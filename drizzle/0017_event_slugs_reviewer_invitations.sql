CREATE TABLE "event_slug_redirects" (
	"slug" text PRIMARY KEY NOT NULL,
	"event_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_reviewer_invitations" (
	"call_id" uuid NOT NULL,
	"email" text NOT NULL,
	"name" text NOT NULL,
	"person_id" uuid,
	"invited_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_reviewer_invitations_call_id_email_pk" PRIMARY KEY("call_id","email")
);
--> statement-breakpoint
ALTER TABLE "events" ADD COLUMN "slug" text;--> statement-breakpoint
-- Existing events get a slug from their title (as slugify() in src/lib/domain/events/slug.ts does,
-- accents folded); a second event with the same title gets a piece of its id appended.
UPDATE "events" AS e SET "slug" = s.slug FROM (
	SELECT id, CASE WHEN row_number() OVER (PARTITION BY base ORDER BY created_at, id) = 1 THEN base
		ELSE base || '-' || left(replace(id::text, '-', ''), 6) END AS slug
	FROM (SELECT id, created_at, coalesce(nullif(trim(both '-' from left(regexp_replace(
		translate(lower(title), 'àáâãäåçèéêëìíîïñòóôõöùúûüýÿ', 'aaaaaaceeeeiiiinooooouuuuyy'), '[^a-z0-9]+', '-', 'g'), 60)), ''), 'event') AS base
		FROM "events") AS b
) AS s WHERE e.id = s.id;--> statement-breakpoint
ALTER TABLE "events" ALTER COLUMN "slug" SET NOT NULL;--> statement-breakpoint
ALTER TABLE "event_slug_redirects" ADD CONSTRAINT "event_slug_redirects_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reviewer_invitations" ADD CONSTRAINT "programme_reviewer_invitations_call_id_programme_calls_id_fk" FOREIGN KEY ("call_id") REFERENCES "public"."programme_calls"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reviewer_invitations" ADD CONSTRAINT "programme_reviewer_invitations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_reviewer_invitations" ADD CONSTRAINT "programme_reviewer_invitations_invited_by_users_id_fk" FOREIGN KEY ("invited_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "event_slug_redirects_event_idx" ON "event_slug_redirects" USING btree ("event_id");--> statement-breakpoint
CREATE INDEX "programme_reviewer_invitations_email_idx" ON "programme_reviewer_invitations" USING btree ("email");--> statement-breakpoint
CREATE UNIQUE INDEX "events_slug_key" ON "events" USING btree ("slug");