// A conversation's turn: the state as it was read, and the commit of what a flow decided together with
// the next state — one atomic write guarded by the state's version, so that two messages of one person
// handled at once (two isolates, two processes) cannot both commit on the same state.
import { isGuardFailure } from "../db/atomic.js";
import { together, type Change } from "../db/database.js";
import {
  conversationKey,
  conversationUnchanged,
  findConversation,
  readTurn as readTurnRows,
  saveConversation,
  type Conversation,
  type TurnReads,
} from "../db/queries/residents.js";
import { recordUpdate, updateSeen } from "../db/queries/telegram.js";
import type { Channel, OutboxRoute } from "../vocabulary.js";
import type { DomainDeps } from "./deps.js";

export type { Conversation, TurnReads };

export interface StoredState {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
}

/**
 * What a turn starts from — the person, their conversation, for a Telegram update whether it is the first
 * delivery (recording its id: src/domain/updates.ts), and when asked whether earlier replies still wait
 * in the outbox for the chat the answer goes to — read together: one round trip on D1.
 */
export interface TurnAsk {
  /** A Telegram update's id, recorded at most once. */
  updateId?: number;
  /** The chat the answer goes to: whether earlier replies still wait for it in the outbox. */
  repliesTo?: { route: OutboxRoute; address: string };
}

export function readTurn(deps: DomainDeps, channel: Channel, externalId: string, options: TurnAsk = {}): Promise<TurnReads> {
  const now = deps.now();
  return readTurnRows(deps.db, channel, externalId, conversationKey(channel, externalId), {
    ...(options.updateId === undefined ? {} : { update: { id: options.updateId, at: now } }),
    ...(options.repliesTo ? { repliesTo: { ...options.repliesTo, now } } : {}),
  });
}

/**
 * What to read with when a turn is tried again after a conflict: an update's id the reads recorded (D1)
 * is not recorded again; one left for the commit (SQLite) was recorded by nothing and goes with the next
 * attempt's commit.
 */
export function askAgain(asked: TurnAsk, read: TurnReads): TurnAsk {
  if (asked.updateId === undefined || read.recordWithCommit) return asked;
  return asked.repliesTo ? { repliesTo: asked.repliesTo } : {};
}

export interface Turn {
  key: string;
  /** The row as read (undefined: none yet). */
  row: Conversation | undefined;
  /** The state to save, or undefined to save none (the person was deleted, or nothing moved). */
  next: StoredState | undefined;
  /** Whether `next` differs from what was read. */
  moved: boolean;
  writes?: Change;
  /** A Telegram update's id to record with the commit (TurnReads.recordWithCommit): written even when nothing else is. */
  update?: { id: number; at: number } | undefined;
}

/**
 * Commits a turn: "nothing" when there was nothing to write; "conflict" when the conversation moved since
 * it was read (nothing was written; handle the input again); "refused" when a guard of the turn's own
 * writes failed (nothing was written); "redelivered" when the update's id to record with it was recorded
 * meanwhile — the same update handled at once twice — and nothing was written.
 */
export async function commitTurn(deps: DomainDeps, turn: Turn): Promise<"nothing" | "written" | "conflict" | "refused" | "redelivered"> {
  if (!turn.moved && !turn.writes && !turn.update) return "nothing";
  const version = turn.row ? turn.row.version : null;
  // A row is written when the state moves, or to move the version on past writes made on it.
  const saveRow = turn.next !== undefined && (turn.moved || turn.row !== undefined);
  const update = turn.update;
  // Nothing moved and nothing to write: only the update's id is recorded (as on D1, where the reads
  // recorded it and such a turn writes nothing), with no guard and no version to move on.
  const onlyTheId = !turn.moved && !turn.writes;
  try {
    await deps.db.atomic((orm) => [
      ...(update ? [recordUpdate(orm, { updateId: update.id, receivedAt: update.at })] : []),
      ...(onlyTheId
        ? []
        : [
            conversationUnchanged(orm, turn.key, version),
            ...together(turn.writes)(orm),
            ...(saveRow ? [saveConversation(orm, turn.key, version, turn.next!, deps.now())] : []),
          ]),
    ]);
    // What the person asked to delete is gone from the files too, not only from the tables.
    if (turn.writes?.erases) await deps.db.eraseDeleted();
    return "written";
  } catch (error) {
    if (update && (await updateSeen(deps.db.orm, update.id))) return "redelivered";
    if (!isGuardFailure(error)) throw error;
    const now = await findConversation(deps.db.orm, turn.key);
    return (now?.version ?? null) !== version ? "conflict" : "refused";
  }
}

export { conversationKey };
