CREATE TYPE "public"."cefr_level" AS ENUM('A1', 'A2', 'B1', 'B2', 'C1', 'C2');--> statement-breakpoint
CREATE TYPE "public"."backfill_status" AS ENUM('queued', 'running', 'done', 'failed');--> statement-breakpoint
CREATE TYPE "public"."assessment_rule_status" AS ENUM('enabled', 'paused');--> statement-breakpoint
CREATE TABLE "assessments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"name" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"language" text NOT NULL,
	"target_level" "cefr_level" NOT NULL,
	"validity_days" integer NOT NULL,
	"tasks" jsonb NOT NULL,
	"created_by_user_id" uuid,
	"archived_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "assessment_rules" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"posting_id" text,
	"posting_name" text,
	"stage_id" text NOT NULL,
	"stage_name" text NOT NULL,
	"assessment_id" uuid NOT NULL,
	"pass_level" "cefr_level",
	"tag_on_invite" boolean DEFAULT false NOT NULL,
	"tag_on_complete" boolean DEFAULT false NOT NULL,
	"tag_with_level" boolean DEFAULT false NOT NULL,
	"completion_stage_id" text,
	"completion_stage_name" text,
	"completion_stage_only_if_passed" boolean DEFAULT false NOT NULL,
	"status" "assessment_rule_status" DEFAULT 'enabled' NOT NULL,
	"paused_reason" text,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_backfill_candidates" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"backfill_id" uuid NOT NULL,
	"opportunity_id" text NOT NULL,
	"candidate_name" text,
	"handled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rule_backfills" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"organization_id" uuid NOT NULL,
	"rule_id" uuid NOT NULL,
	"status" "backfill_status" DEFAULT 'queued' NOT NULL,
	"total" integer,
	"processed" integer DEFAULT 0 NOT NULL,
	"error" text,
	"created_by_user_id" uuid,
	"finished_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessments" ADD CONSTRAINT "assessments_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rules" ADD CONSTRAINT "assessment_rules_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rules" ADD CONSTRAINT "assessment_rules_assessment_id_assessments_id_fk" FOREIGN KEY ("assessment_id") REFERENCES "public"."assessments"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "assessment_rules" ADD CONSTRAINT "assessment_rules_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_backfill_candidates" ADD CONSTRAINT "rule_backfill_candidates_backfill_id_rule_backfills_id_fk" FOREIGN KEY ("backfill_id") REFERENCES "public"."rule_backfills"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_backfills" ADD CONSTRAINT "rule_backfills_organization_id_organizations_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_backfills" ADD CONSTRAINT "rule_backfills_rule_id_assessment_rules_id_fk" FOREIGN KEY ("rule_id") REFERENCES "public"."assessment_rules"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "rule_backfills" ADD CONSTRAINT "rule_backfills_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "assessments_organization_id_idx" ON "assessments" USING btree ("organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessments_active_name_key" ON "assessments" USING btree ("organization_id","name") WHERE "assessments"."archived_at" is null;--> statement-breakpoint
CREATE INDEX "assessment_rules_organization_stage_idx" ON "assessment_rules" USING btree ("organization_id","stage_id");--> statement-breakpoint
CREATE INDEX "assessment_rules_assessment_id_idx" ON "assessment_rules" USING btree ("assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "assessment_rules_posting_stage_assessment_key" ON "assessment_rules" USING btree ("organization_id",coalesce("posting_id", ''),"stage_id","assessment_id");--> statement-breakpoint
CREATE UNIQUE INDEX "rule_backfill_candidates_backfill_opportunity_key" ON "rule_backfill_candidates" USING btree ("backfill_id","opportunity_id");--> statement-breakpoint
CREATE INDEX "rule_backfills_rule_id_idx" ON "rule_backfills" USING btree ("rule_id");