CREATE TABLE "quiz_answer" (
	"id" uuid PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"slide_id" text NOT NULL,
	"answer" jsonb NOT NULL,
	"correct" boolean,
	"points" integer NOT NULL,
	"streak" integer NOT NULL,
	"elapsed_ms" integer NOT NULL,
	"received_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "workshop" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organisation_id" uuid NOT NULL,
	"title" text NOT NULL,
	"content" jsonb NOT NULL,
	"built_in" text,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "title" text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "workshop" jsonb;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "workshop_id" uuid;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "settings" jsonb;--> statement-breakpoint
ALTER TABLE "live_session" ADD COLUMN "state" jsonb;--> statement-breakpoint
ALTER TABLE "participant" ADD COLUMN "team" text;--> statement-breakpoint
ALTER TABLE "participant" ADD COLUMN "removed_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "quiz_answer" ADD CONSTRAINT "quiz_answer_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "quiz_answer" ADD CONSTRAINT "quiz_answer_participant_id_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_organisation_id_organisation_id_fk" FOREIGN KEY ("organisation_id") REFERENCES "public"."organisation"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "workshop" ADD CONSTRAINT "workshop_created_by_account_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "quiz_answer_participant_slide_unique" ON "quiz_answer" USING btree ("participant_id","slide_id");--> statement-breakpoint
CREATE INDEX "quiz_answer_session_idx" ON "quiz_answer" USING btree ("live_session_id");--> statement-breakpoint
CREATE INDEX "workshop_organisation_idx" ON "workshop" USING btree ("organisation_id");--> statement-breakpoint
ALTER TABLE "live_session" ADD CONSTRAINT "live_session_workshop_id_workshop_id_fk" FOREIGN KEY ("workshop_id") REFERENCES "public"."workshop"("id") ON DELETE set null ON UPDATE no action;