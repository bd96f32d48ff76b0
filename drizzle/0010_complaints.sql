CREATE TABLE `complaint_categories` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`keywords_zh` text DEFAULT '' NOT NULL,
	`keywords_en` text DEFAULT '' NOT NULL,
	`handler_role` text DEFAULT 'grid_worker' NOT NULL,
	`access` text DEFAULT 'handled' NOT NULL,
	`elsewhere_zh` text,
	`elsewhere_en` text,
	`elsewhere_phone` text,
	`acknowledge_minutes` integer DEFAULT 240 NOT NULL,
	`resolve_minutes` integer DEFAULT 2400 NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`disabled_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaint_categories_own` ON `complaint_categories` (`community_id`,`code`) WHERE "complaint_categories"."community_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `complaint_categories_default` ON `complaint_categories` (`code`) WHERE "complaint_categories"."community_id" IS NULL;--> statement-breakpoint
CREATE TABLE `complaint_followers` (
	`case_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`since` integer NOT NULL,
	PRIMARY KEY(`case_id`, `resident_id`)
);
--> statement-breakpoint
CREATE INDEX `complaint_followers_resident` ON `complaint_followers` (`resident_id`);--> statement-breakpoint
CREATE TABLE `complaint_verdicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`resident_id` integer,
	`round` integer NOT NULL,
	`verdict` text NOT NULL,
	`rating` integer,
	`comment` text,
	`at` integer NOT NULL,
	CONSTRAINT "complaint_verdicts_rating_range" CHECK("complaint_verdicts"."rating" IS NULL OR "complaint_verdicts"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaint_verdicts_once` ON `complaint_verdicts` (`case_id`,`resident_id`,`round`);--> statement-breakpoint
CREATE INDEX `complaint_verdicts_at` ON `complaint_verdicts` (`at`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`filing_key` text NOT NULL,
	`category_id` integer NOT NULL,
	`description` text NOT NULL,
	`latitude` real,
	`longitude` real,
	`building` text,
	`place_text` text,
	`anonymous` integer DEFAULT false NOT NULL,
	`duplicate_of` integer,
	`elsewhere_zh` text,
	`elsewhere_en` text,
	`acknowledge_due_at` integer,
	`resolve_due_at` integer,
	`acknowledged_at` integer,
	`fixed_at` integer,
	`unconfirmed` integer DEFAULT false NOT NULL,
	`hearing_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `complaints_filing` ON `complaints` (`filing_key`);--> statement-breakpoint
CREATE INDEX `complaints_category` ON `complaints` (`category_id`);--> statement-breakpoint
CREATE INDEX `complaints_duplicate` ON `complaints` (`duplicate_of`);--> statement-breakpoint
CREATE TABLE `hearing_invitations` (
	`hearing_id` integer NOT NULL,
	`resident_id` integer NOT NULL,
	`coming` integer,
	`answered_at` integer,
	`invited_at` integer NOT NULL,
	PRIMARY KEY(`hearing_id`, `resident_id`)
);
--> statement-breakpoint
CREATE INDEX `hearing_invitations_resident` ON `hearing_invitations` (`resident_id`);--> statement-breakpoint
CREATE TABLE `hearings` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`category_id` integer NOT NULL,
	`topic_zh` text NOT NULL,
	`topic_en` text NOT NULL,
	`starts_at` integer NOT NULL,
	`place_zh` text NOT NULL,
	`place_en` text NOT NULL,
	`state` text DEFAULT 'scheduled' NOT NULL,
	`outcome_zh` text,
	`outcome_en` text,
	`outcome_at` integer,
	`reminder_sent_at` integer,
	`created_by_staff_id` integer,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `hearings_community` ON `hearings` (`community_id`,`starts_at`);--> statement-breakpoint
ALTER TABLE `communities` ADD `hearing_threshold` integer;--> statement-breakpoint
ALTER TABLE `grids` ADD `buildings` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `grids` ADD `latitude` real;--> statement-breakpoint
ALTER TABLE `grids` ADD `longitude` real;--> statement-breakpoint
CREATE INDEX `cases_kind_community_opened` ON `cases` (`kind`,`community_id`,`opened_at`,`grid_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_grid_opened` ON `cases` (`grid_id`,`kind`,`opened_at`,`community_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_kind_opened` ON `cases` (`kind`,`opened_at`,`community_id`,`grid_id`,`status`);