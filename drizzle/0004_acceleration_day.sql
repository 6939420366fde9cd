CREATE TABLE "ad_days" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"date" text NOT NULL,
	"venue" text DEFAULT '' NOT NULL,
	"format" text DEFAULT 'xl' NOT NULL,
	"seats_per_table" integer DEFAULT 1 NOT NULL,
	"table_names" text[] DEFAULT '{}'::text[] NOT NULL,
	"min_meetings_per_innovator" integer DEFAULT 0 NOT NULL,
	"min_funders_per_innovator" integer DEFAULT 0 NOT NULL,
	"solve_seconds" integer DEFAULT 5 NOT NULL,
	"status" text DEFAULT 'registration' NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ad_days_format_check" CHECK ("ad_days"."format" in ('xl','small')),
	CONSTRAINT "ad_days_seats_check" CHECK ("ad_days"."seats_per_table" >= 1),
	CONSTRAINT "ad_days_status_check" CHECK ("ad_days"."status" in ('registration','planning','published','done'))
);
--> statement-breakpoint
CREATE TABLE "ad_meetings" (
	"version_id" uuid NOT NULL,
	"innovator_id" uuid NOT NULL,
	"chancegiver_id" uuid NOT NULL,
	"slot" integer NOT NULL,
	"locked" boolean DEFAULT false NOT NULL,
	CONSTRAINT "ad_meetings_version_id_innovator_id_chancegiver_id_pk" PRIMARY KEY("version_id","innovator_id","chancegiver_id")
);
--> statement-breakpoint
CREATE TABLE "ad_outcome_surveys" (
	"participant_id" uuid PRIMARY KEY NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"answered_at" timestamp with time zone,
	"funding" boolean,
	"advice" boolean,
	"partnership" boolean,
	"comment" text
);
--> statement-breakpoint
CREATE TABLE "ad_participants" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"side" text NOT NULL,
	"token" text NOT NULL,
	"status" text DEFAULT 'invited' NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"categories" text[] DEFAULT '{}'::text[] NOT NULL,
	"themes" text[] DEFAULT '{}'::text[] NOT NULL,
	"role" text,
	"available_slots" integer[],
	"max_meetings" integer,
	"table_name" text,
	"registered_at" timestamp with time zone,
	"reminded_at" timestamp with time zone,
	"checked_in_at" timestamp with time zone,
	"no_show_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ad_participants_side_check" CHECK ("ad_participants"."side" in ('innovator','chancegiver')),
	CONSTRAINT "ad_participants_status_check" CHECK ("ad_participants"."status" in ('invited','registered','declined')),
	CONSTRAINT "ad_participants_role_check" CHECK ("ad_participants"."role" is null or "ad_participants"."role" in ('funder','expert','mentor','networker'))
);
--> statement-breakpoint
CREATE TABLE "ad_preferences" (
	"day_id" uuid NOT NULL,
	"from_id" uuid NOT NULL,
	"to_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"set_by" text DEFAULT 'self' NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ad_preferences_from_id_to_id_set_by_pk" PRIMARY KEY("from_id","to_id","set_by"),
	CONSTRAINT "ad_preferences_kind_check" CHECK ("ad_preferences"."kind" in ('must','like','ratherNot')),
	CONSTRAINT "ad_preferences_set_by_check" CHECK ("ad_preferences"."set_by" in ('self','staff'))
);
--> statement-breakpoint
CREATE TABLE "ad_ratings" (
	"day_id" uuid NOT NULL,
	"rater_id" uuid NOT NULL,
	"counterpart_id" uuid NOT NULL,
	"score" integer NOT NULL,
	"follow_up" boolean DEFAULT false NOT NULL,
	"comment" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ad_ratings_rater_id_counterpart_id_pk" PRIMARY KEY("rater_id","counterpart_id"),
	CONSTRAINT "ad_ratings_score_check" CHECK ("ad_ratings"."score" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "ad_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"kind" text NOT NULL,
	"slot_number" integer,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	CONSTRAINT "ad_slots_kind_check" CHECK ("ad_slots"."kind" in ('meeting','break','pitch'))
);
--> statement-breakpoint
CREATE TABLE "ad_version_edits" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"version_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"meetings_before" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "ad_versions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"day_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"instance" jsonb,
	"solve_report" jsonb,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone,
	"revision" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "ad_versions_status_check" CHECK ("ad_versions"."status" in ('draft','published','superseded'))
);
--> statement-breakpoint
ALTER TABLE "ad_meetings" ADD CONSTRAINT "ad_meetings_version_id_ad_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."ad_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_meetings" ADD CONSTRAINT "ad_meetings_innovator_id_ad_participants_id_fk" FOREIGN KEY ("innovator_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_meetings" ADD CONSTRAINT "ad_meetings_chancegiver_id_ad_participants_id_fk" FOREIGN KEY ("chancegiver_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_outcome_surveys" ADD CONSTRAINT "ad_outcome_surveys_participant_id_ad_participants_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_participants" ADD CONSTRAINT "ad_participants_day_id_ad_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."ad_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_participants" ADD CONSTRAINT "ad_participants_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_preferences" ADD CONSTRAINT "ad_preferences_day_id_ad_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."ad_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_preferences" ADD CONSTRAINT "ad_preferences_from_id_ad_participants_id_fk" FOREIGN KEY ("from_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_preferences" ADD CONSTRAINT "ad_preferences_to_id_ad_participants_id_fk" FOREIGN KEY ("to_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_ratings" ADD CONSTRAINT "ad_ratings_day_id_ad_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."ad_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_ratings" ADD CONSTRAINT "ad_ratings_rater_id_ad_participants_id_fk" FOREIGN KEY ("rater_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_ratings" ADD CONSTRAINT "ad_ratings_counterpart_id_ad_participants_id_fk" FOREIGN KEY ("counterpart_id") REFERENCES "public"."ad_participants"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_slots" ADD CONSTRAINT "ad_slots_day_id_ad_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."ad_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_version_edits" ADD CONSTRAINT "ad_version_edits_version_id_ad_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "public"."ad_versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_versions" ADD CONSTRAINT "ad_versions_day_id_ad_days_id_fk" FOREIGN KEY ("day_id") REFERENCES "public"."ad_days"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ad_versions" ADD CONSTRAINT "ad_versions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ad_meetings_chancegiver_slot_key" ON "ad_meetings" USING btree ("version_id","chancegiver_id","slot");--> statement-breakpoint
CREATE INDEX "ad_outcome_surveys_due_idx" ON "ad_outcome_surveys" USING btree ("due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_participants_person_key" ON "ad_participants" USING btree ("day_id","person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_participants_token_key" ON "ad_participants" USING btree ("token");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_participants_table_key" ON "ad_participants" USING btree ("day_id","table_name");--> statement-breakpoint
CREATE INDEX "ad_preferences_day_idx" ON "ad_preferences" USING btree ("day_id");--> statement-breakpoint
CREATE INDEX "ad_ratings_day_idx" ON "ad_ratings" USING btree ("day_id");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_slots_position_key" ON "ad_slots" USING btree ("day_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_slots_number_key" ON "ad_slots" USING btree ("day_id","slot_number");--> statement-breakpoint
CREATE INDEX "ad_version_edits_version_idx" ON "ad_version_edits" USING btree ("version_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_versions_number_key" ON "ad_versions" USING btree ("day_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "ad_versions_one_draft_key" ON "ad_versions" USING btree ("day_id") WHERE "ad_versions"."status" = 'draft';