CREATE TABLE "ledger_accounts" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid,
	"kind" text NOT NULL,
	"opened_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_accounts_kind_check" CHECK ("ledger_accounts"."kind" in ('person','factory')),
	CONSTRAINT "ledger_accounts_person_check" CHECK (("ledger_accounts"."kind" = 'person') = ("ledger_accounts"."person_id" is not null))
);
--> statement-breakpoint
CREATE TABLE "ledger_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"session_id" uuid,
	"points" integer NOT NULL,
	"kind" text NOT NULL,
	"reason" text,
	"author_id" uuid,
	"author_label" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ledger_entries_points_check" CHECK ("ledger_entries"."points" <> 0),
	CONSTRAINT "ledger_entries_kind_check" CHECK ("ledger_entries"."kind" in ('session','correction','opening')),
	CONSTRAINT "ledger_entries_session_check" CHECK (("ledger_entries"."kind" = 'session') = ("ledger_entries"."session_id" is not null)),
	CONSTRAINT "ledger_entries_correction_check" CHECK ("ledger_entries"."kind" <> 'correction' or (length(trim("ledger_entries"."reason")) > 0 and "ledger_entries"."author_label" is not null))
);
--> statement-breakpoint
CREATE TABLE "peer_session_receivers" (
	"session_id" uuid NOT NULL,
	"person_id" uuid NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "peer_session_receivers_session_id_person_id_pk" PRIMARY KEY("session_id","person_id")
);
--> statement-breakpoint
CREATE TABLE "peer_sessions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"giver_id" uuid NOT NULL,
	"topic" text NOT NULL,
	"scheduled_at" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"cost" integer NOT NULL,
	"floor" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"completed_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	CONSTRAINT "peer_sessions_status_check" CHECK ("peer_sessions"."status" in ('planned','completed','cancelled')),
	CONSTRAINT "peer_sessions_cost_check" CHECK ("peer_sessions"."cost" > 0),
	CONSTRAINT "peer_sessions_floor_check" CHECK ("peer_sessions"."floor" <= 0)
);
--> statement-breakpoint
ALTER TABLE "ledger_accounts" ADD CONSTRAINT "ledger_accounts_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_account_id_ledger_accounts_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."ledger_accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_session_receivers" ADD CONSTRAINT "peer_session_receivers_session_id_peer_sessions_id_fk" FOREIGN KEY ("session_id") REFERENCES "public"."peer_sessions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_session_receivers" ADD CONSTRAINT "peer_session_receivers_person_id_people_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD CONSTRAINT "peer_sessions_giver_id_people_id_fk" FOREIGN KEY ("giver_id") REFERENCES "public"."people"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD CONSTRAINT "peer_sessions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_accounts_person_key" ON "ledger_accounts" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "ledger_entries_account_idx" ON "ledger_entries" USING btree ("account_id","id");--> statement-breakpoint
CREATE UNIQUE INDEX "ledger_entries_session_account_key" ON "ledger_entries" USING btree ("session_id","account_id");--> statement-breakpoint
CREATE INDEX "peer_session_receivers_person_idx" ON "peer_session_receivers" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "peer_sessions_giver_idx" ON "peer_sessions" USING btree ("giver_id");--> statement-breakpoint
-- Ledger entries are append-only: a mistake is fixed with a correction, never an edit.
CREATE FUNCTION "ledger_entries_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
	RAISE EXCEPTION 'ledger entries are append-only: book a correction instead';
END;
$$;--> statement-breakpoint
CREATE TRIGGER "ledger_entries_append_only" BEFORE UPDATE OR DELETE ON "ledger_entries"
	FOR EACH ROW EXECUTE FUNCTION "ledger_entries_append_only"();--> statement-breakpoint
INSERT INTO "ledger_accounts" ("id", "person_id", "kind") VALUES ('00000000-0000-0000-0000-00000000f4c7', NULL, 'factory');
