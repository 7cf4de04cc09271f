-- New source kinds (issue 26) widen companies.source_kind's CHECK, which SQLite can change only by
-- rebuilding the table. The views that read companies are dropped around the rebuild (SQLite refuses
-- to rename a table while a view refers to the name being replaced) and come back unchanged.
DROP VIEW `v_matches`;--> statement-breakpoint
DROP VIEW `v_schedule`;--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_companies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`slug` text NOT NULL,
	`name` text NOT NULL,
	`careers_url` text NOT NULL,
	`selector` text,
	`work_model` text,
	`headquarters` text,
	`office_locations` text DEFAULT '[]' NOT NULL,
	`fields` text DEFAULT '[]' NOT NULL,
	`open_to_application` integer,
	`source_kind` text,
	`source_token` text,
	`source_filter` text,
	`source_origin` text,
	`render_mode` text DEFAULT 'auto' NOT NULL,
	`render_origin` text,
	`render_scrapes_since_check` integer DEFAULT 0 NOT NULL,
	`last_success_at` integer,
	`last_attempt_at` integer,
	`last_error` text,
	`last_error_kind` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`breaker_open_until` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "companies_source_kind_chk" CHECK("__new_companies"."source_kind" IS NULL OR "__new_companies"."source_kind" IN ('greenhouse','lever','ashby','workable','recruitee','smartrecruiters','breezy','personio','workday','eightfold','rippling','bamboohr','teamtailor','jobvite','icims','pinpoint','homerun','join','softgarden','dover','comeet','jazzhr','paylocity','ultipro','oracle','successfactors','notion','browser')),
	CONSTRAINT "companies_source_origin_chk" CHECK("__new_companies"."source_origin" IS NULL OR "__new_companies"."source_origin" IN ('url','page','user')),
	CONSTRAINT "companies_render_mode_chk" CHECK("__new_companies"."render_mode" IN ('static','browser','auto')),
	CONSTRAINT "companies_render_origin_chk" CHECK("__new_companies"."render_origin" IS NULL OR "__new_companies"."render_origin" IN ('learned','user')),
	CONSTRAINT "companies_work_model_chk" CHECK("__new_companies"."work_model" IS NULL OR "__new_companies"."work_model" IN ('FULLY_REMOTE','HYBRID','ON_SITE'))
);
--> statement-breakpoint
INSERT INTO `__new_companies`("id", "slug", "name", "careers_url", "selector", "work_model", "headquarters", "office_locations", "fields", "open_to_application", "source_kind", "source_token", "source_filter", "source_origin", "render_mode", "render_origin", "render_scrapes_since_check", "last_success_at", "last_attempt_at", "last_error", "last_error_kind", "consecutive_failures", "breaker_open_until", "created_at", "updated_at") SELECT "id", "slug", "name", "careers_url", "selector", "work_model", "headquarters", "office_locations", "fields", "open_to_application", "source_kind", "source_token", "source_filter", "source_origin", "render_mode", "render_origin", "render_scrapes_since_check", "last_success_at", "last_attempt_at", "last_error", "last_error_kind", "consecutive_failures", "breaker_open_until", "created_at", "updated_at" FROM `companies`;--> statement-breakpoint
DROP TABLE `companies`;--> statement-breakpoint
ALTER TABLE `__new_companies` RENAME TO `companies`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `companies_slug_unique` ON `companies` (`slug`);--> statement-breakpoint
CREATE VIEW `v_matches` AS SELECT sj.id AS saved_job_id, u.email AS user, c.name AS company, p.title, a.score, p.url,
  strftime('%Y-%m-%dT%H:%M:%SZ', p.first_seen_at / 1000, 'unixepoch') AS first_seen, sj.status, p.closed_at
FROM saved_jobs sj
JOIN users u ON u.id = sj.user_id
JOIN postings p ON p.id = sj.posting_id
JOIN companies c ON c.id = p.company_id
LEFT JOIN analyses a ON a.id = sj.analysis_id;--> statement-breakpoint
CREATE VIEW `v_schedule` AS SELECT s.*, strftime('%Y-%m-%dT%H:%M:%SZ', s.last_success_at / 1000, 'unixepoch') AS last_success, strftime('%Y-%m-%dT%H:%M:%SZ', s.next_due_at / 1000, 'unixepoch') AS next_due FROM (
  SELECT c.id AS company_id, c.slug, c.name AS company, p.effective_rank,
    CASE WHEN p.effective_rank >= 81 THEN 86400000 WHEN p.effective_rank >= 61 THEN 172800000 WHEN p.effective_rank >= 31 THEN 259200000 WHEN p.effective_rank >= 11 THEN 345600000 WHEN p.effective_rank >= 1 THEN 432000000 END AS interval_ms,
    c.last_success_at,
    COALESCE(c.last_success_at + CASE WHEN p.effective_rank >= 81 THEN 86400000 WHEN p.effective_rank >= 61 THEN 172800000 WHEN p.effective_rank >= 31 THEN 259200000 WHEN p.effective_rank >= 11 THEN 345600000 WHEN p.effective_rank >= 1 THEN 432000000 END, p.tracked_since) AS next_due_at,
    c.breaker_open_until, c.consecutive_failures
  FROM companies c
  JOIN (SELECT company_id, MAX(rank) AS effective_rank, MIN(created_at) AS tracked_since
        FROM preferences WHERE tracking = 1 GROUP BY company_id) p ON p.company_id = c.id
) s;
