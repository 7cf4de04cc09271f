CREATE TABLE `digest_items` (
	`digest_id` integer NOT NULL,
	`item_key` text NOT NULL,
	PRIMARY KEY(`digest_id`, `item_key`),
	FOREIGN KEY (`digest_id`) REFERENCES `digests`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `digest_items_key_idx` ON `digest_items` (`item_key`);--> statement-breakpoint
CREATE TABLE `digests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`run_id` integer,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`created_at` integer NOT NULL,
	`matches` integer DEFAULT 0 NOT NULL,
	`closed` integer DEFAULT 0 NOT NULL,
	`warnings` integer DEFAULT 0 NOT NULL,
	`error` text,
	FOREIGN KEY (`run_id`) REFERENCES `runs`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "digests_channel_chk" CHECK("digests"."channel" IN ('ntfy','webhook','email')),
	CONSTRAINT "digests_status_chk" CHECK("digests"."status" IN ('sent','failed'))
);
--> statement-breakpoint
CREATE INDEX `digests_channel_created_idx` ON `digests` (`channel`,`created_at`);