CREATE TABLE `ai_usage` (
	`day` text NOT NULL,
	`model` text NOT NULL,
	`requests` integer DEFAULT 0 NOT NULL,
	`input_tokens` integer DEFAULT 0 NOT NULL,
	`output_tokens` integer DEFAULT 0 NOT NULL,
	`exhausted_until` integer,
	`updated_at` integer NOT NULL,
	PRIMARY KEY(`day`, `model`)
);
--> statement-breakpoint
CREATE TABLE `analyses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`posting_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`score` integer NOT NULL,
	`verdict` text NOT NULL,
	`reasons` text DEFAULT '[]' NOT NULL,
	`concerns` text DEFAULT '[]' NOT NULL,
	`analyzer` text NOT NULL,
	`model` text,
	`prompt_version` text NOT NULL,
	`cache_key` text NOT NULL,
	`flagged` integer DEFAULT false NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "analyses_score_chk" CHECK("analyses"."score" BETWEEN 0 AND 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `analyses_user_cache_uq` ON `analyses` (`user_id`,`posting_id`,`cache_key`);--> statement-breakpoint
CREATE INDEX `analyses_score_idx` ON `analyses` (`score`);--> statement-breakpoint
CREATE TABLE `attempts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`task_id` integer,
	`run_id` integer,
	`kind` text NOT NULL,
	`company_id` integer,
	`attempt` integer NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`duration_ms` integer,
	`outcome` text,
	`error_kind` text,
	`error_message` text,
	`detail` text,
	FOREIGN KEY (`task_id`) REFERENCES `tasks`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "attempts_outcome_chk" CHECK("attempts"."outcome" IS NULL OR "attempts"."outcome" IN ('succeeded','failed','deferred'))
);
--> statement-breakpoint
CREATE INDEX `attempts_task_idx` ON `attempts` (`task_id`);--> statement-breakpoint
CREATE INDEX `attempts_run_idx` ON `attempts` (`run_id`);--> statement-breakpoint
CREATE INDEX `attempts_started_at_idx` ON `attempts` (`started_at`);--> statement-breakpoint
CREATE TABLE `companies` (
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
	`last_success_at` integer,
	`last_attempt_at` integer,
	`last_error` text,
	`last_error_kind` text,
	`consecutive_failures` integer DEFAULT 0 NOT NULL,
	`breaker_open_until` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "companies_source_kind_chk" CHECK("companies"."source_kind" IS NULL OR "companies"."source_kind" IN ('greenhouse','lever','ashby','workable','recruitee','smartrecruiters','breezy','personio','workday','browser')),
	CONSTRAINT "companies_work_model_chk" CHECK("companies"."work_model" IS NULL OR "companies"."work_model" IN ('FULLY_REMOTE','HYBRID','ON_SITE'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `companies_slug_unique` ON `companies` (`slug`);--> statement-breakpoint
CREATE TABLE `postings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`company_id` integer NOT NULL,
	`posting_key` text NOT NULL,
	`source_kind` text,
	`source_id` text,
	`title` text NOT NULL,
	`url` text NOT NULL,
	`location` text,
	`workplace_type` text,
	`department` text,
	`description_text` text,
	`published_at` integer,
	`compensation` text,
	`content_hash` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`closed_at` integer,
	`missed_scrapes` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `postings_company_key_uq` ON `postings` (`company_id`,`posting_key`);--> statement-breakpoint
CREATE INDEX `postings_closed_at_idx` ON `postings` (`closed_at`);--> statement-breakpoint
CREATE TABLE `preferences` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`company_id` integer NOT NULL,
	`rank` integer NOT NULL,
	`tracking` integer DEFAULT true NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "preferences_rank_chk" CHECK("preferences"."rank" BETWEEN 1 AND 100)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `preferences_user_company_uq` ON `preferences` (`user_id`,`company_id`);--> statement-breakpoint
CREATE INDEX `preferences_tracking_company_rank_idx` ON `preferences` (`tracking`,`company_id`,`rank`,`created_at`);--> statement-breakpoint
CREATE TABLE `runs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`started_at` integer NOT NULL,
	`finished_at` integer,
	`duration_ms` integer,
	`status` text DEFAULT 'running' NOT NULL,
	`exit_code` integer,
	`budget_ms` integer NOT NULL,
	`concurrency` integer NOT NULL,
	`enqueued` integer DEFAULT 0 NOT NULL,
	`recovered` integer DEFAULT 0 NOT NULL,
	`succeeded` integer DEFAULT 0 NOT NULL,
	`failed` integer DEFAULT 0 NOT NULL,
	`deferred` integer DEFAULT 0 NOT NULL,
	`summary` text,
	`host` text NOT NULL,
	`pid` integer NOT NULL,
	CONSTRAINT "runs_status_chk" CHECK("runs"."status" IN ('running','completed','interrupted','aborted'))
);
--> statement-breakpoint
CREATE INDEX `runs_started_at_idx` ON `runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `saved_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`posting_id` integer NOT NULL,
	`analysis_id` integer,
	`status` text DEFAULT 'want_to_apply' NOT NULL,
	`note` text,
	`notified_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`posting_id`) REFERENCES `postings`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`analysis_id`) REFERENCES `analyses`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "saved_jobs_status_chk" CHECK("saved_jobs"."status" IN ('want_to_apply','pending_application','applied','interview_scheduled','technical_assessment','rejected','offer_received','offer_accepted','offer_declined','stale','discarded'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `saved_jobs_user_posting_uq` ON `saved_jobs` (`user_id`,`posting_id`);--> statement-breakpoint
CREATE TABLE `tasks` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`company_id` integer,
	`user_id` integer,
	`dedupe_key` text NOT NULL,
	`payload` text DEFAULT '{}' NOT NULL,
	`priority` integer DEFAULT 1000 NOT NULL,
	`run_at` integer NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer DEFAULT 5 NOT NULL,
	`lease_token` text,
	`lease_expires_at` integer,
	`run_id` integer,
	`last_error` text,
	`last_error_kind` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tasks_kind_chk" CHECK("tasks"."kind" IN ('scrape_company','analyze_postings')),
	CONSTRAINT "tasks_status_chk" CHECK("tasks"."status" IN ('pending','running','succeeded','failed','dead'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_open_dedupe_uq` ON `tasks` (`dedupe_key`) WHERE status IN ('pending','running','failed');--> statement-breakpoint
CREATE INDEX `tasks_claim_idx` ON `tasks` (`priority`,`run_at`,`id`) WHERE status IN ('pending','failed');--> statement-breakpoint
CREATE INDEX `tasks_status_kind_idx` ON `tasks` (`status`,`kind`);--> statement-breakpoint
CREATE INDEX `tasks_company_idx` ON `tasks` (`company_id`);--> statement-breakpoint
CREATE INDEX `tasks_finished_at_idx` ON `tasks` (`finished_at`);--> statement-breakpoint
CREATE TABLE `tick_lease` (
	`id` integer PRIMARY KEY NOT NULL,
	`owner` text NOT NULL,
	`host` text NOT NULL,
	`pid` integer NOT NULL,
	`boot_id` text,
	`pid_start_ticks` text,
	`run_id` integer,
	`acquired_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	CONSTRAINT "tick_lease_single_row_chk" CHECK("tick_lease"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`email` text NOT NULL,
	`profile` text,
	`cv_file_name` text,
	`cv_text` text,
	`cv_file` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_email_unique` ON `users` (`email`);--> statement-breakpoint
CREATE VIEW `v_matches` AS SELECT sj.id AS saved_job_id, u.email AS user, c.name AS company, p.title, a.score, p.url,
  strftime('%Y-%m-%dT%H:%M:%SZ', p.first_seen_at / 1000, 'unixepoch') AS first_seen, sj.status, p.closed_at
FROM saved_jobs sj
JOIN users u ON u.id = sj.user_id
JOIN postings p ON p.id = sj.posting_id
JOIN companies c ON c.id = p.company_id
LEFT JOIN analyses a ON a.id = sj.analysis_id;--> statement-breakpoint
CREATE VIEW `v_queue` AS SELECT kind, status, COUNT(*) AS count FROM tasks GROUP BY kind, status;--> statement-breakpoint
CREATE VIEW `v_recent_runs` AS SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', started_at / 1000, 'unixepoch') AS started, duration_ms, status, exit_code, enqueued, succeeded, failed, deferred
FROM runs ORDER BY started_at DESC, id DESC LIMIT 50;--> statement-breakpoint
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