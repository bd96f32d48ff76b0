// One drizzle sqlite-core schema for both drivers (better-sqlite3 on Node, D1 on Workers).
// Times are integers in epoch milliseconds, UTC. No ON DELETE CASCADE anywhere: drizzle-kit rebuilds
// tables on some migrations, and on D1 a rebuild with cascades deletes child rows.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { accessAnswers, channels, consentAnswers, languages, mapApps, textSizes } from "../vocabulary.js";

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
    /** "large" takes the web chat's text from 18 to about 22 px. */
    textSize: text("text_size", { enum: textSizes }).notNull().default("normal"),
    /** Which web map an address opens in. */
    mapApp: text("map_app", { enum: mapApps }).notNull().default("amap"),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
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
    /** What it is, in one short line: the first thing the card says ("" where the file gave none). */
    briefZh: text("brief_zh").notNull().default(""),
    briefEn: text("brief_en").notNull().default(""),
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

/**
 * How the catalogue's words sound, for finding what a resident meant when they typed a homophone
 * (低宝 → 低保) or misspelt an English word: each 2–3 character piece of a title or keyword under its
 * toneless pinyin, each English word under its sound code. Filled by the catalogue import; a word no
 * longer in any service is harmless (it finds nothing), so rows are only ever added.
 */
export const searchSounds = sqliteTable(
  "search_sounds",
  {
    key: text("key").notNull(),
    word: text("word").notNull(),
  },
  (t) => [primaryKey({ columns: [t.key, t.word] })],
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
