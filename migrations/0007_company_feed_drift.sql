ALTER TABLE `companies` ADD `drift_note` text;--> statement-breakpoint
ALTER TABLE `companies` ADD `drift_warned_at` integer;