CREATE TABLE `catalog_version` (
	`id` integer PRIMARY KEY NOT NULL,
	`stamp` text NOT NULL
);
