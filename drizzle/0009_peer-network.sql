CREATE TABLE "peer_confirmations" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_confirmations_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_feedback" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"rating" integer NOT NULL,
	"comment" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_feedback_session_id_person_id_pk" PRIMARY KEY("session_id","person_id"),
	CONSTRAINT "peer_feedback_rating_check" CHECK ("peer_feedback"."rating" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "peer_offer_signups" (
	"offer_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_offer_signups_offer_id_person_id_pk" PRIMARY KEY("offer_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_offers" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"giver_id" uuid NOT NULL,
	"category" text NOT NULL,
	"topic" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"capacity" integer NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"session_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_offers_status_check" CHECK ("peer_offers"."status" in ('open','planned','cancelled')),
	CONSTRAINT "peer_offers_capacity_check" CHECK ("peer_offers"."capacity" between 1 and 50)
);
--> statement-breakpoint
CREATE TABLE "peer_preparation_notes" (
	"session_id" uuid PRIMARY KEY NOT NULL,
	"question" text DEFAULT '' NOT NULL,
	"business" text DEFAULT '' NOT NULL,
	"methods" text DEFAULT '' NOT NULL,
	"author_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_request_slots" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"request_id" uuid NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"chosen_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "peer_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"receiver_id" uuid NOT NULL,
	"giver_id" uuid,
	"category" text NOT NULL,
	"question" text NOT NULL,
	"business" text DEFAULT '' NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"decline_reason" text,
	"session_id" uuid,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "peer_requests_status_check" CHECK ("peer_requests"."status" in ('open','asked','accepted','declined','planned','completed','cancelled'))
);
--> statement-breakpoint
ALTER TABLE "peer_confirmations" ADD CONSTRAINT "peer_confirmations_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_confirmations" ADD CONSTRAINT "peer_confirmations_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_feedback" ADD CONSTRAINT "peer_feedback_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_feedback" ADD CONSTRAINT "peer_feedback_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_offer_signups" ADD CONSTRAINT "peer_offer_signups_offer_id_peer_offers_id_fk" FOREIGN KEY ("offer_id") REFERENCES "public"."peer_offers"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_offer_signups" ADD CONSTRAINT "peer_offer_signups_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_offers" ADD CONSTRAINT "peer_offers_giver_id_people_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_offers" ADD CONSTRAINT "peer_offers_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_preparation_notes" ADD CONSTRAINT "peer_preparation_notes_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_preparation_notes" ADD CONSTRAINT "peer_preparation_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_request_slots" ADD CONSTRAINT "peer_request_slots_request_id_peer_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."peer_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_receiver_id_people_id_fk" FOREIGN KEY ("receiver_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_giver_id_people_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_requests" ADD CONSTRAINT "peer_requests_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "peer_offers_status_idx" ON "peer_offers" USING btree ("status");--> statement-breakpoint
CREATE INDEX "peer_request_slots_request_idx" ON "peer_request_slots" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "peer_requests_receiver_idx" ON "peer_requests" USING btree ("receiver_id");--> statement-breakpoint
CREATE INDEX "peer_requests_giver_idx" ON "peer_requests" USING btree ("giver_id");--> statement-breakpoint
CREATE INDEX "peer_requests_status_idx" ON "peer_requests" USING btree ("status");