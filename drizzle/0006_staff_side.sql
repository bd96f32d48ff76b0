CREATE TABLE `console_sessions` (
	`id_hash` text PRIMARY KEY NOT NULL,
	`staff_id` integer NOT NULL,
	`csrf_token` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`address` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `console_sessions_staff` ON `console_sessions` (`staff_id`);--> statement-breakpoint
CREATE INDEX `console_sessions_expires` ON `console_sessions` (`expires_at`);--> statement-breakpoint
CREATE TABLE `login_throttle` (
	`key` text PRIMARY KEY NOT NULL,
	`failures` integer NOT NULL,
	`last_attempt_at` integer NOT NULL,
	`blocked_until` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text,
	`phone` text,
	`language` text DEFAULT 'zh' NOT NULL,
	`telegram_user_id` text,
	`password_hash` text,
	`disabled_at` integer,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_username` ON `staff` (`username`);--> statement-breakpoint
CREATE UNIQUE INDEX `staff_telegram_user` ON `staff` (`telegram_user_id`);--> statement-breakpoint
CREATE TABLE `staff_links` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`staff_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `staff_links_expires` ON `staff_links` (`expires_at`);--> statement-breakpoint
CREATE TABLE `staff_roles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`role` text NOT NULL,
	`place_kind` text NOT NULL,
	`place_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "staff_roles_place_kind" CHECK(("staff_roles"."role" = 'grid_worker' AND "staff_roles"."place_kind" = 'grid')
        OR ("staff_roles"."role" IN ('proxy_agent', 'community_staff') AND "staff_roles"."place_kind" = 'community')
        OR ("staff_roles"."role" = 'street_admin' AND "staff_roles"."place_kind" = 'street')
        OR ("staff_roles"."role" = 'district_admin' AND "staff_roles"."place_kind" = 'district')
        OR ("staff_roles"."role" = 'admin' AND "staff_roles"."place_kind" = 'everywhere' AND "staff_roles"."place_id" = 0))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_roles_unique` ON `staff_roles` (`staff_id`,`role`,`place_kind`,`place_id`);--> statement-breakpoint
CREATE INDEX `staff_roles_place` ON `staff_roles` (`place_kind`,`place_id`);--> statement-breakpoint
CREATE TABLE `staff_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` integer NOT NULL,
	`label` text NOT NULL,
	`token_hash` text NOT NULL,
	`created_at` integer NOT NULL,
	`last_used_at` integer,
	`revoked_at` integer,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_tokens_hash` ON `staff_tokens` (`token_hash`);--> statement-breakpoint
CREATE INDEX `staff_tokens_staff` ON `staff_tokens` (`staff_id`);--> statement-breakpoint
ALTER TABLE `audit_log` ADD `staff_id` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `address` text;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `district_id` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `street_id` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `community_id` integer;--> statement-breakpoint
ALTER TABLE `audit_log` ADD `grid_id` integer;--> statement-breakpoint
CREATE INDEX `audit_log_district` ON `audit_log` (`district_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_street` ON `audit_log` (`street_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_community` ON `audit_log` (`community_id`,`at`);--> statement-breakpoint
CREATE INDEX `audit_log_grid` ON `audit_log` (`grid_id`,`at`);--> statement-breakpoint
ALTER TABLE `communities` ADD `office_hours` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `communities` ADD `office_exceptions` text DEFAULT '[]' NOT NULL;--> statement-breakpoint
ALTER TABLE `communities` ADD `hours_note_zh` text;--> statement-breakpoint
ALTER TABLE `communities` ADD `hours_note_en` text;--> statement-breakpoint
-- Hand-edited: SQLite cannot add a NOT NULL column without a default, so each code column is added with
-- an empty default (never used: linli always writes a code) and existing rows get a code before the
-- unique index: districts d<id>, streets s<id>, grids <community code>-<n> (n counting from 1 within
-- the community in id order, like the codes of the demo data). No table is rebuilt.
ALTER TABLE `districts` ADD `code` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `districts` SET `code` = 'd' || `id`;--> statement-breakpoint
CREATE UNIQUE INDEX `districts_code` ON `districts` (`code`);--> statement-breakpoint
ALTER TABLE `grids` ADD `code` text DEFAULT '' NOT NULL;--> statement-breakpoint
UPDATE `grids` SET `code` = (SELECT `c`.`code` FROM `communities` `c` WHERE `c`.`id` = `grids`.`community_id`) || '-' || (SELECT count(*) FROM `grids` `g2` WHERE `g2`.`community_id` = `grids`.`community_id` AND `g2`.`id` <= `grids`.`id`);--> statement-breakpoint
CREATE UNIQUE INDEX `grids_code` ON `grids` (`code`);--> statement-breakpoint
ALTER TABLE `streets` ADD `code` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `streets` ADD `supervision_phone` text;--> statement-breakpoint
UPDATE `streets` SET `code` = 's' || `id`;--> statement-breakpoint
CREATE UNIQUE INDEX `streets_code` ON `streets` (`code`);