CREATE INDEX `cases_kind_community_opened` ON `cases` (`kind`,`community_id`,`opened_at`,`grid_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_grid_opened` ON `cases` (`grid_id`,`kind`,`opened_at`,`community_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_kind_opened` ON `cases` (`kind`,`opened_at`,`community_id`,`grid_id`,`status`);