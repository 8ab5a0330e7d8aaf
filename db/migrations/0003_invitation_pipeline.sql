CREATE TYPE "public"."webhook_delivery_state" AS ENUM('queued', 'processed', 'waiting', 'failed');--> statement-breakpoint
CREATE TYPE "public"."webhook_delivery_status" AS ENUM('accepted', 'rejected');--> statement-breakpoint
CREATE TYPE "public"."email_kind" AS ENUM('invitation', 'reminder');--> statement-breakpoint
CREATE TYPE "public"."email_status" AS ENUM('sending', 'sent', 'outbox', 'failed', 'bounced');--> statement-breakpoint
CREATE TYPE "public"."invitation_source" AS ENUM('webhook', 'backfill');--> statement-breakpoint
CREATE TYPE "public"."invitation_status" AS ENUM('created', 'sent', 'opened', 'started', 'completed', 'scored', 'reported', 'expired', 'cancelled', 'failed');--> statement-breakpoint
CREATE TYPE "public"."step_outcome" AS ENUM('ok', 'skipped', 'waiting', 'failed');--> statement-breakpoint
CREATE TABLE "webhook_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"connection_id" uuid NOT NULL,
	"organization_id" uuid NOT NULL,
	"status" "webhook_delivery_status" NOT NULL,
	"event" text,
	"lever_token" text,
	"triggered_at" timestamp with time zone,
	"opportunity_id" text,
	"data" jsonb,
	"rejection_reason" text,
	"source_address" text,
	"repeats" integer DEFAULT 0 NOT NULL,
	"state" "webhook_delivery_state",
	"outcome" text,
	"processed_at" timestamp with time zone,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "email_messages" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"invitation_id" uuid NOT NULL,
	"send_key" text NOT NULL,
	"kind" "email_kind" NOT NULL,
	"recipient" text,
	"subject" text NOT NULL,
	"language" text NOT NULL,
	"status" "email_status" NOT NULL,
	"smtp_message_id" text,
	"smtp_response" text,
	"error" text,
	"sent_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "invitations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"assessment_id" uuid NOT NULL,
	"opportunity_id" text NOT NULL,
	"contact_id" text,
	"candidate_name" text,
	"candidate_email" text,
	"posting_id" text,
	"posting_name" text,
	"stage_id" text NOT NULL,
	"stage_name" text,
	"status" "invitation_status" DEFAULT 'created' NOT NULL,
	"source" "invitation_source" NOT NULL,
	"link_version" integer DEFAULT 1 NOT NULL,
	"token_hash" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"stage_entered_at" timestamp with time zone NOT NULL,
	"sent_at" timestamp with time zone,
	"opened_at" timestamp with time zone,
	"started_at" timestamp with time zone,
	"completed_at" timestamp with time zone,
	"reminder_sent_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"send_count" integer DEFAULT 0 NOT NULL,
	"last_error" text,
	"anonymized_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pipeline_events" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"opportunity_id" text NOT NULL,
	"invitation_id" uuid,
	"delivery_id" uuid,
	"step" text NOT NULL,
	"outcome" "step_outcome" NOT NULL,
	"detail" text,
	"retry" jsonb,
	"retried_at" timestamp with time zone,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
DROP INDEX "assessment_rules_posting_stage_assessment_key";--> statement-breakpoint
ALTER TABLE "assessment_rules" ADD COLUMN "deleted_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_connection_id_lever_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."lever_connections"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "webhook_deliveries" ADD CONSTRAINT "webhook_deliveries_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "email_messages" ADD CONSTRAINT "email_messages_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_rule_id_assessment_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."assessment_rules"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "invitations" ADD CONSTRAINT "invitations_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_events" ADD CONSTRAINT "pipeline_events_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pipeline_events" ADD CONSTRAINT "pipeline_events_invitation_id_invitations_id_fk" FOREIGN KEY ("invitation_id") REFERENCES "public"."invitations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "webhook_deliveries_connection_token_key" ON "webhook_deliveries" USING btree ("connection_id","lever_token");--> statement-breakpoint
CREATE INDEX "webhook_deliveries_organization_received_idx" ON "webhook_deliveries" USING btree ("organization_id","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "webhook_deliveries_opportunity_idx" ON "webhook_deliveries" USING btree ("organization_id","opportunity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "email_messages_send_key" ON "email_messages" USING btree ("send_key");--> statement-breakpoint
CREATE INDEX "email_messages_invitation_idx" ON "email_messages" USING btree ("invitation_id");--> statement-breakpoint
CREATE INDEX "email_messages_organization_status_idx" ON "email_messages" USING btree ("organization_id","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_rule_opportunity_key" ON "invitations" USING btree ("rule_id","opportunity_id");--> statement-breakpoint
CREATE UNIQUE INDEX "invitations_token_hash_key" ON "invitations" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "invitations_organization_created_idx" ON "invitations" USING btree ("organization_id","created_at" DESC NULLS LAST,"id");--> statement-breakpoint
CREATE INDEX "invitations_organization_status_created_idx" ON "invitations" USING btree ("organization_id","status","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "invitations_organization_opportunity_idx" ON "invitations" USING btree ("organization_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "invitations_rule_status_idx" ON "invitations" USING btree ("rule_id","status");--> statement-breakpoint
CREATE INDEX "invitations_open_expiry_idx" ON "invitations" USING btree ("expires_at") WHERE "invitations"."status" in ('created', 'sent', 'opened');--> statement-breakpoint
CREATE INDEX "pipeline_events_organization_opportunity_idx" ON "pipeline_events" USING btree ("organization_id","opportunity_id","at");--> statement-breakpoint
CREATE INDEX "pipeline_events_invitation_idx" ON "pipeline_events" USING btree ("invitation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_rules_posting_stage_assessment_key" ON "assessment_rules" USING btree ("organization_id",coalesce("posting_id", ''),"stage_id","assessment_id") WHERE "assessment_rules"."deleted_at" is null;