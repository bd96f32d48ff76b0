// Residents and their conversations: reads, and write builders that join an atomic write.
import { and, eq, exists, inArray, isNotNull, lt, sql, type SQL } from "drizzle-orm";
import type { Channel, Lang, OutboxRoute } from "../../vocabulary.js";
import type { Database, Orm, Write } from "../database.js";
import { conversations, media, residents, telegramUpdates } from "../schema.js";
import { guard } from "../atomic.js";
import { preparedOnce, preparedWrite } from "../statements.js";
import { waitingFor } from "./outbox.js";
import { UpdateNotRecordedError } from "./telegram.js";

export type Resident = typeof residents.$inferSelect;
export type Conversation = typeof conversations.$inferSelect;
export type ResidentChange = Partial<Pick<Resident, "language" | "communityId" | "phone" | "consent" | "consentAt" | "lastSeenAt" | "textSize" | "mapApp">>;

const statements = preparedOnce((orm) => ({
  findResident: orm
    .select()
    .from(residents)
    .where(and(eq(residents.channel, sql.placeholder("channel")), eq(residents.externalId, sql.placeholder("externalId"))))
    .prepare(),
  findConversation: orm.select().from(conversations).where(eq(conversations.key, sql.placeholder("key"))).prepare(),
  nextResidentId: orm.select({ next: sql<number>`coalesce(max(${residents.id}), 0) + 1` }).from(residents).prepare(),
  // A turn's first reads as one statement (better-sqlite3): whether the update's id was recorded, the
  // person, their conversation and whether replies still wait for their chat, in one row. Each statement
  // costs tens of microseconds on a busy server whatever it reads (the JavaScript run between two turns
  // pushes SQLite's pages and code out of the processor's caches): one instead of four.
  turn: orm
    .select({
      seen: sql<number | null>`(SELECT 1 FROM ${telegramUpdates} WHERE ${telegramUpdates.updateId} = ${sql.placeholder("updateId")})`,
      waiting: sql<number>`${exists(waitingFor(orm, sql.placeholder("route"), sql.placeholder("address"), sql.placeholder("now")))}`,
      resident: residents,
      conversation: conversations,
    })
    .from(sql`(SELECT 1)`)
    .leftJoin(residents, and(eq(residents.channel, sql.placeholder("channel")), eq(residents.externalId, sql.placeholder("externalId"))))
    .leftJoin(conversations, eq(conversations.key, sql.placeholder("key")))
    .prepare(),
}));

/** What a person's turn starts from: whether the update is new, the person, their conversation. */
export interface TurnReads {
  /** False when the update was recorded before (a redelivery): nothing else is read. */
  first: boolean;
  resident?: Resident;
  conversation?: Conversation;
  /** When asked for: whether direct replies that could not go out still wait for the person's chat. */
  repliesWaiting?: boolean;
  /**
   * The update's id, when it is to be recorded by the turn's commit rather than by these reads (SQLite:
   * one write transaction per update instead of two).
   */
  recordWithCommit?: { id: number; at: number };
}

/** What else a turn's first reads take along. */
export interface TurnReadOptions {
  /** A Telegram update's id, recorded at most once (a redelivery reads nothing else). */
  update?: { id: number; at: number };
  /** The chat the answer goes to: whether earlier replies still wait for it in the outbox. */
  repliesTo?: { route: OutboxRoute; address: string; now: number };
}

/**
 * The first reads of a turn, with the Telegram update's id and the outbox check of the person's chat when
 * asked for. On D1 one batch — one round trip instead of four — that also records the update's id. On
 * better-sqlite3 one statement (`turn` above); the id is only looked up, and recorded by the turn's
 * commit (`recordWithCommit`): one write transaction per update instead of two (each appends to the WAL
 * and takes its locks, the event loop blocked meanwhile).
 */
export async function readTurn(db: Database, channel: Channel, externalId: string, key: string, options: TurnReadOptions = {}): Promise<TurnReads> {
  const { update, repliesTo } = options;
  const orm = db.orm;
  if (db.driver === "sqlite") {
    const read = async () =>
      statements(orm).turn.all({
        updateId: update?.id ?? null,
        route: repliesTo?.route ?? null,
        address: repliesTo?.address ?? null,
        now: repliesTo?.now ?? 0,
        channel,
        externalId,
        key,
      });
    // Failing here with an update: its id was not recorded either (the webhook answers 503).
    const [row] = await (update ? recorded(read) : read());
    if (!row) throw new Error("the turn's reads returned no row");
    if (update && row.seen !== null) return { first: false };
    return {
      first: true,
      ...(row.resident ? { resident: row.resident } : {}),
      ...(row.conversation ? { conversation: row.conversation } : {}),
      ...(update ? { recordWithCommit: update } : {}),
      ...(repliesTo ? { repliesWaiting: Boolean(row.waiting) } : {}),
    };
  }
  // Lookups by a key, without a limit (a bound LIMIT makes SQLite slower: docs/architecture.md, Queries).
  const reads = [
    orm.select().from(residents).where(and(eq(residents.channel, channel), eq(residents.externalId, externalId))),
    orm.select().from(conversations).where(eq(conversations.key, key)),
    ...(repliesTo ? [waitingFor(orm, repliesTo.route, repliesTo.address, repliesTo.now)] : []),
  ];
  const after = ([r, c, w]: unknown[][]): TurnReads => ({
    first: true,
    resident: r![0] as Resident | undefined,
    conversation: c![0] as Conversation | undefined,
    ...(w ? { repliesWaiting: w.length > 0 } : {}),
  });
  if (!update) return after((await db.batch(reads as never)) as unknown[][]);
  const take = orm.insert(telegramUpdates).values({ updateId: update.id, receivedAt: update.at }).onConflictDoNothing().returning({ id: telegramUpdates.updateId });
  // One transaction: when it fails, the id was not recorded either. A batch is one transaction: a
  // redelivery read the rows too, and drops them.
  const [taken, ...rows] = (await recorded(() => db.batch([take, ...reads] as never))) as unknown[][];
  return taken!.length === 1 ? after(rows) : { first: false };
}

/** Runs what records (or looks up) an update's id; its failure is an UpdateNotRecordedError (the webhook answers 503). */
async function recorded<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    throw new UpdateNotRecordedError(error);
  }
}

export async function findResidentById(orm: Orm, id: number): Promise<Resident | undefined> {
  return (await orm.select().from(residents).where(eq(residents.id, id)).limit(1))[0];
}

export async function findResident(orm: Orm, channel: Channel, externalId: string): Promise<Resident | undefined> {
  return (await statements(orm).findResident.all({ channel, externalId }))[0];
}

/** Creates the resident if new (keeping an existing row as it is) and returns the row. */
export async function ensureResident(orm: Orm, channel: Channel, externalId: string, language: Lang, now: number): Promise<Resident> {
  await orm
    .insert(residents)
    .values({ channel, externalId, language, createdAt: now, lastSeenAt: now })
    .onConflictDoUpdate({ target: [residents.channel, residents.externalId], set: { lastSeenAt: now } });
  const row = await findResident(orm, channel, externalId);
  if (!row) throw new Error("resident vanished right after it was written");
  return row;
}

/** The id a resident made now would get (a passer-by's, kept only if something needs keeping). */
export async function nextResidentId(orm: Orm): Promise<number> {
  const [row] = await statements(orm).nextResidentId.all();
  return Number(row?.next ?? 1);
}

/** Condition for `insertResident`: neither its id nor its identity is taken meanwhile. */
export function residentAbsent(resident: Pick<Resident, "id" | "channel" | "externalId">) {
  return sql`NOT EXISTS (SELECT 1 FROM ${residents} WHERE ${residents.id} = ${resident.id} OR (${residents.channel} = ${resident.channel} AND ${residents.externalId} = ${resident.externalId}))`;
}

export function insertResident(orm: Orm, resident: Resident): Write {
  return orm.insert(residents).values(resident);
}

export function updateResident(orm: Orm, id: number, change: ResidentChange): Write {
  return orm.update(residents).set(change).where(eq(residents.id, id));
}

export function deleteResident(orm: Orm, id: number): Write {
  return orm.delete(residents).where(eq(residents.id, id));
}

export function conversationKey(channel: Channel, externalId: string): string {
  return `${channel}:${externalId}`;
}

export async function findConversation(orm: Orm, key: string): Promise<Conversation | undefined> {
  return (await statements(orm).findConversation.all({ key }))[0];
}

/**
 * Guards an atomic write on the conversation being as it was read (optimistic concurrency: two messages
 * handled at once in two isolates cannot both commit). `version` null: there was no row.
 */
/**
 * The guard of a turn's commit: the conversation is as it was read (`version` null: there was no row).
 * A row that exists is the common case, many times a second: compiled once on better-sqlite3.
 */
export function conversationUnchanged(orm: Orm, key: string, version: number | null): Write {
  if (version !== null) return unchangedRow(orm, { key, version });
  return guard(orm, "conversation unchanged", sql`NOT EXISTS (SELECT 1 FROM ${conversations} WHERE ${conversations.key} = ${key})`);
}

const unchangedRow = preparedWrite<{ key: string; version: number }>(["key", "version"], (orm, v) =>
  guard(orm, "conversation unchanged", sql`EXISTS (SELECT 1 FROM ${conversations} WHERE ${conversations.key} = ${v.key} AND ${conversations.version} = ${v.version})`),
);

/** The conversation's next state, one version on from `version` (null: the first row). */
export function saveConversation(orm: Orm, key: string, version: number | null, next: Pick<Conversation, "flow" | "step" | "data">, now: number): Write {
  if (version === null) return orm.insert(conversations).values({ key, ...next, version: 1, updatedAt: now });
  return nextVersion(orm, { key, version, flow: next.flow, step: next.step, data: next.data == null ? null : JSON.stringify(next.data), updatedAt: now });
}

// `data` goes in as the JSON text the column stores, through sql`` so that drizzle does not encode it again.
const nextVersion = preparedWrite<{ key: string; version: number; flow: string | null; step: string | null; data: string | null; updatedAt: number }>(
  ["key", "version", "flow", "step", "data", "updatedAt"],
  (orm, v) =>
    orm
      .update(conversations)
      .set({ flow: sql`${v.flow}`, step: sql`${v.step}`, data: sql`${v.data}`, version: sql`${v.version} + 1`, updatedAt: sql`${v.updatedAt}` })
      .where(and(eq(conversations.key, sql`${v.key}`), eq(conversations.version, sql`${v.version}`))),
);

export function deleteConversation(orm: Orm, key: string): Write {
  return orm.delete(conversations).where(eq(conversations.key, key));
}

/** Conversations left mid-flow since before `before` start afresh; returns how many. */
export async function resetIdleConversations(orm: Orm, before: number, now: number): Promise<number> {
  const reset = await orm
    .update(conversations)
    .set({ flow: null, step: null, data: {}, updatedAt: now, version: sql`${conversations.version} + 1` })
    .where(and(isNotNull(conversations.flow), lt(conversations.updatedAt, before)))
    .returning({ key: conversations.key });
  return reset.length;
}

/** "web:abc" → the resident with channel "web" and external id "abc" exists. */
const noResidentFor = (key: SQL) =>
  sql`NOT EXISTS (SELECT 1 FROM ${residents} WHERE ${residents.channel} = substr(${key}, 1, instr(${key}, ':') - 1) AND ${residents.externalId} = substr(${key}, instr(${key}, ':') + 1))`;

/**
 * Conversations of people with no record (passers-by) untouched since before `before`: deleted, at most
 * `limit` at a time; returns how many.
 */
export async function deletePassersByConversations(orm: Orm, before: number, limit: number): Promise<number> {
  const stale = orm
    .select({ key: conversations.key })
    .from(conversations)
    .where(and(lt(conversations.updatedAt, before), noResidentFor(sql`${conversations.key}`)))
    .limit(limit);
  const gone = await orm.delete(conversations).where(inArray(conversations.key, stale)).returning({ key: conversations.key });
  return gone.length;
}

/** Files uploaded by people with no record, since before `before`, lose their owner (housekeeping then removes them). */
export async function disownPassersByMedia(orm: Orm, before: number): Promise<number> {
  const gone = await orm
    .update(media)
    .set({ owner: null })
    .where(and(isNotNull(media.owner), lt(media.createdAt, before), noResidentFor(sql`${media.owner}`)))
    .returning({ key: media.key });
  return gone.length;
}
