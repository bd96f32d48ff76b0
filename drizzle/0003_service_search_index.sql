-- The service guide's full-text index: FTS5 with the trigram tokenizer, which finds any 3+ character
-- piece of Chinese or English text (shorter queries use LIKE, see src/db/queries/catalog.ts).
-- Kept in step with `services` by triggers. `wrangler d1 export` refuses databases with FTS5 tables:
-- back up per table (README), this index is rebuilt from `services`.
CREATE VIRTUAL TABLE `services_fts` USING fts5(title, keywords, body, tokenize = 'trigram');
--> statement-breakpoint
CREATE TRIGGER `services_fts_insert` AFTER INSERT ON `services` BEGIN
  INSERT INTO services_fts(rowid, title, keywords, body) VALUES (
    NEW.id,
    NEW.title_zh || ' ' || NEW.title_en,
    NEW.keywords_zh || ' ' || NEW.keywords_en,
    NEW.summary_zh || ' ' || NEW.summary_en || ' ' || NEW.eligibility_zh || ' ' || NEW.eligibility_en
  );
END;
--> statement-breakpoint
CREATE TRIGGER `services_fts_update` AFTER UPDATE ON `services` BEGIN
  DELETE FROM services_fts WHERE rowid = OLD.id;
  INSERT INTO services_fts(rowid, title, keywords, body) VALUES (
    NEW.id,
    NEW.title_zh || ' ' || NEW.title_en,
    NEW.keywords_zh || ' ' || NEW.keywords_en,
    NEW.summary_zh || ' ' || NEW.summary_en || ' ' || NEW.eligibility_zh || ' ' || NEW.eligibility_en
  );
END;
--> statement-breakpoint
CREATE TRIGGER `services_fts_delete` AFTER DELETE ON `services` BEGIN
  DELETE FROM services_fts WHERE rowid = OLD.id;
END;
