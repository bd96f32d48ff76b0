CREATE TABLE `case_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`case_id` integer NOT NULL,
	`at` integer NOT NULL,
	`kind` text NOT NULL,
	`actor` text NOT NULL,
	`staff_id` integer,
	`body` text,
	`attachment` text,
	`detail` text
);
--> statement-breakpoint
CREATE INDEX `case_events_case` ON `case_events` (`case_id`,`id`);--> statement-breakpoint
CREATE TABLE `case_numbers` (
	`prefix` text PRIMARY KEY NOT NULL,
	`last` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `case_topics` (
	`case_id` integer PRIMARY KEY NOT NULL,
	`chat_id` text NOT NULL,
	`thread_id` integer NOT NULL,
	`closed` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `case_topics_thread` ON `case_topics` (`chat_id`,`thread_id`);--> statement-breakpoint
CREATE TABLE `cases` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`ref` text NOT NULL,
	`kind` text NOT NULL,
	`status` text NOT NULL,
	`community_id` integer NOT NULL,
	`grid_id` integer,
	`resident_id` integer,
	`resident_name` text,
	`assignee_staff_id` integer,
	`service_id` integer,
	`summary` text NOT NULL,
	`language` text NOT NULL,
	`opened_at` integer NOT NULL,
	`first_response_at` integer,
	`resolved_at` integer,
	`closed_at` integer,
	`due_at` integer,
	`escalation` integer DEFAULT 0 NOT NULL,
	`reopened_count` integer DEFAULT 0 NOT NULL,
	`rating` integer,
	`rated_at` integer,
	`last_activity_at` integer NOT NULL,
	CONSTRAINT "cases_rating_range" CHECK("cases"."rating" IS NULL OR "cases"."rating" BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `cases_ref` ON `cases` (`ref`);--> statement-breakpoint
CREATE INDEX `cases_community_status` ON `cases` (`community_id`,`status`,`last_activity_at`);--> statement-breakpoint
CREATE INDEX `cases_resident` ON `cases` (`resident_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_assignee` ON `cases` (`assignee_staff_id`,`status`);--> statement-breakpoint
CREATE INDEX `cases_due` ON `cases` (`status`,`due_at`);--> statement-breakpoint
CREATE TABLE `media` (
	`key` text PRIMARY KEY NOT NULL,
	`owner` text,
	`content_type` text NOT NULL,
	`bytes` integer NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `media_owner` ON `media` (`owner`);--> statement-breakpoint
CREATE TABLE `outbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`route` text NOT NULL,
	`address` text NOT NULL,
	`body` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`parts_sent` integer DEFAULT 0 NOT NULL,
	`not_before` integer NOT NULL,
	`lease_until` integer,
	`created_at` integer NOT NULL,
	`sent_at` integer,
	`last_error` text,
	`case_id` integer,
	`resident_id` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `outbox_key` ON `outbox` (`key`);--> statement-breakpoint
CREATE INDEX `outbox_due` ON `outbox` (`state`,`not_before`);--> statement-breakpoint
CREATE INDEX `outbox_address` ON `outbox` (`route`,`address`,`state`);--> statement-breakpoint
CREATE INDEX `outbox_resident` ON `outbox` (`resident_id`);--> statement-breakpoint
CREATE TABLE `outbox_pause` (
	`name` text PRIMARY KEY NOT NULL,
	`until` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `staff_groups` (
	`community_id` integer PRIMARY KEY NOT NULL,
	`chat_id` text NOT NULL,
	`linked_by_staff_id` integer,
	`linked_at` integer NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `staff_groups_chat` ON `staff_groups` (`chat_id`);--> statement-breakpoint
CREATE TABLE `web_inbox` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`session_id` text NOT NULL,
	`replies` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `web_inbox_session` ON `web_inbox` (`session_id`,`id`);--> statement-breakpoint
ALTER TABLE `communities` ADD `first_response_minutes` integer;--> statement-breakpoint
ALTER TABLE `residents` ADD `unreachable_at` integer;