import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "instance_signals" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"key" varchar NOT NULL,
  	"channel" varchar,
  	"data" jsonb,
  	"origin" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "instance_signals_id" integer;
  CREATE UNIQUE INDEX "instance_signals_key_idx" ON "instance_signals" USING btree ("key");
  CREATE INDEX "instance_signals_channel_idx" ON "instance_signals" USING btree ("channel");
  CREATE INDEX "instance_signals_updated_at_idx" ON "instance_signals" USING btree ("updated_at");
  CREATE INDEX "instance_signals_created_at_idx" ON "instance_signals" USING btree ("created_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_instance_signals_fk" FOREIGN KEY ("instance_signals_id") REFERENCES "public"."instance_signals"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_instance_signals_id_idx" ON "payload_locked_documents_rels" USING btree ("instance_signals_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "instance_signals" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "instance_signals" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_instance_signals_fk";
  
  DROP INDEX "payload_locked_documents_rels_instance_signals_id_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "instance_signals_id";`)
}
