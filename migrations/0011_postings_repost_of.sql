-- Reposts (issue 26, item 7): a posting that closed and came back under a new id names the first posting of its
-- chain, and what changed materially. Added columns only (no table rebuild); drizzle-kit leaves out the ON DELETE
-- of a column added by ALTER TABLE, written here as the schema says. Both indexes are partial: an insert of an
-- open posting that is no repost writes neither.
ALTER TABLE `postings` ADD `repost_of` integer REFERENCES postings(id) ON DELETE SET NULL;--> statement-breakpoint
ALTER TABLE `postings` ADD `repost_change` text;--> statement-breakpoint
CREATE INDEX `postings_company_closed_idx` ON `postings` (`company_id`,`closed_at`) WHERE closed_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `postings_repost_of_idx` ON `postings` (`repost_of`) WHERE repost_of IS NOT NULL;
