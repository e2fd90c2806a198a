CREATE TABLE "address_view" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"registration_id" uuid NOT NULL,
	"viewer" text NOT NULL,
	"viewer_name" text NOT NULL,
	"context" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burglary_attempt" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"live_session_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"registration_id" uuid,
	"boef_id" text NOT NULL,
	"planned_date" text NOT NULL,
	"started_at" timestamp (3) with time zone,
	"ended_at" timestamp (3) with time zone,
	"prevention" jsonb NOT NULL,
	"prevention_by" text,
	"override" jsonb
);
--> statement-breakpoint
CREATE TABLE "burglary_call" (
	"id" uuid PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"attempt_id" uuid NOT NULL,
	"number" text NOT NULL,
	"at" timestamp (3) with time zone NOT NULL,
	"entered_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burglary_campaign" (
	"live_session_id" uuid PRIMARY KEY NOT NULL,
	"settings" jsonb NOT NULL,
	"preconditions" jsonb NOT NULL,
	"draw" jsonb,
	"published_at" timestamp with time zone,
	"public_outcome" jsonb,
	"personal_data_deleted_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burglary_registration" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"live_session_id" uuid NOT NULL,
	"token_hash" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"postcode" text NOT NULL,
	"house_number" text NOT NULL,
	"street" text,
	"city" text,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"away_dates" jsonb NOT NULL,
	"locale" text DEFAULT 'nl' NOT NULL,
	"consent_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "burglary_report" (
	"id" uuid PRIMARY KEY NOT NULL,
	"live_session_id" uuid NOT NULL,
	"registration_id" uuid,
	"attempt_id" uuid,
	"seen_at" timestamp (3) with time zone NOT NULL,
	"reported_at" timestamp (3) with time zone NOT NULL,
	"received_at" timestamp (3) with time zone NOT NULL,
	"behaviour" text NOT NULL,
	"signalement" jsonb NOT NULL,
	"channel" text NOT NULL,
	"lat" double precision NOT NULL,
	"lng" double precision NOT NULL,
	"flags" jsonb NOT NULL
);
--> statement-breakpoint
ALTER TABLE "address_view" ADD CONSTRAINT "address_view_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "address_view" ADD CONSTRAINT "address_view_registration_id_burglary_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."burglary_registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_attempt" ADD CONSTRAINT "burglary_attempt_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_attempt" ADD CONSTRAINT "burglary_attempt_registration_id_burglary_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."burglary_registration"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_call" ADD CONSTRAINT "burglary_call_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_call" ADD CONSTRAINT "burglary_call_attempt_id_burglary_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."burglary_attempt"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_call" ADD CONSTRAINT "burglary_call_entered_by_account_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."account"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_campaign" ADD CONSTRAINT "burglary_campaign_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_registration" ADD CONSTRAINT "burglary_registration_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_report" ADD CONSTRAINT "burglary_report_live_session_id_live_session_id_fk" FOREIGN KEY ("live_session_id") REFERENCES "public"."live_session"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_report" ADD CONSTRAINT "burglary_report_registration_id_burglary_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."burglary_registration"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "burglary_report" ADD CONSTRAINT "burglary_report_attempt_id_burglary_attempt_id_fk" FOREIGN KEY ("attempt_id") REFERENCES "public"."burglary_attempt"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "address_view_session_idx" ON "address_view" USING btree ("live_session_id","at");--> statement-breakpoint
CREATE INDEX "burglary_attempt_session_idx" ON "burglary_attempt" USING btree ("live_session_id");--> statement-breakpoint
CREATE INDEX "burglary_call_attempt_idx" ON "burglary_call" USING btree ("attempt_id");--> statement-breakpoint
CREATE UNIQUE INDEX "burglary_registration_token_unique" ON "burglary_registration" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "burglary_registration_session_idx" ON "burglary_registration" USING btree ("live_session_id");--> statement-breakpoint
CREATE INDEX "burglary_report_session_idx" ON "burglary_report" USING btree ("live_session_id");