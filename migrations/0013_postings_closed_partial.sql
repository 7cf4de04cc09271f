-- postings_closed_at_idx holds closed postings only (issue 28's write path): every query reads it by a closing time,
-- which implies NOT NULL, and a full index took a page of every commit that added postings (open ones sort first).
DROP INDEX `postings_closed_at_idx`;--> statement-breakpoint
CREATE INDEX `postings_closed_at_idx` ON `postings` (`closed_at`) WHERE closed_at IS NOT NULL;