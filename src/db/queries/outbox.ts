// The outbox: queued messages, claimed by a dispatcher in order per address, and marked as they go.
import { and, asc, eq, inArray, lt, sql, type Placeholder } from "drizzle-orm";
import type { OutboxRoute } from "../../vocabulary.js";
import type { Orm, Write } from "../database.js";
import { outbox, outboxPause, webInbox } from "../schema.js";

export type OutboxRow = typeof outbox.$inferSelect;
export type NewOutboxRow = typeof outbox.$inferInsert;

/** Queues a message; a key already queued is left as it is. */
export function queueMessage(orm: Orm, row: NewOutboxRow): Write {
  return orm.insert(outbox).values(row).onConflictDoNothing({ target: outbox.key });
}

/**
 * Takes up to `limit` messages that are due, each the oldest unfinished one of its address (so an
 * address gets its messages in order, and one that waits for a retry holds back the ones after it), and
 * holds them until `leaseUntil`. A message whose holder died (its lease ran out) is due again.
 */
export async function claimDue(orm: Orm, now: number, leaseUntil: number, limit: number): Promise<OutboxRow[]> {
  // The limit written into the SQL, not bound: SQLite ran this statement in 390 µs with `LIMIT ?` and
  // 200–250 µs with the number (bench:webhook, every claim of a run timed); it is a setting, never input,
  // and only a whole positive number goes into the text.
  if (!Number.isSafeInteger(limit) || limit < 1) throw new RangeError(`an outbox claim's limit must be a whole number ≥ 1, not ${limit}`);
  const rows = await orm.all<OutboxRow>(sql`
    UPDATE ${outbox} SET state = 'sending', lease_until = ${leaseUntil}, attempts = attempts + 1
    WHERE id IN (
      SELECT o.id FROM ${outbox} o
      WHERE ((o.state = 'pending' AND o.not_before <= ${now}) OR (o.state = 'sending' AND o.lease_until < ${now}))
        AND NOT EXISTS (
          SELECT 1 FROM ${outbox} p
          WHERE p.route = o.route AND p.address = o.address AND p.id < o.id AND p.state IN ('pending', 'sending')
        )
      ORDER BY o.id LIMIT ${sql.raw(String(limit))}
    )
    RETURNING id, key, route, address, body, state, attempts, parts_sent AS partsSent, not_before AS notBefore,
      lease_until AS leaseUntil, created_at AS createdAt, sent_at AS sentAt, last_error AS lastError,
      case_id AS caseId, resident_id AS residentId`);
  return rows.map((r) => ({ ...r, body: typeof r.body === "string" ? JSON.parse(r.body) : r.body })).sort((a, b) => a.id - b.id);
}

/**
 * Whether a direct reply that could not go out still waits to be delivered to this address now: being
 * sent, due, or tried and waiting to be tried again. `waitingFor` returns the query unrun, so that a
 * turn's first reads on D1 take it along in their batch, and on better-sqlite3 in their one statement
 * (with placeholders: src/db/queries/residents.ts, readTurn).
 */
export function waitingFor(orm: Orm, route: OutboxRoute | Placeholder, address: string | Placeholder, now: number | Placeholder) {
  return orm
    .select({ id: outbox.id })
    .from(outbox)
    .where(
      and(
        eq(outbox.route, route),
        eq(outbox.address, address),
        inArray(outbox.state, ["pending", "sending"]),
        // Only direct replies that could not go out (src/domain/outbox.ts, replyLater): notices are
        // messages of their own, and a direct answer need not wait for them.
        sql`${outbox.key} LIKE 'reply:%'`,
        sql`(${outbox.state} = 'sending' OR ${outbox.notBefore} <= ${now} OR ${outbox.attempts} > 0)`,
      ),
    )
    .limit(1);
}

export async function markSent(orm: Orm, id: number, now: number): Promise<void> {
  await orm.update(outbox).set({ state: "sent", sentAt: now, leaseUntil: null }).where(eq(outbox.id, id));
}

/** Back in the queue: after a failure (`attempted`), or untried because its turn had not come. */
export async function markPending(orm: Orm, id: number, change: { notBefore: number; partsSent: number; lastError?: string; attempted: boolean }): Promise<void> {
  await orm
    .update(outbox)
    .set({
      state: "pending",
      leaseUntil: null,
      notBefore: change.notBefore,
      partsSent: change.partsSent,
      ...(change.lastError ? { lastError: change.lastError } : {}),
      ...(change.attempted ? {} : { attempts: sql`${outbox.attempts} - 1` }),
    })
    .where(eq(outbox.id, id));
}

export async function markFinal(orm: Orm, id: number, state: "skipped" | "unreachable" | "failed", lastError: string, partsSent: number): Promise<void> {
  await orm.update(outbox).set({ state, lastError, partsSent, leaseUntil: null }).where(eq(outbox.id, id));
}

/** Messages held by a process that is gone (Node: at start, the previous run's; there is one process). */
export async function releaseAllHeld(orm: Orm): Promise<number> {
  return (await orm.update(outbox).set({ state: "pending", leaseUntil: null }).where(eq(outbox.state, "sending")).returning({ id: outbox.id })).length;
}

export async function pausedUntil(orm: Orm): Promise<number> {
  const [row] = await orm.select().from(outboxPause).where(eq(outboxPause.name, "telegram"));
  return row?.until ?? 0;
}

export async function pauseUntil(orm: Orm, until: number): Promise<void> {
  await orm.insert(outboxPause).values({ name: "telegram", until }).onConflictDoUpdate({ target: outboxPause.name, set: { until } });
}

/** What waits for a person who asked to be forgotten goes with them. */
export function dropQueuedFor(orm: Orm, residentId: number): Write {
  return orm.delete(outbox).where(and(eq(outbox.residentId, residentId), inArray(outbox.state, ["pending", "sending", "failed", "unreachable"])));
}

export async function countByState(orm: Orm): Promise<Record<string, number>> {
  const rows = await orm.select({ state: outbox.state, n: sql<number>`count(*)` }).from(outbox).groupBy(outbox.state);
  return Object.fromEntries(rows.map((r) => [r.state, r.n]));
}

/** Delivered messages are kept a while for the record, then pruned. */
export async function pruneSent(orm: Orm, before: number): Promise<number> {
  return (await orm.delete(outbox).where(and(eq(outbox.state, "sent"), lt(outbox.sentAt, before))).returning({ id: outbox.id })).length;
}

// ── the web chat's inbox ───────────────────────────────────────────────────────────────────────

export function putInInbox(orm: Orm, sessionId: string, replies: unknown[], now: number): Write {
  return orm.insert(webInbox).values({ sessionId, replies, createdAt: now });
}

export async function inboxAfter(orm: Orm, sessionId: string, afterId: number, limit = 50) {
  return orm
    .select()
    .from(webInbox)
    .where(and(eq(webInbox.sessionId, sessionId), sql`${webInbox.id} > ${afterId}`))
    .orderBy(asc(webInbox.id))
    .limit(limit);
}

/** What a page has fetched (up to `upTo`) is gone from the inbox. */
export async function clearInbox(orm: Orm, sessionId: string, upTo: number): Promise<void> {
  await orm.delete(webInbox).where(and(eq(webInbox.sessionId, sessionId), sql`${webInbox.id} <= ${upTo}`));
}

export function dropInbox(orm: Orm, sessionId: string): Write {
  return orm.delete(webInbox).where(eq(webInbox.sessionId, sessionId));
}

export async function pruneInbox(orm: Orm, before: number): Promise<number> {
  return (await orm.delete(webInbox).where(lt(webInbox.createdAt, before)).returning({ id: webInbox.id })).length;
}

export type { OutboxRoute };
