-- attempts, leaner to write (issue 28's write path): no AUTOINCREMENT (its sqlite_sequence row was a page every
-- outcome's commit wrote, to the WAL and again at the checkpoint) and no foreign key on task_id, whose ON DELETE
-- action needed attempts_task_idx, another such page, which no query read. SQLite changes both only by
-- rebuilding the table; no view reads attempts. The rows keep their ids and their task ids.
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_attempts` (
	`id` integer PRIMARY KEY NOT NULL,
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
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`company_id`) REFERENCES `companies`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "attempts_outcome_chk" CHECK("__new_attempts"."outcome" IS NULL OR "__new_attempts"."outcome" IN ('succeeded','failed','deferred'))
);
--> statement-breakpoint
INSERT INTO `__new_attempts`("id", "task_id", "run_id", "kind", "company_id", "attempt", "started_at", "finished_at", "duration_ms", "outcome", "error_kind", "error_message", "detail") SELECT "id", "task_id", "run_id", "kind", "company_id", "attempt", "started_at", "finished_at", "duration_ms", "outcome", "error_kind", "error_message", "detail" FROM `attempts`;--> statement-breakpoint
DROP TABLE `attempts`;--> statement-breakpoint
ALTER TABLE `__new_attempts` RENAME TO `attempts`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE INDEX `attempts_started_at_idx` ON `attempts` (`started_at`);