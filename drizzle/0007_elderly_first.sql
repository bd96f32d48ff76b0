CREATE TABLE `search_sounds` (
	`key` text NOT NULL,
	`word` text NOT NULL,
	PRIMARY KEY(`key`, `word`)
);
--> statement-breakpoint
ALTER TABLE `residents` ADD `text_size` text DEFAULT 'normal' NOT NULL;--> statement-breakpoint
ALTER TABLE `residents` ADD `map_app` text DEFAULT 'amap' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `brief_zh` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `services` ADD `brief_en` text DEFAULT '' NOT NULL;