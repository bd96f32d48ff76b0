CREATE TABLE `point_accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`community_id` integer NOT NULL,
	`grid_id` integer,
	`resident_id` integer,
	`household_id` integer,
	`organisation_id` integer,
	`member_code` text,
	`balance` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `point_households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`organisation_id`) REFERENCES `point_organisations`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "point_accounts_balance" CHECK("point_accounts"."kind" = 'issuance' OR "point_accounts"."balance" >= 0),
	CONSTRAINT "point_accounts_household_owner" CHECK(("point_accounts"."kind" = 'household') = ("point_accounts"."household_id" IS NOT NULL)),
	CONSTRAINT "point_accounts_organisation_owner" CHECK(("point_accounts"."kind" = 'organisation') = ("point_accounts"."organisation_id" IS NOT NULL)),
	CONSTRAINT "point_accounts_resident_owner" CHECK("point_accounts"."kind" = 'resident' OR ("point_accounts"."resident_id" IS NULL AND "point_accounts"."member_code" IS NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_accounts_resident` ON `point_accounts` (`resident_id`) WHERE "point_accounts"."resident_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `point_accounts_household` ON `point_accounts` (`household_id`) WHERE "point_accounts"."household_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `point_accounts_organisation` ON `point_accounts` (`organisation_id`) WHERE "point_accounts"."organisation_id" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `point_accounts_member_code` ON `point_accounts` (`member_code`) WHERE "point_accounts"."member_code" IS NOT NULL;--> statement-breakpoint
CREATE UNIQUE INDEX `point_accounts_community_own` ON `point_accounts` (`community_id`,`kind`) WHERE "point_accounts"."kind" IN ('issuance', 'shop');--> statement-breakpoint
CREATE INDEX `point_accounts_community` ON `point_accounts` (`community_id`,`kind`);--> statement-breakpoint
CREATE TABLE `point_budgets` (
	`community_id` integer NOT NULL,
	`year` integer NOT NULL,
	`population` integer NOT NULL,
	`points_per_yuan` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "point_budgets_positive" CHECK("point_budgets"."population" >= 0 AND "point_budgets"."points_per_yuan" > 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_budgets_year` ON `point_budgets` (`community_id`,`year`);--> statement-breakpoint
CREATE TABLE `point_household_codes` (
	`code` text PRIMARY KEY NOT NULL,
	`household_id` integer NOT NULL,
	`created_at` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`used_at` integer,
	FOREIGN KEY (`household_id`) REFERENCES `point_households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `point_household_members` (
	`resident_id` integer PRIMARY KEY NOT NULL,
	`household_id` integer NOT NULL,
	`head` integer DEFAULT false NOT NULL,
	`joined_at` integer NOT NULL,
	FOREIGN KEY (`resident_id`) REFERENCES `residents`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `point_households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `point_household_members_household` ON `point_household_members` (`household_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `point_household_members_head` ON `point_household_members` (`household_id`) WHERE "point_household_members"."head" = 1;--> statement-breakpoint
CREATE TABLE `point_households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`grid_id` integer,
	`name` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `point_households_community` ON `point_households` (`community_id`);--> statement-breakpoint
CREATE TABLE `point_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`kind` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`description_zh` text,
	`description_en` text,
	`points` integer NOT NULL,
	`stock` integer NOT NULL,
	`pickup_zh` text NOT NULL,
	`pickup_en` text NOT NULL,
	`hours_zh` text NOT NULL,
	`hours_en` text NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	CONSTRAINT "point_items_points" CHECK("point_items"."points" > 0),
	CONSTRAINT "point_items_stock" CHECK("point_items"."stock" >= 0)
);
--> statement-breakpoint
CREATE INDEX `point_items_community` ON `point_items` (`community_id`,`sort`);--> statement-breakpoint
CREATE TABLE `point_organisations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`grid_id` integer,
	`kind` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`created_at` integer NOT NULL
);
--> statement-breakpoint
CREATE INDEX `point_organisations_community` ON `point_organisations` (`community_id`);--> statement-breakpoint
CREATE TABLE `point_refusals` (
	`key` text PRIMARY KEY NOT NULL,
	`reason` text NOT NULL,
	`fingerprint` text NOT NULL,
	`at` integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE `point_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`account_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`rule_code` text NOT NULL,
	`category` text NOT NULL,
	`amount` integer NOT NULL,
	`evidence` text,
	`photo` text,
	`requested_by` integer,
	`key` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`decided_by` integer,
	`decided_at` integer,
	`reason` text,
	`transfer_id` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `point_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`transfer_id`) REFERENCES `point_transfers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "point_requests_amount" CHECK("point_requests"."amount" > 0),
	CONSTRAINT "point_requests_second_person" CHECK("point_requests"."decided_by" IS NULL OR "point_requests"."requested_by" IS NULL OR "point_requests"."decided_by" <> "point_requests"."requested_by")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_requests_key` ON `point_requests` (`key`);--> statement-breakpoint
CREATE INDEX `point_requests_queue` ON `point_requests` (`community_id`,`status`);--> statement-breakpoint
CREATE INDEX `point_requests_account` ON `point_requests` (`account_id`);--> statement-breakpoint
CREATE TABLE `point_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`district_id` integer,
	`category` text NOT NULL,
	`name_zh` text NOT NULL,
	`name_en` text NOT NULL,
	`description_zh` text,
	`description_en` text,
	`points` integer NOT NULL,
	`evidence` text DEFAULT 'none' NOT NULL,
	`awarded_by` text DEFAULT 'community_staff' NOT NULL,
	`cap_day` integer,
	`cap_month` integer,
	`cap_year` integer,
	`approval_above` integer,
	`claimable` integer DEFAULT false NOT NULL,
	`active` integer DEFAULT true NOT NULL,
	`example` integer DEFAULT false NOT NULL,
	`sort` integer DEFAULT 0 NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`district_id`) REFERENCES `districts`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "point_rules_points" CHECK("point_rules"."points" <> 0),
	CONSTRAINT "point_rules_caps" CHECK(coalesce("point_rules"."cap_day", 1) > 0 AND coalesce("point_rules"."cap_month", 1) > 0 AND coalesce("point_rules"."cap_year", 1) > 0),
	CONSTRAINT "point_rules_approval" CHECK("point_rules"."approval_above" IS NULL OR "point_rules"."approval_above" >= 0)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_rules_code` ON `point_rules` (`code`);--> statement-breakpoint
CREATE INDEX `point_rules_district` ON `point_rules` (`district_id`);--> statement-breakpoint
CREATE TABLE `point_totals` (
	`account_id` integer NOT NULL,
	`period` integer NOT NULL,
	`community_id` integer NOT NULL,
	`kind` text NOT NULL,
	`earned` integer NOT NULL,
	FOREIGN KEY (`account_id`) REFERENCES `point_accounts`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_totals_account_period` ON `point_totals` (`account_id`,`period`);--> statement-breakpoint
CREATE INDEX `point_totals_ranking` ON `point_totals` (`community_id`,`period`,`kind`,`earned`);--> statement-breakpoint
CREATE TABLE `point_transfers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`key` text NOT NULL,
	`kind` text NOT NULL,
	`debit_account_id` integer NOT NULL,
	`credit_account_id` integer NOT NULL,
	`amount` integer NOT NULL,
	`shortfall` integer DEFAULT 0 NOT NULL,
	`rule_code` text,
	`category` text,
	`reverses` integer,
	`community_id` integer NOT NULL,
	`month` integer NOT NULL,
	`at` integer NOT NULL,
	`staff_id` integer,
	`request_id` integer,
	`evidence` text,
	`photo` text,
	`note` text,
	`fingerprint` text NOT NULL,
	FOREIGN KEY (`debit_account_id`) REFERENCES `point_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`credit_account_id`) REFERENCES `point_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`reverses`) REFERENCES `point_transfers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "point_transfers_amount" CHECK("point_transfers"."amount" >= 0 AND ("point_transfers"."amount" > 0 OR "point_transfers"."kind" IN ('penalty', 'reversal'))),
	CONSTRAINT "point_transfers_two_accounts" CHECK("point_transfers"."debit_account_id" <> "point_transfers"."credit_account_id"),
	CONSTRAINT "point_transfers_shortfall" CHECK("point_transfers"."shortfall" >= 0 AND ("point_transfers"."shortfall" = 0 OR "point_transfers"."kind" = 'penalty')),
	CONSTRAINT "point_transfers_reversal" CHECK(("point_transfers"."kind" = 'reversal') = ("point_transfers"."reverses" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_transfers_key` ON `point_transfers` (`key`);--> statement-breakpoint
CREATE UNIQUE INDEX `point_transfers_reverses` ON `point_transfers` (`reverses`) WHERE "point_transfers"."reverses" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `point_transfers_debit` ON `point_transfers` (`debit_account_id`,`id`);--> statement-breakpoint
CREATE INDEX `point_transfers_credit` ON `point_transfers` (`credit_account_id`,`id`);--> statement-breakpoint
CREATE INDEX `point_transfers_caps` ON `point_transfers` (`credit_account_id`,`rule_code`,`at`) WHERE "point_transfers"."rule_code" IS NOT NULL;--> statement-breakpoint
CREATE INDEX `point_transfers_community_month` ON `point_transfers` (`community_id`,`month`);--> statement-breakpoint
CREATE TABLE `point_vouchers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`item_id` integer NOT NULL,
	`account_id` integer NOT NULL,
	`community_id` integer NOT NULL,
	`transfer_id` integer NOT NULL,
	`status` text DEFAULT 'reserved' NOT NULL,
	`created_at` integer NOT NULL,
	`closed_at` integer,
	`closed_by` integer,
	`refund_transfer_id` integer,
	FOREIGN KEY (`item_id`) REFERENCES `point_items`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`account_id`) REFERENCES `point_accounts`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`transfer_id`) REFERENCES `point_transfers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`refund_transfer_id`) REFERENCES `point_transfers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "point_vouchers_refund" CHECK(("point_vouchers"."status" = 'cancelled') = ("point_vouchers"."refund_transfer_id" IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `point_vouchers_code` ON `point_vouchers` (`code`);--> statement-breakpoint
CREATE UNIQUE INDEX `point_vouchers_transfer` ON `point_vouchers` (`transfer_id`);--> statement-breakpoint
CREATE INDEX `point_vouchers_account` ON `point_vouchers` (`account_id`);--> statement-breakpoint
CREATE INDEX `point_vouchers_community` ON `point_vouchers` (`community_id`,`status`);--> statement-breakpoint
-- The ledger's own rules, kept by the database whatever the code does (written by hand: drizzle-kit does
-- not know triggers). Entries are never changed or deleted; a key that failed stays failed; and writing
-- an entry moves both balances and the earned totals in the same statement, so no code can write one
-- without the other.
CREATE TRIGGER `point_transfers_no_update` BEFORE UPDATE ON `point_transfers`
BEGIN
  SELECT RAISE(ABORT, 'points: ledger entries are never changed; post a reversal');
END;
--> statement-breakpoint
CREATE TRIGGER `point_transfers_no_delete` BEFORE DELETE ON `point_transfers`
BEGIN
  SELECT RAISE(ABORT, 'points: ledger entries are never deleted; post a reversal');
END;
--> statement-breakpoint
CREATE TRIGGER `point_transfers_key_failed` BEFORE INSERT ON `point_transfers`
WHEN EXISTS (SELECT 1 FROM `point_refusals` WHERE `key` = NEW.`key`)
BEGIN
  SELECT RAISE(ABORT, 'points: this idempotency key failed before and stays failed');
END;
--> statement-breakpoint
CREATE TRIGGER `point_refusals_key_posted` BEFORE INSERT ON `point_refusals`
WHEN EXISTS (SELECT 1 FROM `point_transfers` WHERE `key` = NEW.`key`)
BEGIN
  SELECT RAISE(IGNORE);
END;
--> statement-breakpoint
CREATE TRIGGER `point_refusals_no_update` BEFORE UPDATE ON `point_refusals`
BEGIN
  SELECT RAISE(ABORT, 'points: a refused key stays refused');
END;
--> statement-breakpoint
CREATE TRIGGER `point_refusals_no_delete` BEFORE DELETE ON `point_refusals`
BEGIN
  SELECT RAISE(ABORT, 'points: a refused key stays refused');
END;
--> statement-breakpoint
CREATE TRIGGER `point_transfers_apply` AFTER INSERT ON `point_transfers`
BEGIN
  UPDATE `point_accounts` SET `balance` = `balance` - NEW.`amount` WHERE `id` = NEW.`debit_account_id`;
  UPDATE `point_accounts` SET `balance` = `balance` + NEW.`amount` WHERE `id` = NEW.`credit_account_id`;
END;
--> statement-breakpoint
-- Earned from the community in a year (YYYY, in the community's time zone): what came from an issuance
-- account counts for the account it went to…
CREATE TRIGGER `point_transfers_earned` AFTER INSERT ON `point_transfers`
WHEN (SELECT `kind` FROM `point_accounts` WHERE `id` = NEW.`debit_account_id`) = 'issuance'
BEGIN
  INSERT INTO `point_totals` (`account_id`, `period`, `community_id`, `kind`, `earned`)
    SELECT `id`, NEW.`month` / 100, `community_id`, `kind`, NEW.`amount` FROM `point_accounts` WHERE `id` = NEW.`credit_account_id`
    ON CONFLICT (`account_id`, `period`) DO UPDATE SET `earned` = `earned` + excluded.`earned`;
END;
--> statement-breakpoint
-- …and what went back to one counts against the account it came from.
CREATE TRIGGER `point_transfers_given_back` AFTER INSERT ON `point_transfers`
WHEN (SELECT `kind` FROM `point_accounts` WHERE `id` = NEW.`credit_account_id`) = 'issuance'
BEGIN
  INSERT INTO `point_totals` (`account_id`, `period`, `community_id`, `kind`, `earned`)
    SELECT `id`, NEW.`month` / 100, `community_id`, `kind`, -NEW.`amount` FROM `point_accounts` WHERE `id` = NEW.`debit_account_id`
    ON CONFLICT (`account_id`, `period`) DO UPDATE SET `earned` = `earned` + excluded.`earned`;
END;
--> statement-breakpoint
-- A reversal moves back exactly what the transfer it names moved, and a reversal is not reversed.
CREATE TRIGGER `point_transfers_reversal_mirrors` BEFORE INSERT ON `point_transfers`
WHEN NEW.`reverses` IS NOT NULL AND NOT EXISTS (
  SELECT 1 FROM `point_transfers` o
  WHERE o.`id` = NEW.`reverses` AND o.`kind` <> 'reversal'
    AND o.`debit_account_id` = NEW.`credit_account_id` AND o.`credit_account_id` = NEW.`debit_account_id` AND o.`amount` = NEW.`amount`
)
BEGIN
  SELECT RAISE(ABORT, 'points: a reversal mirrors a transfer that is not itself a reversal');
END;
