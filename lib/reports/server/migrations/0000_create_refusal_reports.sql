CREATE TABLE "refusal_reports" (
	"id" uuid PRIMARY KEY NOT NULL,
	"host" text NOT NULL,
	"service" text NOT NULL,
	"service_domain" text NOT NULL,
	"remote_ip" text,
	"smtp_code" smallint,
	"enhanced_code" text,
	"diagnostic" text,
	"refused_at" timestamp with time zone NOT NULL,
	"provider_id" text,
	"asn" integer,
	"operator" text,
	CONSTRAINT "refusal_reports_smtp_code" CHECK ("refusal_reports"."smtp_code" between 400 and 599)
);
--> statement-breakpoint
CREATE INDEX "refusal_reports_host_service_refused_at" ON "refusal_reports" USING btree ("host","service","refused_at");--> statement-breakpoint
CREATE INDEX "refusal_reports_refused_at" ON "refusal_reports" USING btree ("refused_at");