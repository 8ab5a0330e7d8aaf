CREATE TYPE "public"."lever_connection_status" AS ENUM('setting_up', 'active', 'needs_reconnect', 'disconnected');--> statement-breakpoint
CREATE TABLE "lever_connections" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "lever_connection_status" NOT NULL,
	"lever_account_id" text NOT NULL,
	"api_base_url" text NOT NULL,
	"access_token_encrypted" text,
	"refresh_token_encrypted" text,
	"access_token_expires_at" timestamp with time zone,
	"granted_scopes" text[] DEFAULT '{}'::text[] NOT NULL,
	"authorized_by_lever_user_id" text,
	"connected_by_user_id" uuid,
	"connected_at" timestamp with time zone NOT NULL,
	"perform_as_lever_user_id" text,
	"perform_as_name" text,
	"feedback_template_id" text,
	"feedback_template_fields" jsonb,
	"setup_error" text,
	"last_refreshed_at" timestamp with time zone,
	"last_delivery_at" timestamp with time zone,
	"needs_reconnect_since" timestamp with time zone,
	"disconnected_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lever_oauth_states" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"state_hash" text NOT NULL,
	"organization_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "lever_webhooks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"event" text NOT NULL,
	"lever_webhook_id" text NOT NULL,
	"url" text NOT NULL,
	"signature_token_encrypted" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lever_connections" ADD CONSTRAINT "lever_connections_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_connections" ADD CONSTRAINT "lever_connections_connected_by_user_id_users_id_fk" FOREIGN KEY ("connected_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_oauth_states" ADD CONSTRAINT "lever_oauth_states_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_oauth_states" ADD CONSTRAINT "lever_oauth_states_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "lever_webhooks" ADD CONSTRAINT "lever_webhooks_connection_id_lever_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."lever_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lever_connections_organization_id_key" ON "lever_connections" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "lever_connections_live_account_key" ON "lever_connections" USING btree ("lever_account_id") WHERE "lever_connections"."status" <> 'disconnected';--> statement-breakpoint
CREATE UNIQUE INDEX "lever_oauth_states_state_hash_key" ON "lever_oauth_states" USING btree ("state_hash");--> statement-breakpoint
CREATE INDEX "lever_oauth_states_expires_at_idx" ON "lever_oauth_states" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "lever_webhooks_connection_event_key" ON "lever_webhooks" USING btree ("connection_id","event");