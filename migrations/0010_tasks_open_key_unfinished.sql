-- One open task per dedupe key, with open said as "not finished" (the same rows: only succeeded and dead tasks
-- have a finished_at): a claim changes only the status, so it no longer rewrites this index's page (issue 28).
DROP INDEX `tasks_open_dedupe_uq`;--> statement-breakpoint
CREATE UNIQUE INDEX `tasks_open_dedupe_uq` ON `tasks` (`dedupe_key`) WHERE finished_at IS NULL;