import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'oitRefreshSummaries' BEFORE 'schedulePublish';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'oitRefreshSummaries' BEFORE 'schedulePublish';
  CREATE TABLE "oit_summaries" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tenant_id" integer,
  	"year" numeric NOT NULL,
  	"counts" jsonb NOT NULL,
  	"total" numeric NOT NULL,
  	"progress" numeric NOT NULL,
  	"items" jsonb NOT NULL,
  	"last_published_at" timestamp(3) with time zone,
  	"computed_at" timestamp(3) with time zone NOT NULL,
  	"changed_at" timestamp(3) with time zone,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "oit_summaries_id" integer;
  ALTER TABLE "oit_summaries" ADD CONSTRAINT "oit_summaries_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "oit_summaries_tenant_idx" ON "oit_summaries" USING btree ("tenant_id");
  CREATE INDEX "oit_summaries_year_idx" ON "oit_summaries" USING btree ("year");
  CREATE INDEX "oit_summaries_updated_at_idx" ON "oit_summaries" USING btree ("updated_at");
  CREATE INDEX "oit_summaries_created_at_idx" ON "oit_summaries" USING btree ("created_at");
  CREATE UNIQUE INDEX "tenant_year_idx" ON "oit_summaries" USING btree ("tenant_id","year");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_oit_summaries_fk" FOREIGN KEY ("oit_summaries_id") REFERENCES "public"."oit_summaries"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_oit_summaries_id_idx" ON "payload_locked_documents_rels" USING btree ("oit_summaries_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "oit_summaries" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "oit_summaries" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_oit_summaries_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'oitDueReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'oitDueReminders', 'schedulePublish');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_oit_summaries_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "oit_summaries_id";`)
}
