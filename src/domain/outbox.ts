// The outbox (DESIGN.md, "Delivery"): every message that is not the direct answer to what a person just
// sent waits here until it is delivered, or until Telegram answers that it never will be. Rules queue
// messages as part of their own atomic write; src/jobs/outbox.ts delivers them.
import { and, eq, sql, type SQL } from "drizzle-orm";
import { waking, type Change } from "../db/database.js";
import { queueMessage, type OutboxRow } from "../db/queries/outbox.js";
import { outbox, residents } from "../db/schema.js";
import type { Reply } from "../flows/types.js";
import type { Attachment, OutboxRoute } from "../vocabulary.js";
import type { DomainDeps } from "./deps.js";

/**
 * What to say, stored until it is delivered and rendered then, in the recipient's language and for their
 * channel: literal replies; a notice a flow module renders for a resident, exactly as its direct replies;
 * or a post in a case's topic, which the staff group renders.
 */
export type OutboxBody =
  | { replies: Reply[] }
  | { notice: Notice }
  | { topic: TopicPost };

/** A notice a flow module renders for the resident who gets it (`module.notices[name](ctx, args)`). */
export interface Notice {
  module: string;
  name: string;
  args: Record<string, unknown>;
}

/** What goes into a case's topic in its community's staff group. */
export type TopicPost =
  | { post: "opened" }
  | { post: "message"; from: "resident" | "staff"; staffName?: string; text?: string; attachment?: Attachment }
  | { post: "note"; staffName: string; text: string }
  | { post: "status"; status: string; by: string; text?: string; attachment?: Attachment }
  | { post: "assigned"; staffName: string; by: string }
  | { post: "rated"; rating: number; comment?: string }
  | { post: "escalated"; level: number }
  /** A complaint: another resident said "me too". */
  | { post: "followed" }
  /** A complaint: a resident's verdict on "fixed". */
  | { post: "verdict"; verdict: string; rating?: number; comment?: string }
  | { post: "unreachable" }
  | { action: "close" | "reopen" };

export interface OutgoingMessage {
  /** Unique for what the message is (e.g. `case:12:closed`): queuing it twice sends it once. */
  key: string;
  route: OutboxRoute;
  /** A Telegram chat id, a web chat session id, or (route "topic") a case id. */
  address: string;
  body: OutboxBody;
  caseId?: number;
  residentId?: number;
  /** Not before this moment (a reminder); now by default. */
  notBefore?: number;
}

/** A key nobody else will make: for messages that are each their own (a message relayed). */
export function uniqueKey(prefix: string): string {
  return `${prefix}:${Array.from(crypto.getRandomValues(new Uint8Array(8)), (b) => b.toString(16).padStart(2, "0")).join("")}`;
}

export function queue(deps: DomainDeps, ...messages: OutgoingMessage[]): Change {
  const now = deps.now();
  return waking(
    (orm) =>
      messages.map((m) =>
        queueMessage(orm, {
          key: m.key,
          route: m.route,
          address: m.address,
          body: m.body as unknown as Record<string, unknown>,
          notBefore: m.notBefore ?? now,
          createdAt: now,
          caseId: m.caseId ?? null,
          residentId: m.residentId ?? null,
        }),
      ),
    "outbox",
  );
}

/** Where a resident is reached: their channel and its address. */
export function residentRoute(resident: { channel: "telegram" | "web"; externalId: string }): { route: OutboxRoute; address: string } {
  return { route: resident.channel, address: resident.externalId };
}

/**
 * Direct replies that could not reach the person now (Telegram unreachable, 5xx after the retries):
 * queued, so that the outbox delivers them, after whatever already waits for them, when it is back.
 */
export async function replyLater(deps: DomainDeps, to: { route: OutboxRoute; address: string; residentId?: number }, replies: Reply[]): Promise<void> {
  if (replies.length === 0) return;
  const change = queue(deps, { key: uniqueKey("reply"), route: to.route, address: to.address, body: { replies }, ...(to.residentId ? { residentId: to.residentId } : {}) });
  await deps.db.atomic(change);
  for (const job of change.wakes ?? []) deps.wake?.(job);
}

/** Telegram said the person blocked the bot or is gone: remembered until they write again. */
export async function markUnreachable(deps: DomainDeps, residentId: number): Promise<void> {
  await deps.db.orm.update(residents).set({ unreachableAt: deps.now() }).where(and(eq(residents.id, residentId)));
}

/** A topic post for a case opened in the same write, whose id is only known inside it (`caseId`: a subquery). */
export function queueForNewCase(deps: DomainDeps, caseId: SQL, post: TopicPost): Change {
  const now = deps.now();
  return waking(
    (orm) => [
      orm.insert(outbox).values({
        key: uniqueKey("case:opened"),
        route: "topic",
        address: sql`CAST(${caseId} AS TEXT)` as unknown as string,
        body: { topic: post } as unknown as Record<string, unknown>,
        notBefore: now,
        createdAt: now,
        caseId: caseId as unknown as number,
      }),
    ],
    "outbox",
  );
}

/** What happened when a channel tried to deliver a message from the outbox (src/jobs/outbox.ts acts on it). */
export type DeliveryResult =
  | { outcome: "sent" }
  /** Nothing to deliver it to (a community without a staff group): done, with the reason. */
  | { outcome: "skipped"; reason: string }
  /** Worth trying again later (a network error, a 5xx, a topic being made again). */
  | { outcome: "retry"; error: string; partsSent: number; afterMs?: number }
  /** 429: every dispatcher waits. */
  | { outcome: "pause"; seconds: number; error: string; partsSent: number }
  /** The recipient blocked the bot, left, or is gone: it will never arrive. */
  | { outcome: "unreachable"; error: string; partsSent: number }
  /** Telegram refused it for good (a bad request): kept, visibly, for staff to see. */
  | { outcome: "failed"; error: string; partsSent: number };

/** A channel's way to deliver one message of the outbox. */
export type Deliver = (message: OutboxRow) => Promise<DeliveryResult>;

