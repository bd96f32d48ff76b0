// One drizzle sqlite-core schema for both drivers (better-sqlite3 on Node, D1 on Workers).
// Times are integers in epoch milliseconds, UTC. No ON DELETE CASCADE anywhere: drizzle-kit rebuilds
// tables on some migrations, and on D1 a rebuild with cascades deletes child rows.
import { sql } from "drizzle-orm";
import { check, index, integer, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { accessAnswers, type Attachment, caseEventKinds, caseKinds, channels, consentAnswers, languages, outboxRoutes, outboxStates } from "../vocabulary.js";

// ── places: district → street → community → grid ────────────────────────────────────────────────

export const districts = sqliteTable("districts", {
  id: integer("id").primaryKey({ autoIncrement: true }),
  nameZh: text("name_zh").notNull(),
  nameEn: text("name_en").notNull(),
  sort: integer("sort").notNull().default(0),
});

export const streets = sqliteTable(
  "streets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    districtId: integer("district_id")
      .notNull()
      .references(() => districts.id),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [index("streets_district").on(t.districtId)],
);

export const communities = sqliteTable(
  "communities",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    streetId: integer("street_id")
      .notNull()
      .references(() => streets.id),
    /** Short code used in links behind QR posters: /start c-<code>. */
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    rural: integer("rural", { mode: "boolean" }).notNull().default(false),
    timeZone: text("time_zone").notNull().default("Asia/Shanghai"),
    // The community service station (社区党群服务中心 / 便民服务站).
    stationAddressZh: text("station_address_zh"),
    stationAddressEn: text("station_address_en"),
    stationHoursZh: text("station_hours_zh"),
    stationHoursEn: text("station_hours_en"),
    stationPhone: text("station_phone"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    /** How long staff have to answer a new case, in minutes of office time (null: the usual 120). */
    firstResponseMinutes: integer("first_response_minutes"),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [uniqueIndex("communities_code").on(t.code), index("communities_street").on(t.streetId)],
);

export const grids = sqliteTable(
  "grids",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    communityId: integer("community_id")
      .notNull()
      .references(() => communities.id),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    workerNameZh: text("worker_name_zh"),
    workerNameEn: text("worker_name_en"),
  },
  (t) => [index("grids_community").on(t.communityId)],
);

// ── residents and their conversations ───────────────────────────────────────────────────────────

export const residents = sqliteTable(
  "residents",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** "telegram" or "web". */
    channel: text("channel", { enum: channels }).notNull(),
    /** Telegram user id, or the web chat's random session id. */
    externalId: text("external_id").notNull(),
    language: text("language", { enum: languages }).notNull(),
    communityId: integer("community_id").references(() => communities.id),
    /** Only with consent, and on Telegram only from the person's own contact. */
    phone: text("phone"),
    /** null: not asked yet; "given" or "declined". */
    consent: text("consent", { enum: consentAnswers }),
    consentAt: integer("consent_at"),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    /** Telegram said they blocked the bot or are gone; cleared when they write again. */
    unreachableAt: integer("unreachable_at"),
  },
  (t) => [
    uniqueIndex("residents_identity").on(t.channel, t.externalId),
    check("residents_phone_needs_consent", sql`${t.phone} IS NULL OR ${t.consent} IS 'given'`),
  ],
);

/** Where a person is in a conversation: one row per chat, versioned so any process can take the next message. */
export const conversations = sqliteTable("conversations", {
  /** `${channel}:${externalId}`. */
  key: text("key").primaryKey(),
  flow: text("flow"),
  step: text("step"),
  data: text("data", { mode: "json" }).$type<Record<string, unknown>>(),
  version: integer("version").notNull().default(0),
  updatedAt: integer("updated_at").notNull(),
});

// ── Telegram delivery bookkeeping ───────────────────────────────────────────────────────────────

/** Update ids already taken: a redelivered update is acknowledged and skipped. Pruned after a week. */
export const telegramUpdates = sqliteTable(
  "telegram_updates",
  {
    updateId: integer("update_id").primaryKey(),
    receivedAt: integer("received_at").notNull(),
  },
  (t) => [index("telegram_updates_received").on(t.receivedAt)],
);

// ── keys the server signs with ──────────────────────────────────────────────────────────────────

/** One secret per purpose, made once (src/domain/signing-keys.ts). Back it up with the data it protects. */
export const signingKeys = sqliteTable("signing_keys", {
  /** "web-session": the web chat's session cookie. */
  purpose: text("purpose").primaryKey(),
  secret: text("secret").notNull(),
  createdAt: integer("created_at").notNull(),
});

// ── atomic writes ───────────────────────────────────────────────────────────────────────────────

/**
 * Never holds a row: a trigger (migration 0001) skips an insert whose `ok` is 1 and aborts the whole
 * atomic write otherwise. See src/db/atomic.ts.
 */
export const atomicGuard = sqliteTable("atomic_guard", {
  name: text("name").notNull(),
  ok: integer("ok").notNull(),
});

// ── service guide (办事指南) ─────────────────────────────────────────────────────────────────────

/** Weekly opening hours: weekday → ["08:30-12:00", "14:00-17:30"]. */
export type WeeklyHours = Partial<Record<"mon" | "tue" | "wed" | "thu" | "fri" | "sat" | "sun", string[]>>;
export interface HoursException {
  date: string;
  closed: boolean;
  open: string[];
  note?: { zh: string; en: string };
}
export interface BilingualList {
  zh: string[];
  en: string[];
}

/** An office of an agency where residents go: address, hours, phones. */
export const agencies = sqliteTable(
  "agencies",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    addressZh: text("address_zh").notNull(),
    addressEn: text("address_en").notNull(),
    phone: text("phone"),
    complaintPhone: text("complaint_phone"),
    website: text("website"),
    latitude: real("latitude"),
    longitude: real("longitude"),
    hours: text("hours", { mode: "json" }).$type<WeeklyHours>().notNull(),
    exceptions: text("exceptions", { mode: "json" }).$type<HoursException[]>().notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("agencies_code").on(t.code)],
);

/** Service groups in two levels (a group with a parent is a subgroup). */
export const serviceGroups = sqliteTable(
  "service_groups",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    parentId: integer("parent_id"),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [uniqueIndex("service_groups_code").on(t.code), index("service_groups_parent").on(t.parentId)],
);

export const services = sqliteTable(
  "services",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    groupId: integer("group_id")
      .notNull()
      .references(() => serviceGroups.id),
    agencyId: integer("agency_id")
      .notNull()
      .references(() => agencies.id),
    titleZh: text("title_zh").notNull(),
    titleEn: text("title_en").notNull(),
    summaryZh: text("summary_zh").notNull(),
    summaryEn: text("summary_en").notNull(),
    eligibilityZh: text("eligibility_zh").notNull(),
    eligibilityEn: text("eligibility_en").notNull(),
    materials: text("materials", { mode: "json" }).$type<BilingualList>().notNull(),
    steps: text("steps", { mode: "json" }).$type<BilingualList>().notNull(),
    feeZh: text("fee_zh").notNull(),
    feeEn: text("fee_en").notNull(),
    timeLimitZh: text("time_limit_zh").notNull(),
    timeLimitEn: text("time_limit_en").notNull(),
    /** Words and synonyms residents use, joined by "|"; searched with the title. */
    keywordsZh: text("keywords_zh").notNull().default(""),
    keywordsEn: text("keywords_en").notNull().default(""),
    access: text("access", { enum: accessAnswers }).notNull(),
    proxy: integer("proxy", { mode: "boolean" }).notNull().default(false),
    certificate: integer("certificate", { mode: "boolean" }).notNull().default(false),
    sort: integer("sort").notNull().default(0),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("services_code").on(t.code), index("services_group").on(t.groupId)],
);

/** A community's own answer on its access list, where it differs from the catalogue's. */
export const communityServices = sqliteTable(
  "community_services",
  {
    communityId: integer("community_id")
      .notNull()
      .references(() => communities.id),
    serviceId: integer("service_id")
      .notNull()
      .references(() => services.id),
    access: text("access", { enum: accessAnswers }).notNull(),
    noteZh: text("note_zh"),
    noteEn: text("note_en"),
  },
  (t) => [uniqueIndex("community_services_pair").on(t.communityId, t.serviceId)],
);

/** What residents looked for and did not find, so staff can fill the gaps. No person is recorded. */
export const searchMisses = sqliteTable(
  "search_misses",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    query: text("query").notNull(),
    language: text("language", { enum: languages }).notNull(),
    communityId: integer("community_id"),
    at: integer("at").notNull(),
  },
  (t) => [index("search_misses_at").on(t.at)],
);

// ── audit ───────────────────────────────────────────────────────────────────────────────────────

/** Every staff action: who, what, when, and a summary (never an ID number or a full phone number). */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    /** "cli:<os user>", later "staff:<id>". */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index("audit_log_at").on(t.at)],
);

// ── cases (DESIGN.md, "Cases"): talking to a person, complaints, proxy applications ────────────────

/**
 * One thing a person needs from staff. What every kind shares is here; each kind keeps what only it has
 * in its own table. Times are epoch ms; `dueAt` is the first-response deadline, counted in the
 * community's office hours.
 */
export const cases = sqliteTable(
  "cases",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Public reference, e.g. ZX-20261129-0042: kind letters, the day it opened (its community's time zone), a number. */
    ref: text("ref").notNull(),
    kind: text("kind", { enum: caseKinds }).notNull(),
    /** Each kind's own words (a conversation: open, answered, closed). */
    status: text("status").notNull(),
    communityId: integer("community_id").notNull(),
    gridId: integer("grid_id"),
    /** null once the resident asked to be forgotten: the case stays for the statistics, without them. */
    residentId: integer("resident_id"),
    /** How the resident's channel names them (a Telegram first name), for staff; redacted on forget. */
    residentName: text("resident_name"),
    /** The staff member responsible now. */
    assigneeStaffId: integer("assignee_staff_id"),
    /** A service of the guide the resident asked about, when the case started from its card. */
    serviceId: integer("service_id"),
    /** The resident's first words, shortened (the topic's name, the queue's line); redacted on forget. */
    summary: text("summary").notNull(),
    language: text("language", { enum: languages }).notNull(),
    openedAt: integer("opened_at").notNull(),
    firstResponseAt: integer("first_response_at"),
    resolvedAt: integer("resolved_at"),
    closedAt: integer("closed_at"),
    dueAt: integer("due_at"),
    /** 0 on time; 1 flagged overdue; 2 sent to the community's staff; 3 sent to the street. */
    escalation: integer("escalation").notNull().default(0),
    reopenedCount: integer("reopened_count").notNull().default(0),
    rating: integer("rating"),
    ratedAt: integer("rated_at"),
    /** The last thing anyone did, for "newest activity first". */
    lastActivityAt: integer("last_activity_at").notNull(),
  },
  (t) => [
    uniqueIndex("cases_ref").on(t.ref),
    index("cases_community_status").on(t.communityId, t.status, t.lastActivityAt),
    index("cases_resident").on(t.residentId, t.status),
    index("cases_assignee").on(t.assigneeStaffId, t.status),
    index("cases_due").on(t.status, t.dueAt),
    check("cases_rating_range", sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
  ],
);

/** The last number given to a case of each reference prefix and day (`ZX-20261129`). */
export const caseNumbers = sqliteTable("case_numbers", {
  prefix: text("prefix").primaryKey(),
  last: integer("last").notNull(),
});

/** A case's timeline, append-only. */
export const caseEvents = sqliteTable(
  "case_events",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id").notNull(),
    at: integer("at").notNull(),
    kind: text("kind", { enum: caseEventKinds }).notNull(),
    /** "resident", "staff", or "system". */
    actor: text("actor", { enum: ["resident", "staff", "system"] }).notNull(),
    staffId: integer("staff_id"),
    /** What was written; the resident's words are redacted on forget. */
    body: text("body"),
    attachment: text("attachment", { mode: "json" }).$type<Attachment>(),
    /** What the event says in words for the record: a status, an assignee, a rating. */
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>(),
  },
  (t) => [index("case_events_case").on(t.caseId, t.id)],
);

/** A community's Telegram staff group (a forum supergroup): each case gets a topic there. */
export const staffGroups = sqliteTable(
  "staff_groups",
  {
    communityId: integer("community_id").primaryKey(),
    chatId: text("chat_id").notNull(),
    linkedByStaffId: integer("linked_by_staff_id"),
    linkedAt: integer("linked_at").notNull(),
  },
  (t) => [uniqueIndex("staff_groups_chat").on(t.chatId)],
);

/** A case's topic in its community's staff group. */
export const caseTopics = sqliteTable(
  "case_topics",
  {
    caseId: integer("case_id").primaryKey(),
    chatId: text("chat_id").notNull(),
    threadId: integer("thread_id").notNull(),
    closed: integer("closed", { mode: "boolean" }).notNull().default(false),
  },
  (t) => [uniqueIndex("case_topics_thread").on(t.chatId, t.threadId)],
);

// ── delivery: the outbox and the web chat's inbox ──────────────────────────────────────────────

/**
 * Every message that is not the direct answer to what a person just sent. Delivered by src/jobs/outbox.ts,
 * in order per address, at least once; `key` makes queuing the same message twice a no-op.
 */
export const outbox = sqliteTable(
  "outbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    route: text("route", { enum: outboxRoutes }).notNull(),
    /** A Telegram chat id, a web chat session id, or (route "topic") a case id. */
    address: text("address").notNull(),
    /** What to send (src/domain/outbox.ts, OutboxBody). */
    body: text("body", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    state: text("state", { enum: outboxStates }).notNull().default("pending"),
    attempts: integer("attempts").notNull().default(0),
    /** How many of the body's parts went out already (a retry sends the rest). */
    partsSent: integer("parts_sent").notNull().default(0),
    notBefore: integer("not_before").notNull(),
    /** While a dispatcher holds it; after this another may take it again. */
    leaseUntil: integer("lease_until"),
    createdAt: integer("created_at").notNull(),
    sentAt: integer("sent_at"),
    /** The last failure as Telegram described it (a code and a description, never the payload). */
    lastError: text("last_error"),
    caseId: integer("case_id"),
    /** The resident it is for, so that forgetting them drops what is still waiting. */
    residentId: integer("resident_id"),
  },
  (t) => [
    uniqueIndex("outbox_key").on(t.key),
    index("outbox_due").on(t.state, t.notBefore),
    index("outbox_address").on(t.route, t.address, t.state),
    index("outbox_resident").on(t.residentId),
  ],
);

/** The dispatcher's shared state: a pause after Telegram's 429 holds every dispatcher, in every isolate. */
export const outboxPause = sqliteTable("outbox_pause", {
  name: text("name").primaryKey(),
  until: integer("until").notNull(),
});

/** Messages waiting for a web chat: the open page fetches them within seconds; a closed one on its next visit. */
export const webInbox = sqliteTable(
  "web_inbox",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    sessionId: text("session_id").notNull(),
    /** What the page draws (WebReply[] of src/web/chat-channel.ts). */
    replies: text("replies", { mode: "json" }).$type<unknown[]>().notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("web_inbox_session").on(t.sessionId, t.id)],
);

/** Files uploaded in the web chat (photos), kept in the media store (a folder on Node, R2 on Workers). */
export const media = sqliteTable(
  "media",
  {
    key: text("key").primaryKey(),
    /** Who uploaded it (`web:<session>`), so only they can use it; null once forgotten. */
    owner: text("owner"),
    contentType: text("content_type").notNull(),
    bytes: integer("bytes").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("media_owner").on(t.owner)],
);
