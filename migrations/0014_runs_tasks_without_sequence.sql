-- runs and tasks without AUTOINCREMENT (issue 28's write path): its sqlite_sequence row was a page of every tick's first
-- commit (the run row) and of every commit that enqueued, written to the WAL and again at the checkpoint. Without it
-- a new id is one past the largest kept. Runs are never deleted. A task's id may outlive it in `attempts`, so when the
-- largest task goes (prune, a company or user removed), the trigger below unlinks attempts from ids a new task could
-- take: task ids are still never reused. SQLite changes AUTOINCREMENT only by rebuilding the table; the views that
-- read these tables are dropped around the rebuild (SQLite refuses to rename a table while a view refers to the name
-- being replaced) and come back unchanged. Rows keep their ids.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
DROP VIEW `v_queue`;--> statement-breakpoint
DROP VIEW `v_recent_runs`;--> statement-breakpoint
CREATE TABLE `__new_runs` (
	`id` integer PRIMARY KEY NOT NULL,
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
	CONSTRAINT "runs_status_chk" CHECK("__new_runs"."status" IN ('running','completed','interrupted','aborted'))
);
--> statement-breakpoint
INSERT INTO `__new_runs`("id", "started_at", "finished_at", "duration_ms", "status", "exit_code", "budget_ms", "concurrency", "enqueued", "recovered", "succeeded", "failed", "deferred", "summary", "host", "pid") SELECT "id", "started_at", "finished_at", "duration_ms", "status", "exit_code", "budget_ms", "concurrency", "enqueued", "recovered", "succeeded", "failed", "deferred", "summary", "host", "pid" FROM `runs`;--> statement-breakpoint
DROP TABLE `runs`;--> statement-breakpoint
ALTER TABLE `__new_runs` RENAME TO `runs`;--> statement-breakpoint
CREATE INDEX `runs_started_at_idx` ON `runs` (`started_at`);--> statement-breakpoint
CREATE TABLE `__new_tasks` (
	`id` integer PRIMARY KEY NOT NULL,
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
	`run_id` integer,
	`last_error` text,
	`last_error_kind` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	`finished_at` integer,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "tasks_kind_chk" CHECK("__new_tasks"."kind" IN ('scrape_company','analyze_postings')),
	CONSTRAINT "tasks_status_chk" CHECK("__new_tasks"."status" IN ('pending','running','succeeded','failed','dead'))
);
--> statement-breakpoint
INSERT INTO `__new_tasks`("id", "kind", "status", "company_id", "user_id", "dedupe_key", "payload", "priority", "run_at", "attempts", "max_attempts", "lease_token", "run_id", "last_error", "last_error_kind", "created_at", "updated_at", "finished_at") SELECT "id", "kind", "status", "company_id", "user_id", "dedupe_key", "payload", "priority", "run_at", "attempts", "max_attempts", "lease_token", "run_id", "last_error", "last_error_kind", "created_at", "updated_at", "finished_at" FROM `tasks`;--> statement-breakpoint
DROP TABLE `tasks`;--> statement-breakpoint
ALTER TABLE `__new_tasks` RENAME TO `tasks`;--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_open_dedupe_uq` ON `tasks` (`dedupe_key`) WHERE finished_at IS NULL;--> statement-breakpoint
CREATE INDEX `tasks_claim_idx` ON `tasks` (`kind`,`priority`,`run_at`,`id`) WHERE status IN ('pending','failed');--> statement-breakpoint
CREATE INDEX `tasks_company_idx` ON `tasks` (`company_id`);--> statement-breakpoint
-- Attempts of tasks already pruned above the largest kept id (the sequence had kept those ids from coming back).
UPDATE `attempts` SET `task_id` = NULL WHERE `task_id` > (SELECT COALESCE(MAX(`id`), 0) FROM `tasks`);--> statement-breakpoint
CREATE TRIGGER `tasks_ids_never_reused` AFTER DELETE ON `tasks` WHEN old.id > (SELECT COALESCE(MAX(`id`), 0) FROM `tasks`)
BEGIN
  UPDATE `attempts` SET `task_id` = NULL WHERE `task_id` > (SELECT COALESCE(MAX(`id`), 0) FROM `tasks`);
END;--> statement-breakpoint
CREATE VIEW `v_queue` AS SELECT kind, status, COUNT(*) AS count FROM tasks GROUP BY kind, status;--> statement-breakpoint
CREATE VIEW `v_recent_runs` AS SELECT id, strftime('%Y-%m-%dT%H:%M:%SZ', started_at / 1000, 'unixepoch') AS started, duration_ms, status, exit_code, enqueued, succeeded, failed, deferred
FROM runs ORDER BY started_at DESC, id DESC LIMIT 50;--> statement-breakpoint
PRAGMA foreign_keys=ON;
