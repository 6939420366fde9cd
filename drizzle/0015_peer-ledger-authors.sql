ALTER TABLE "peer_sessions" ADD COLUMN "created_by_label" text;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD COLUMN "completed_by" uuid;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD COLUMN "completed_by_label" text;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD COLUMN "cancelled_by" uuid;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD COLUMN "cancelled_by_label" text;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD CONSTRAINT "peer_sessions_completed_by_users_id_fk" FOREIGN KEY ("completed_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "peer_sessions" ADD CONSTRAINT "peer_sessions_cancelled_by_users_id_fk" FOREIGN KEY ("cancelled_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;