CREATE TABLE "cohort_survey_responses" (
	"member_id" uuid PRIMARY KEY NOT NULL,
	"cohort_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"sent_at" timestamp with time zone DEFAULT now() NOT NULL,
	"rating" integer,
	"would_recommend" boolean,
	"helpful_session_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"answered_at" timestamp with time zone,
	CONSTRAINT "cohort_survey_rating_check" CHECK ("cohort_survey_responses"."rating" is null or "cohort_survey_responses"."rating" between 1 and 5)
);
--> statement-breakpoint
ALTER TABLE "cohort_survey_responses" ADD CONSTRAINT "cohort_survey_responses_member_id_cohort_members_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."cohort_members"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cohort_survey_responses" ADD CONSTRAINT "cohort_survey_responses_cohort_id_cohorts_id_fk" FOREIGN KEY ("cohort_id") REFERENCES "public"."cohorts"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "cohort_survey_token_key" ON "cohort_survey_responses" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "cohort_survey_cohort_idx" ON "cohort_survey_responses" USING btree ("cohort_id");