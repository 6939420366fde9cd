CREATE TABLE "cohort_attendance" (
	"session_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"present" boolean NOT NULL,
	"how" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"by_user_id" uuid
);
--> statement-breakpoint
CREATE TABLE "cohort_members" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"engagement_id" uuid,
	"status" text DEFAULT 'active' NOT NULL,
	"completed_at" timestamp with time zone,
	"added_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohort_members_status_check" CHECK ("cohort_members"."status" in ('active', 'completed', 'dropped'))
);
--> statement-breakpoint
CREATE TABLE "cohort_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"cohort_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"title" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone,
	"place" text DEFAULT '' NOT NULL,
	"facilitator_person_id" uuid,
	"facilitator_name" text DEFAULT '' NOT NULL,
	"materials" text[] DEFAULT '{}'::text[] NOT NULL,
	"check_in_code" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cohorts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"theme" text DEFAULT '' NOT NULL,
	"programme_id" uuid,
	"required_sessions" integer,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cohorts_kind_check" CHECK ("cohorts"."kind" in ('startup_club', 'scalers_club', 'thematic_track'))
);
--> statement-breakpoint
ALTER TABLE "cohort_attendance" ADD CONSTRAINT "cohort_attendance_session_id_cohort_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."cohort_sessions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_attendance" ADD CONSTRAINT "cohort_attendance_member_id_cohort_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cohort_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_attendance" ADD CONSTRAINT "cohort_attendance_by_user_id_users_id_fk" FOREIGN KEY ("by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_members" ADD CONSTRAINT "cohort_members_engagement_id_engagements_id_fk" FOREIGN KEY ("engagement_id") REFERENCES "public"."engagements"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sessions" ADD CONSTRAINT "cohort_sessions_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_sessions" ADD CONSTRAINT "cohort_sessions_facilitator_person_id_people_id_fk" FOREIGN KEY ("facilitator_person_id") REFERENCES "public"."people"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohorts" ADD CONSTRAINT "cohorts_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_attendance_key" ON "cohort_attendance" USING btree ("session_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_members_person_key" ON "cohort_members" USING btree ("cohort_id","person_id");--> statement-breakpoint
CREATE INDEX "cohort_members_person_idx" ON "cohort_members" USING btree ("person_id");--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_sessions_code_key" ON "cohort_sessions" USING btree ("check_in_code");--> statement-breakpoint
CREATE INDEX "cohort_sessions_cohort_idx" ON "cohort_sessions" USING btree ("cohort_id","starts_at");--> statement-breakpoint
CREATE INDEX "cohorts_year_idx" ON "cohorts" USING btree ("year");