// The outbox dispatcher (DESIGN.md, "Nothing is lost"): delivers queued messages at least once, in order
// per address, paced under a global rate, one message a second per person's chat, and at most 20 a minute
// per group (Telegram's limits). A 429 pauses every dispatcher for its retry_after; a recipient who blocked the
// bot is marked unreachable and their case's staff are told; other failures retry with backoff and give
// up after a day, visibly. A crash loses nothing: a message held by a dead dispatcher is taken again when
// its lease runs out (or at once when the Node process starts), so at most the one in flight goes twice.
import { claimDue, markFinal, markPending, markSent, pausedUntil, pauseUntil, type OutboxRow } from "../db/queries/outbox.js";
import { unreachable } from "../domain/cases/cases.js";
import type { DomainDeps } from "../domain/deps.js";
import { markUnreachable, type Deliver, type DeliveryResult } from "../domain/outbox.js";
import type { OutboxRoute } from "../vocabulary.js";
import type { Job } from "./job.js";

export interface DispatchSettings {
  /** Messages a second, all chats together (Telegram allows about 30). */
  ratePerSecond: number;
  /** Messages a minute to one group (Telegram: 20). */
  perGroupPerMinute: number;
  /** Between two messages to one person's chat (Telegram: about a second). */
  perChatGapMs: number;
  /** How long a dispatcher holds what it took before another may take it. */
  leaseMs: number;
  /** How long one round may run. */
  budgetMs: number;
  /** After this long a message that keeps failing is given up. */
  giveUpAfterMs: number;
}

export const defaultDispatch: DispatchSettings = { ratePerSecond: 25, perGroupPerMinute: 20, perChatGapMs: 1000, leaseMs: 60_000, budgetMs: 25_000, giveUpAfterMs: 24 * 60 * 60 * 1000 };

/** How long until an address may be sent to again (0: now): a person's chat one a second, a group 20 a minute. */
function waitFor(route: OutboxRoute, sent: number[], now: number, settings: DispatchSettings): number {
  if (route === "topic") {
    const lastMinute = sent.filter((at) => now - at < 60_000);
    return lastMinute.length < settings.perGroupPerMinute ? 0 : 60_000 - (now - lastMinute[0]!);
  }
  const last = sent.at(-1);
  return last === undefined ? 0 : Math.max(0, settings.perChatGapMs - (now - last));
}

/** Waiting this long for an address is done within the round; longer, the message waits in the queue. */
const WAIT_IN_ROUND_MS = 1500;

/** 5 s, 10 s, 20 s … up to an hour. */
const backoff = (attempts: number) => Math.min(60 * 60 * 1000, 5000 * 2 ** Math.max(0, attempts - 1));

export interface RoundReport extends Record<string, number> {
  sent: number;
  retried: number;
  unreachable: number;
  failed: number;
  skipped: number;
}

export function outboxDispatcher(deps: DomainDeps, deliverers: Partial<Record<OutboxRoute, Deliver>>, settings: DispatchSettings = defaultDispatch, sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))) {
  /** When each address was last sent to (wall-clock time: pacing is about Telegram's clock, not the domain's). */
  const sentTo = new Map<string, number[]>();
  let lastSend = 0;
  let stopping = false;

  async function deliverOne(message: OutboxRow, report: RoundReport): Promise<"paused" | "done"> {
    const orm = deps.db.orm;
    const address = `${message.route}:${message.address}`;
    const sent = sentTo.get(address) ?? [];
    const wait = waitFor(message.route, sent, Date.now(), settings);
    if (wait > WAIT_IN_ROUND_MS) {
      await markPending(orm, message.id, { notBefore: deps.now() + wait, partsSent: message.partsSent, attempted: false });
      return "done";
    }
    if (wait > 0) await sleep(wait);
    const gap = 1000 / settings.ratePerSecond - (Date.now() - lastSend);
    if (gap > 0) await sleep(gap);
    const deliver = deliverers[message.route];
    const result: DeliveryResult = deliver ? await deliver(message) : { outcome: "retry", error: `no way to deliver to ${message.route} here`, partsSent: message.partsSent, afterMs: 60_000 };
    lastSend = Date.now();
    const at = deps.now();
    switch (result.outcome) {
      case "sent":
        sentTo.set(address, [...sent.filter((t) => Date.now() - t < 60_000), Date.now()].slice(-settings.perGroupPerMinute));
        await markSent(orm, message.id, at);
        report.sent++;
        return "done";
      case "skipped":
        await markFinal(orm, message.id, "skipped", result.reason, message.partsSent);
        report.skipped++;
        return "done";
      case "pause":
        await pauseUntil(orm, at + result.seconds * 1000);
        await markPending(orm, message.id, { notBefore: at + result.seconds * 1000, partsSent: result.partsSent, lastError: result.error, attempted: true });
        report.retried++;
        return "paused";
      case "unreachable":
        await markFinal(orm, message.id, "unreachable", result.error, result.partsSent);
        report.unreachable++;
        await recipientGone(message);
        return "done";
      case "failed":
        await markFinal(orm, message.id, "failed", result.error, result.partsSent);
        report.failed++;
        return "done";
      case "retry":
        if (at - message.createdAt > settings.giveUpAfterMs) {
          await markFinal(orm, message.id, "failed", `gave up after a day: ${result.error}`, result.partsSent);
          report.failed++;
        } else {
          await markPending(orm, message.id, { notBefore: at + (result.afterMs ?? backoff(message.attempts)), partsSent: result.partsSent, lastError: result.error, attempted: true });
          report.retried++;
        }
        return "done";
    }
  }

  /** A resident who blocked the bot: remembered, and their case's staff are told (in the topic and the timeline). */
  async function recipientGone(message: OutboxRow) {
    if (message.route === "topic") return;
    if (message.residentId) await markUnreachable(deps, message.residentId);
    if (message.caseId) await deps.db.atomic(unreachable(deps, message.caseId));
  }

  /** One round: delivers what is due until nothing is, the budget is spent, or Telegram asks to pause. */
  async function round(): Promise<RoundReport> {
    const report: RoundReport = { sent: 0, retried: 0, unreachable: 0, failed: 0, skipped: 0 };
    const started = Date.now();
    while (Date.now() - started < settings.budgetMs && !stopping) {
      const now = deps.now();
      if ((await pausedUntil(deps.db.orm)) > now) break;
      const batch = await claimDue(deps.db.orm, now, now + settings.leaseMs, Math.max(1, Math.ceil(settings.ratePerSecond)));
      if (batch.length === 0) break;
      let paused = false;
      for (const [i, message] of batch.entries()) {
        // Stopping (SIGTERM): what this round took and did not try goes back, untried, for the next start.
        if (stopping) {
          for (const rest of batch.slice(i)) await markPending(deps.db.orm, rest.id, { notBefore: rest.notBefore, partsSent: rest.partsSent, attempted: false });
          break;
        }
        if ((await deliverOne(message, report)) === "paused") {
          // What this round took and did not try goes back, untried.
          for (const rest of batch.slice(i + 1)) await markPending(deps.db.orm, rest.id, { notBefore: rest.notBefore, partsSent: rest.partsSent, attempted: false });
          paused = true;
          break;
        }
      }
      if (paused) break;
    }
    return report;
  }

  return {
    round,
    /** Ends the round under way after the message being sent. */
    stop: () => void (stopping = true),
  };
}

export function outboxJob(deps: DomainDeps, deliverers: Partial<Record<OutboxRoute, Deliver>>, settings: DispatchSettings = defaultDispatch): Job {
  const dispatcher = outboxDispatcher(deps, deliverers, settings);
  return { name: "outbox", every: 1000, run: () => dispatcher.round(), stop: dispatcher.stop };
}
