CREATE TABLE `rate_limits` (
	`key` text PRIMARY KEY NOT NULL,
	`window_start` integer NOT NULL,
	`ends_at` integer NOT NULL,
	`count` integer NOT NULL
);
