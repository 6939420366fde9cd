ALTER TABLE "people" drop column "search_vector";--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_vector" "tsvector" GENERATED ALWAYS AS (setweight(to_tsvector('simple'::regconfig, sif_fold(coalesce(display_name, '') || ' ' || coalesce(email, ''))), 'A') || setweight(to_tsvector('dutch'::regconfig, sif_fold(coalesce(bio, '') || ' ' || search_extra)), 'B') || setweight(to_tsvector('french'::regconfig, sif_fold(coalesce(bio, '') || ' ' || search_extra)), 'C') || to_tsvector('simple'::regconfig, sif_fold(search_extra))) STORED;--> statement-breakpoint
ALTER TABLE "people" ADD COLUMN "search_name" text GENERATED ALWAYS AS (sif_fold(display_name)) STORED;--> statement-breakpoint
CREATE INDEX "people_search_name_trgm_idx" ON "people" USING gin ("search_name" gin_trgm_ops);--> statement-breakpoint
-- Dropping the column dropped its index; drizzle-kit does not recreate it (the snapshot still has it).
CREATE INDEX "people_search_idx" ON "people" USING gin ("search_vector");
