/**
 * Many organisations on one deployment (src/tenancy): the organisations' registry
 * (`tenants`, with domains), each account's organisations and platform role, an
 * organisation column on every organisation's table and its versions, division names and
 * codes unique per organisation instead of nationally, the profile's name no longer
 * unique. Then everything already here is given to one organisation (../shared/oneOrganisation.ts).
 */
import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

import { hostOf } from '../../tenancy/hostOf'
import { oneOrganisationStatements } from '../shared/oneOrganisation'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_tenants_kind" AS ENUM('pao', 'city-municipality', 'town-municipality', 'subdistrict-municipality', 'sao');
  CREATE TYPE "public"."enum_users_platform_role" AS ENUM('administrator', 'overseer');
  CREATE TABLE "tenants_domains" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"host" varchar NOT NULL
  );
  
  CREATE TABLE "tenants" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"slug" varchar NOT NULL,
  	"kind" "enum_tenants_kind",
  	"province" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_tenants" (
  	"_order" integer NOT NULL,
  	"_parent_id" integer NOT NULL,
  	"id" varchar PRIMARY KEY NOT NULL,
  	"tenant_id" integer NOT NULL
  );
  
  DROP INDEX "organisations_name_th_idx";
  DROP INDEX "_organisations_v_version_version_name_th_idx";
  DROP INDEX "divisions_name_th_idx";
  DROP INDEX "divisions_code_idx";
  ALTER TABLE "organisations" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_organisations_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "executives" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_executives_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "laws" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_laws_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "news" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_news_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "plans" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_plans_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "reports" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_reports_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "manuals" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_manuals_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "statistics" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_statistics_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "e_services" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_e_services_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "procurement_announcements" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_procurement_announcements_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "procurement_monthly" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_procurement_monthly_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "policies" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_policies_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "activities" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_activities_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "risk_assessments" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_risk_assessments_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "integrity_measures" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "_integrity_measures_v" ADD COLUMN "version_tenant_id" integer;
  ALTER TABLE "users" ADD COLUMN "platform_role" "enum_users_platform_role";
  ALTER TABLE "divisions" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "media" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "audit_log" ADD COLUMN "tenant_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "tenants_id" integer;
  ALTER TABLE "tenants_domains" ADD CONSTRAINT "tenants_domains_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_tenants" ADD CONSTRAINT "users_tenants_parent_id_fk" FOREIGN KEY ("_parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "tenants_domains_order_idx" ON "tenants_domains" USING btree ("_order");
  CREATE INDEX "tenants_domains_parent_id_idx" ON "tenants_domains" USING btree ("_parent_id");
  CREATE INDEX "tenants_domains_host_idx" ON "tenants_domains" USING btree ("host");
  CREATE UNIQUE INDEX "tenants_slug_idx" ON "tenants" USING btree ("slug");
  CREATE INDEX "tenants_province_idx" ON "tenants" USING btree ("province");
  CREATE INDEX "tenants_updated_at_idx" ON "tenants" USING btree ("updated_at");
  CREATE INDEX "tenants_created_at_idx" ON "tenants" USING btree ("created_at");
  CREATE INDEX "users_tenants_order_idx" ON "users_tenants" USING btree ("_order");
  CREATE INDEX "users_tenants_parent_id_idx" ON "users_tenants" USING btree ("_parent_id");
  CREATE INDEX "users_tenants_tenant_idx" ON "users_tenants" USING btree ("tenant_id");
  ALTER TABLE "organisations" ADD CONSTRAINT "organisations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_organisations_v" ADD CONSTRAINT "_organisations_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "executives" ADD CONSTRAINT "executives_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_executives_v" ADD CONSTRAINT "_executives_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "laws" ADD CONSTRAINT "laws_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_laws_v" ADD CONSTRAINT "_laws_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "news" ADD CONSTRAINT "news_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_news_v" ADD CONSTRAINT "_news_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "plans" ADD CONSTRAINT "plans_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_plans_v" ADD CONSTRAINT "_plans_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "reports" ADD CONSTRAINT "reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_reports_v" ADD CONSTRAINT "_reports_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "manuals" ADD CONSTRAINT "manuals_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_manuals_v" ADD CONSTRAINT "_manuals_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "statistics" ADD CONSTRAINT "statistics_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_statistics_v" ADD CONSTRAINT "_statistics_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "e_services" ADD CONSTRAINT "e_services_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_e_services_v" ADD CONSTRAINT "_e_services_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_announcements" ADD CONSTRAINT "procurement_announcements_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_announcements_v" ADD CONSTRAINT "_procurement_announcements_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "procurement_monthly" ADD CONSTRAINT "procurement_monthly_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_procurement_monthly_v" ADD CONSTRAINT "_procurement_monthly_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "activities" ADD CONSTRAINT "activities_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_activities_v" ADD CONSTRAINT "_activities_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "risk_assessments" ADD CONSTRAINT "risk_assessments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_risk_assessments_v" ADD CONSTRAINT "_risk_assessments_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "integrity_measures" ADD CONSTRAINT "integrity_measures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_integrity_measures_v" ADD CONSTRAINT "_integrity_measures_v_version_tenant_id_tenants_id_fk" FOREIGN KEY ("version_tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "divisions" ADD CONSTRAINT "divisions_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "media" ADD CONSTRAINT "media_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_tenants_fk" FOREIGN KEY ("tenants_id") REFERENCES "public"."tenants"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "organisations_tenant_idx" ON "organisations" USING btree ("tenant_id");
  CREATE INDEX "_organisations_v_version_version_tenant_idx" ON "_organisations_v" USING btree ("version_tenant_id");
  CREATE INDEX "executives_tenant_idx" ON "executives" USING btree ("tenant_id");
  CREATE INDEX "_executives_v_version_version_tenant_idx" ON "_executives_v" USING btree ("version_tenant_id");
  CREATE INDEX "laws_tenant_idx" ON "laws" USING btree ("tenant_id");
  CREATE INDEX "_laws_v_version_version_tenant_idx" ON "_laws_v" USING btree ("version_tenant_id");
  CREATE INDEX "news_tenant_idx" ON "news" USING btree ("tenant_id");
  CREATE INDEX "_news_v_version_version_tenant_idx" ON "_news_v" USING btree ("version_tenant_id");
  CREATE INDEX "plans_tenant_idx" ON "plans" USING btree ("tenant_id");
  CREATE INDEX "_plans_v_version_version_tenant_idx" ON "_plans_v" USING btree ("version_tenant_id");
  CREATE INDEX "reports_tenant_idx" ON "reports" USING btree ("tenant_id");
  CREATE INDEX "_reports_v_version_version_tenant_idx" ON "_reports_v" USING btree ("version_tenant_id");
  CREATE INDEX "manuals_tenant_idx" ON "manuals" USING btree ("tenant_id");
  CREATE INDEX "_manuals_v_version_version_tenant_idx" ON "_manuals_v" USING btree ("version_tenant_id");
  CREATE INDEX "statistics_tenant_idx" ON "statistics" USING btree ("tenant_id");
  CREATE INDEX "_statistics_v_version_version_tenant_idx" ON "_statistics_v" USING btree ("version_tenant_id");
  CREATE INDEX "e_services_tenant_idx" ON "e_services" USING btree ("tenant_id");
  CREATE INDEX "_e_services_v_version_version_tenant_idx" ON "_e_services_v" USING btree ("version_tenant_id");
  CREATE INDEX "procurement_announcements_tenant_idx" ON "procurement_announcements" USING btree ("tenant_id");
  CREATE INDEX "_procurement_announcements_v_version_version_tenant_idx" ON "_procurement_announcements_v" USING btree ("version_tenant_id");
  CREATE INDEX "procurement_monthly_tenant_idx" ON "procurement_monthly" USING btree ("tenant_id");
  CREATE INDEX "_procurement_monthly_v_version_version_tenant_idx" ON "_procurement_monthly_v" USING btree ("version_tenant_id");
  CREATE INDEX "policies_tenant_idx" ON "policies" USING btree ("tenant_id");
  CREATE INDEX "_policies_v_version_version_tenant_idx" ON "_policies_v" USING btree ("version_tenant_id");
  CREATE INDEX "activities_tenant_idx" ON "activities" USING btree ("tenant_id");
  CREATE INDEX "_activities_v_version_version_tenant_idx" ON "_activities_v" USING btree ("version_tenant_id");
  CREATE INDEX "risk_assessments_tenant_idx" ON "risk_assessments" USING btree ("tenant_id");
  CREATE INDEX "_risk_assessments_v_version_version_tenant_idx" ON "_risk_assessments_v" USING btree ("version_tenant_id");
  CREATE INDEX "integrity_measures_tenant_idx" ON "integrity_measures" USING btree ("tenant_id");
  CREATE INDEX "_integrity_measures_v_version_version_tenant_idx" ON "_integrity_measures_v" USING btree ("version_tenant_id");
  CREATE INDEX "divisions_tenant_idx" ON "divisions" USING btree ("tenant_id");
  CREATE UNIQUE INDEX "tenant_code_idx" ON "divisions" USING btree ("tenant_id","code");
  CREATE UNIQUE INDEX "tenant_nameTh_idx" ON "divisions" USING btree ("tenant_id","name_th");
  CREATE INDEX "media_tenant_idx" ON "media" USING btree ("tenant_id");
  CREATE INDEX "audit_log_tenant_idx" ON "audit_log" USING btree ("tenant_id");
  CREATE INDEX "payload_locked_documents_rels_tenants_id_idx" ON "payload_locked_documents_rels" USING btree ("tenants_id");`)
  for (const statement of oneOrganisationStatements(
    {
      q: (name) => `"${name}"`,
      newRowId: `substr(md5(random()::text || clock_timestamp()::text), 1, 24)`,
      isYearKey: (column) => `${column} ~ '^oit-reminder:[0-9]{4}:'`,
      asKind: (expression) => `(${expression})::text::"enum_tenants_kind"`,
    },
    hostOf(payload?.config?.serverURL),
  )) {
    await db.execute(sql.raw(statement))
  }
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "tenants_domains" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "tenants" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_tenants" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "tenants_domains" CASCADE;
  DROP TABLE "tenants" CASCADE;
  DROP TABLE "users_tenants" CASCADE;
  ALTER TABLE "organisations" DROP CONSTRAINT "organisations_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_organisations_v" DROP CONSTRAINT "_organisations_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "executives" DROP CONSTRAINT "executives_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_executives_v" DROP CONSTRAINT "_executives_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "laws" DROP CONSTRAINT "laws_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_laws_v" DROP CONSTRAINT "_laws_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "news" DROP CONSTRAINT "news_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_news_v" DROP CONSTRAINT "_news_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "plans" DROP CONSTRAINT "plans_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_plans_v" DROP CONSTRAINT "_plans_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "reports" DROP CONSTRAINT "reports_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_reports_v" DROP CONSTRAINT "_reports_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "manuals" DROP CONSTRAINT "manuals_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_manuals_v" DROP CONSTRAINT "_manuals_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "statistics" DROP CONSTRAINT "statistics_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_statistics_v" DROP CONSTRAINT "_statistics_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "e_services" DROP CONSTRAINT "e_services_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_e_services_v" DROP CONSTRAINT "_e_services_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "procurement_announcements" DROP CONSTRAINT "procurement_announcements_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_procurement_announcements_v" DROP CONSTRAINT "_procurement_announcements_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "procurement_monthly" DROP CONSTRAINT "procurement_monthly_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_procurement_monthly_v" DROP CONSTRAINT "_procurement_monthly_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "policies" DROP CONSTRAINT "policies_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_policies_v" DROP CONSTRAINT "_policies_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "activities" DROP CONSTRAINT "activities_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_activities_v" DROP CONSTRAINT "_activities_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "risk_assessments" DROP CONSTRAINT "risk_assessments_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_risk_assessments_v" DROP CONSTRAINT "_risk_assessments_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "integrity_measures" DROP CONSTRAINT "integrity_measures_tenant_id_tenants_id_fk";
  
  ALTER TABLE "_integrity_measures_v" DROP CONSTRAINT "_integrity_measures_v_version_tenant_id_tenants_id_fk";
  
  ALTER TABLE "divisions" DROP CONSTRAINT "divisions_tenant_id_tenants_id_fk";
  
  ALTER TABLE "media" DROP CONSTRAINT "media_tenant_id_tenants_id_fk";
  
  ALTER TABLE "audit_log" DROP CONSTRAINT "audit_log_tenant_id_tenants_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_tenants_fk";
  
  DROP INDEX "organisations_tenant_idx";
  DROP INDEX "_organisations_v_version_version_tenant_idx";
  DROP INDEX "executives_tenant_idx";
  DROP INDEX "_executives_v_version_version_tenant_idx";
  DROP INDEX "laws_tenant_idx";
  DROP INDEX "_laws_v_version_version_tenant_idx";
  DROP INDEX "news_tenant_idx";
  DROP INDEX "_news_v_version_version_tenant_idx";
  DROP INDEX "plans_tenant_idx";
  DROP INDEX "_plans_v_version_version_tenant_idx";
  DROP INDEX "reports_tenant_idx";
  DROP INDEX "_reports_v_version_version_tenant_idx";
  DROP INDEX "manuals_tenant_idx";
  DROP INDEX "_manuals_v_version_version_tenant_idx";
  DROP INDEX "statistics_tenant_idx";
  DROP INDEX "_statistics_v_version_version_tenant_idx";
  DROP INDEX "e_services_tenant_idx";
  DROP INDEX "_e_services_v_version_version_tenant_idx";
  DROP INDEX "procurement_announcements_tenant_idx";
  DROP INDEX "_procurement_announcements_v_version_version_tenant_idx";
  DROP INDEX "procurement_monthly_tenant_idx";
  DROP INDEX "_procurement_monthly_v_version_version_tenant_idx";
  DROP INDEX "policies_tenant_idx";
  DROP INDEX "_policies_v_version_version_tenant_idx";
  DROP INDEX "activities_tenant_idx";
  DROP INDEX "_activities_v_version_version_tenant_idx";
  DROP INDEX "risk_assessments_tenant_idx";
  DROP INDEX "_risk_assessments_v_version_version_tenant_idx";
  DROP INDEX "integrity_measures_tenant_idx";
  DROP INDEX "_integrity_measures_v_version_version_tenant_idx";
  DROP INDEX "divisions_tenant_idx";
  DROP INDEX "tenant_code_idx";
  DROP INDEX "tenant_nameTh_idx";
  DROP INDEX "media_tenant_idx";
  DROP INDEX "audit_log_tenant_idx";
  DROP INDEX "payload_locked_documents_rels_tenants_id_idx";
  CREATE UNIQUE INDEX "organisations_name_th_idx" ON "organisations" USING btree ("name_th");
  CREATE INDEX "_organisations_v_version_version_name_th_idx" ON "_organisations_v" USING btree ("version_name_th");
  CREATE UNIQUE INDEX "divisions_name_th_idx" ON "divisions" USING btree ("name_th");
  CREATE UNIQUE INDEX "divisions_code_idx" ON "divisions" USING btree ("code");
  ALTER TABLE "organisations" DROP COLUMN "tenant_id";
  ALTER TABLE "_organisations_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "executives" DROP COLUMN "tenant_id";
  ALTER TABLE "_executives_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "laws" DROP COLUMN "tenant_id";
  ALTER TABLE "_laws_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "news" DROP COLUMN "tenant_id";
  ALTER TABLE "_news_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "plans" DROP COLUMN "tenant_id";
  ALTER TABLE "_plans_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "reports" DROP COLUMN "tenant_id";
  ALTER TABLE "_reports_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "manuals" DROP COLUMN "tenant_id";
  ALTER TABLE "_manuals_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "statistics" DROP COLUMN "tenant_id";
  ALTER TABLE "_statistics_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "e_services" DROP COLUMN "tenant_id";
  ALTER TABLE "_e_services_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "procurement_announcements" DROP COLUMN "tenant_id";
  ALTER TABLE "_procurement_announcements_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "procurement_monthly" DROP COLUMN "tenant_id";
  ALTER TABLE "_procurement_monthly_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "policies" DROP COLUMN "tenant_id";
  ALTER TABLE "_policies_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "activities" DROP COLUMN "tenant_id";
  ALTER TABLE "_activities_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "risk_assessments" DROP COLUMN "tenant_id";
  ALTER TABLE "_risk_assessments_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "integrity_measures" DROP COLUMN "tenant_id";
  ALTER TABLE "_integrity_measures_v" DROP COLUMN "version_tenant_id";
  ALTER TABLE "users" DROP COLUMN "platform_role";
  ALTER TABLE "divisions" DROP COLUMN "tenant_id";
  ALTER TABLE "media" DROP COLUMN "tenant_id";
  ALTER TABLE "audit_log" DROP COLUMN "tenant_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "tenants_id";
  DROP TYPE "public"."enum_tenants_kind";
  DROP TYPE "public"."enum_users_platform_role";`)
}
