CREATE TABLE "login_device" (
	"id" text PRIMARY KEY NOT NULL,
	"account_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "mail_budget_hit" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"key" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "login_device" ADD CONSTRAINT "login_device_account_id_account_id_fk" FOREIGN KEY ("account_id") REFERENCES "public"."account"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "login_device_account_idx" ON "login_device" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "mail_budget_hit_key_at_idx" ON "mail_budget_hit" USING btree ("key","at");--> statement-breakpoint
CREATE INDEX "mail_budget_hit_at_idx" ON "mail_budget_hit" USING btree ("at");