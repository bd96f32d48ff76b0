CREATE TABLE `agencies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`address_zh` text NOT NULL,
	`address_en` text NOT NULL,
	`phone` text,
	`complaint_phone` text,
	`website` text,
	`latitude` real,
	`longitude` real,
	`hours` text NOT NULL,
	`exceptions` text NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `agencies_code` ON `agencies` (`code`);--> statement-breakpoint
CREATE TABLE `community_services` (
	`community_id` integer NOT NULL,
	`service_id` integer NOT NULL,
	`access` text NOT NULL,
	`note_zh` text,
	`note_en` text,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `community_services_pair` ON `community_services` (`community_id`,`service_id`);--> statement-breakpoint
CREATE TABLE `search_misses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`query` text NOT NULL,
	`language` text NOT NULL,
	`community_id` integer,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `search_misses_at` ON `search_misses` (`at`);--> statement-breakpoint
CREATE TABLE `service_groups` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`parent_id` integer,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `service_groups_code` ON `service_groups` (`code`);--> statement-breakpoint
CREATE INDEX `service_groups_parent` ON `service_groups` (`parent_id`);--> statement-breakpoint
CREATE TABLE `services` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`group_id` integer NOT NULL,
	`agency_id` integer NOT NULL,
	`title_zh` text NOT NULL,
	`title_en` text NOT NULL,
	`summary_zh` text NOT NULL,
	`summary_en` text NOT NULL,
	`eligibility_zh` text NOT NULL,
	`eligibility_en` text NOT NULL,
	`materials` text NOT NULL,
	`steps` text NOT NULL,
	`fee_zh` text NOT NULL,
	`fee_en` text NOT NULL,
	`time_limit_zh` text NOT NULL,
	`time_limit_en` text NOT NULL,
	`keywords_zh` text DEFAULT '' NOT NULL,
	`keywords_en` text DEFAULT '' NOT NULL,
	`access` text NOT NULL,
	`proxy` integer DEFAULT false NOT NULL,
	`certificate` integer DEFAULT false NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`group_id`) REFERENCES `service_groups`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`agency_id`) REFERENCES `agencies`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `services_code` ON `services` (`code`);--> statement-breakpoint
CREATE INDEX `services_group` ON `services` (`group_id`);