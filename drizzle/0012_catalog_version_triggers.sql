-- The catalogue's stamp (table catalog_version, src/db/schema.ts) changes with every row written to
-- `services` or `search_sounds`, whoever writes it: the guide's search index in memory
-- (src/domain/catalog/search-index.ts) compares stamps and is built again when they differ. Random, so
-- that two databases never share one by chance. The FTS5 index the search used before is dropped: nothing
-- reads it, and `wrangler d1 export` refuses databases that have one.
DROP TRIGGER IF EXISTS `services_fts_insert`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `services_fts_update`;
--> statement-breakpoint
DROP TRIGGER IF EXISTS `services_fts_delete`;
--> statement-breakpoint
DROP TABLE IF EXISTS `services_fts`;
--> statement-breakpoint
INSERT INTO `catalog_version` (`id`, `stamp`) VALUES (1, lower(hex(randomblob(8))));
--> statement-breakpoint
CREATE TRIGGER `catalog_version_service_insert` AFTER INSERT ON `services` BEGIN
  UPDATE `catalog_version` SET `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `catalog_version_service_update` AFTER UPDATE ON `services` BEGIN
  UPDATE `catalog_version` SET `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `catalog_version_service_delete` AFTER DELETE ON `services` BEGIN
  UPDATE `catalog_version` SET `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `catalog_version_sound_insert` AFTER INSERT ON `search_sounds` BEGIN
  UPDATE `catalog_version` SET `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
--> statement-breakpoint
CREATE TRIGGER `catalog_version_sound_delete` AFTER DELETE ON `search_sounds` BEGIN
  UPDATE `catalog_version` SET `stamp` = lower(hex(randomblob(8))) WHERE `id` = 1;
END;
