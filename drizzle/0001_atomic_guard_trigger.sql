-- An insert into atomic_guard is a guard inside an atomic write (src/db/atomic.ts): when `ok` is 1 the row
-- is skipped, otherwise the statement aborts and, with it, the whole transaction or D1 batch.
CREATE TRIGGER `atomic_guard_check` BEFORE INSERT ON `atomic_guard`
BEGIN
  SELECT CASE WHEN NEW.ok IS 1 THEN RAISE(IGNORE) ELSE RAISE(ABORT, 'linli atomic guard failed') END;
END;
