CREATE TABLE "boef_game" (
	"live_session_id" uuid PRIMARY KEY NOT NULL,
	"plan" jsonb NOT NULL,
	"state" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "boef_link" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"boef_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "boef_position" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"boef_id" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"device_at" bigint NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"accuracy_m" real
);
--> statement-breakpoint
CREATE TABLE "game_clue" (
	"live_session_id" uuid NOT NULL,
	"id" text NOT NULL,
	"boef_id" text,
	"round" integer,
	"text" text NOT NULL,
	"signalement" jsonb NOT NULL,
	"circle" jsonb,
	"source" text NOT NULL,
	"published_at" timestamp with time zone,
	CONSTRAINT "game_clue_live_session_id_id_pk" PRIMARY KEY("live_session_id","id")
);
--> statement-breakpoint
CREATE TABLE "game_find" (
	"id" uuid PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"team" text,
	"boef_id" text,
	"code_word" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "game_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"participant_id" uuid NOT NULL,
	"team" text,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"seen_at" timestamp (3) with time zone NOT NULL,
	"reported_at" timestamp (3) with time zone NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"behaviour" text NOT NULL,
	"signalement" jsonb NOT NULL,
	"channel" text NOT NULL,
	"round" integer,
	"match_boef_id" text,
	"match_status" text,
	"quality" integer,
	"quality_detail" jsonb,
	"flags" jsonb NOT NULL,
	"feedback" text,
	"feedback_at" timestamp (3) with time zone,
	"reviewed_by" uuid
);
--> statement-breakpoint
ALTER TABLE "boef_game" ADD CONSTRAINT "boef_game_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boef_link" ADD CONSTRAINT "boef_link_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "boef_position" ADD CONSTRAINT "boef_position_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_clue" ADD CONSTRAINT "game_clue_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_find" ADD CONSTRAINT "game_find_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_find" ADD CONSTRAINT "game_find_participant_id_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_report" ADD CONSTRAINT "game_report_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_report" ADD CONSTRAINT "game_report_participant_id_participant_id_fk" FOREIGN KEY ("participant_id") REFERENCES "public"."participant"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "game_report" ADD CONSTRAINT "game_report_reviewed_by_account_id_fk" FOREIGN KEY ("reviewed_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "boef_link_session_boef_idx" ON "boef_link" USING btree ("live_session_id","boef_id");--> statement-breakpoint
CREATE UNIQUE INDEX "boef_position_unique" ON "boef_position" USING btree ("live_session_id","boef_id","device_at");--> statement-breakpoint
CREATE INDEX "boef_position_at_idx" ON "boef_position" USING btree ("live_session_id","boef_id","at");--> statement-breakpoint
CREATE INDEX "game_find_session_idx" ON "game_find" USING btree ("live_session_id");--> statement-breakpoint
CREATE INDEX "game_report_session_idx" ON "game_report" USING btree ("live_session_id");