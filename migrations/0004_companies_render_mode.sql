-- Written by hand in place of drizzle-kit's table rebuild (whose copy step selected the new columns from
-- the old table): SQLite adds a column with its own CHECK in place, no rebuild, views untouched. The
-- snapshot's table-level checks and these column checks accept the same values.
ALTER TABLE `companies` ADD `render_mode` text DEFAULT 'auto' NOT NULL CONSTRAINT "companies_render_mode_chk" CHECK("render_mode" IN ('static','browser','auto'));--> statement-breakpoint
ALTER TABLE `companies` ADD `render_origin` text CONSTRAINT "companies_render_origin_chk" CHECK("render_origin" IS NULL OR "render_origin" IN ('learned','user'));--> statement-breakpoint
ALTER TABLE `companies` ADD `render_scrapes_since_check` integer DEFAULT 0 NOT NULL;
