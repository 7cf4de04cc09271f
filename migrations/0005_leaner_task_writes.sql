DROP INDEX `attempts_run_idx`;--> statement-breakpoint
DROP INDEX `tasks_status_kind_idx`;--> statement-breakpoint
DROP INDEX `tasks_finished_at_idx`;--> statement-breakpoint
DROP INDEX `tasks_claim_idx`;--> statement-breakpoint
CREATE INDEX `tasks_claim_idx` ON `tasks` (`kind`,`priority`,`run_at`,`id`) WHERE status IN ('pending','failed');--> statement-breakpoint
ALTER TABLE `tasks` DROP COLUMN `lease_expires_at`;