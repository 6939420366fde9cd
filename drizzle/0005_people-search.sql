CREATE TABLE "people_saved_filters" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"user_id" uuid NOT NULL,
	"name" text NOT NULL,
	"query" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_extra" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, coalesce(display_name, '') || ' ' || coalesce(email, '')), 'A') || setweight(to_tsvector('dutch'::regconfig, coalesce(bio, '') || ' ' || search_extra), 'B') || setweight(to_tsvector('french'::regconfig, coalesce(bio, '') || ' ' || search_extra), 'C') || to_tsvector('simple'::regconfig, search_extra)) STORED;--> statement-breakpoint
ALTER TABLE "people_saved_filters" ADD CONSTRAINT "people_saved_filters_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "people_saved_filters_user_name_key" ON "people_saved_filters" USING btree ("user_id","name");--> statement-breakpoint
CREATE INDEX "organisations_name_trgm_idx" ON "organisations" USING gin ("name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_vector");--> statement-breakpoint
CREATE INDEX "people_name_trgm_idx" ON "people" USING gin ("display_name" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_email_trgm_idx" ON "people" USING gin ("email" gin_trgm_ops);--> statement-breakpoint
CREATE INDEX "people_roles_idx" ON "people" USING gin ("roles");--> statement-breakpoint
CREATE INDEX "people_region_idx" ON "people" USING btree ("region");--> statement-breakpoint
CREATE INDEX "person_organisations_org_idx" ON "person_organisations" USING btree ("organisation_id");