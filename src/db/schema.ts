// One drizzle sqlite-core schema for both drivers (better-sqlite3 on Node, D1 on Workers).
// Times are integers in epoch milliseconds, UTC. No ON DELETE CASCADE anywhere: drizzle-kit rebuilds
// tables on some migrations, and on D1 a rebuild with cascades deletes child rows.
import { sql } from "drizzle-orm";
import { check, index, integer, primaryKey, real, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import {
  accessAnswers,
  type Attachment,
  caseEventKinds,
  caseKinds,
  channels,
  consentAnswers,
  languages,
  mapApps,
  oneTimeLinkKinds,
  organisationKinds,
  outboxRoutes,
  outboxStates,
  pointAccountKinds,
  pointCategories,
  pointEvidenceKinds,
  pointItemKinds,
  pointRequestKinds,
  pointRequestStatuses,
  pointTransferKinds,
  rolePlaceKinds,
  staffRoles as staffRoleNames,
  textSizes,
  categoryAccess,
  hearingStates,
  verdicts,
  voucherStatuses,
} from "../vocabulary.js";

// ── places: district → street → community → grid ────────────────────────────────────────────────

export const districts = sqliteTable(
  "districts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Stable code for roles (`district_admin@CODE`), posters and integrations; unique among districts. */
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [uniqueIndex("districts_code").on(t.code)],
);

export const streets = sqliteTable(
  "streets",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    districtId: integer("district_id")
      .notNull()
      .references(() => districts.id),
    /** Stable code, unique among streets. */
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    /** 监督电话: where residents complain about the service of the street's communities. */
    supervisionPhone: text("supervision_phone"),
    sort: integer("sort").notNull().default(0),
  },
  (t) => [index("streets_district").on(t.districtId), uniqueIndex("streets_code").on(t.code)],
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
    /**
     * The office's weekly hours and dated exceptions, for "open now" and "next opens" on the community
     * card. `stationHoursZh/En` above is the same written out for residents (kept in step by the card
     * editor), with the note below appended.
     */
    officeHours: text("office_hours", { mode: "json" }).$type<WeeklyHours>().notNull().default({}),
    officeExceptions: text("office_exceptions", { mode: "json" }).$type<HoursException[]>().notNull().default([]),
    /** What the weekly hours cannot say, e.g. "also open mornings on market days". */
    hoursNoteZh: text("hours_note_zh"),
    hoursNoteEn: text("hours_note_en"),
    /** How long staff have to answer a new case, in minutes of office time (null: the usual 120). */
    firstResponseMinutes: integer("first_response_minutes"),
    /** Complaints and followers in one category within 30 days that suggest a hearing (null: the usual 10). */
    hearingThreshold: integer("hearing_threshold"),
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
    /** Stable code, unique among grids (the demo's: `<community code>-<n>`). */
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    /** Before staff accounts: the grid worker's name as text. The card now reads `grid_worker` roles. */
    workerNameZh: text("worker_name_zh"),
    workerNameEn: text("worker_name_en"),
    /** The buildings it covers as residents name them (「3栋」, "Building 3"): a complaint's place finds its grid. */
    buildings: text("buildings", { mode: "json" }).$type<string[]>().notNull().default([]),
    /** Roughly its middle, for a shared location: the nearest grid of the community takes it. */
    latitude: real("latitude"),
    longitude: real("longitude"),
  },
  (t) => [index("grids_community").on(t.communityId), uniqueIndex("grids_code").on(t.code)],
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

/**
 * Which state the catalogue is in: a random stamp that triggers change whenever a service or a sound
 * row is written, by whatever writes it (the import, the console, SQL run on D1 from outside). The
 * guide's search keeps its index in memory per process or isolate and builds it again when the stamp it
 * was built from is no longer the stamp here (src/domain/catalog/search-index.ts). One row, id 1.
 */
export const catalogVersion = sqliteTable("catalog_version", {
  id: integer("id").primaryKey(),
  stamp: text("stamp").notNull(),
});

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

// ── staff (directory data: read everywhere, written by the console, the staff API and the CLI) ──────

/** A person who serves residents. Shown to residents by name (e.g. 「网格员 李娟」) and published phone. */
export const staff = sqliteTable(
  "staff",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Lowercase a–z, 0–9, `.`, `_`, `-`; unique. */
    username: text("username").notNull(),
    nameZh: text("name_zh").notNull(),
    /** null: the Chinese name is used in English too. */
    nameEn: text("name_en"),
    /** Published to residents (the grid worker's phone on the community card); never a private number. */
    phone: text("phone"),
    language: text("language", { enum: languages }).notNull().default("zh"),
    /** Linked with a one-time invitation link opened in Telegram. */
    telegramUserId: text("telegram_user_id"),
    /** argon2id in PHC form; null: no password login (one-time links only). */
    passwordHash: text("password_hash"),
    disabledAt: integer("disabled_at"),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [uniqueIndex("staff_username").on(t.username), uniqueIndex("staff_telegram_user").on(t.telegramUserId)],
);

/**
 * A role at a place. `place_id` is the id of a row of the table `place_kind` names (0 for `everywhere`);
 * the role decides the kind, so a place of another kind cannot be stored.
 */
export const staffRoles = sqliteTable(
  "staff_roles",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    role: text("role", { enum: staffRoleNames }).notNull(),
    placeKind: text("place_kind", { enum: rolePlaceKinds }).notNull(),
    placeId: integer("place_id").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("staff_roles_unique").on(t.staffId, t.role, t.placeKind, t.placeId),
    index("staff_roles_place").on(t.placeKind, t.placeId),
    check(
      "staff_roles_place_kind",
      sql`(${t.role} = 'grid_worker' AND ${t.placeKind} = 'grid')
        OR (${t.role} IN ('proxy_agent', 'community_staff') AND ${t.placeKind} = 'community')
        OR (${t.role} = 'street_admin' AND ${t.placeKind} = 'street')
        OR (${t.role} = 'district_admin' AND ${t.placeKind} = 'district')
        OR (${t.role} = 'admin' AND ${t.placeKind} = 'everywhere' AND ${t.placeId} = 0)`,
    ),
  ],
);

/** API tokens (`Authorization: Bearer …`): shown once, stored as SHA-256. */
export const staffTokens = sqliteTable(
  "staff_tokens",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    label: text("label").notNull(),
    tokenHash: text("token_hash").notNull(),
    createdAt: integer("created_at").notNull(),
    lastUsedAt: integer("last_used_at"),
    revokedAt: integer("revoked_at"),
  },
  (t) => [uniqueIndex("staff_tokens_hash").on(t.tokenHash), index("staff_tokens_staff").on(t.staffId)],
);

/** One-time links (a Telegram invitation, a console login link), stored as SHA-256 of the token. */
export const staffLinks = sqliteTable(
  "staff_links",
  {
    tokenHash: text("token_hash").primaryKey(),
    kind: text("kind", { enum: oneTimeLinkKinds }).notNull(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    createdAt: integer("created_at").notNull(),
    expiresAt: integer("expires_at").notNull(),
    usedAt: integer("used_at"),
  },
  (t) => [index("staff_links_expires").on(t.expiresAt)],
);

/** Console sessions: the cookie holds a random id, the row its SHA-256. */
export const consoleSessions = sqliteTable(
  "console_sessions",
  {
    idHash: text("id_hash").primaryKey(),
    staffId: integer("staff_id")
      .notNull()
      .references(() => staff.id),
    /** The synchronizer token every form of this session carries. */
    csrfToken: text("csrf_token").notNull(),
    createdAt: integer("created_at").notNull(),
    lastSeenAt: integer("last_seen_at").notNull(),
    /** The latest end, however active the session is. */
    expiresAt: integer("expires_at").notNull(),
    address: text("address"),
  },
  (t) => [index("console_sessions_staff").on(t.staffId), index("console_sessions_expires").on(t.expiresAt)],
);

/** Failed console logins per username (`user:<name>`) and per address (`addr:<ip>`). */
export const loginThrottle = sqliteTable("login_throttle", {
  key: text("key").primaryKey(),
  failures: integer("failures").notNull(),
  /** The count starts again after a quiet window (src/domain/staff/throttle.ts). */
  lastAttemptAt: integer("last_attempt_at").notNull(),
  /** No attempt is checked before this time. */
  blockedUntil: integer("blocked_until").notNull(),
});

// ── audit ───────────────────────────────────────────────────────────────────────────────────────

/**
 * Every staff action: who, what, before → after (in `detail`), when, from where, and the place it
 * concerns with its ancestors (so that each staff member's scope can read its own part).
 * Never an ID number or a password.
 */
export const auditLog = sqliteTable(
  "audit_log",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    at: integer("at").notNull(),
    /** "staff:<username>", "cli:<os user>", "system". */
    actor: text("actor").notNull(),
    action: text("action").notNull(),
    detail: text("detail", { mode: "json" }).$type<Record<string, unknown>>().notNull(),
    /** The staff member who acted, when it was one. */
    staffId: integer("staff_id"),
    /** Where the request came from (an IP address), when it came over HTTP. */
    address: text("address"),
    districtId: integer("district_id"),
    streetId: integer("street_id"),
    communityId: integer("community_id"),
    gridId: integer("grid_id"),
  },
  (t) => [
    index("audit_log_at").on(t.at),
    index("audit_log_district").on(t.districtId, t.at),
    index("audit_log_street").on(t.streetId, t.at),
    index("audit_log_community").on(t.communityId, t.at),
    index("audit_log_grid").on(t.gridId, t.at),
  ],
);

// ── points (积分): the rulebook and budgets (directory data) ────────────────────────────────────

/**
 * One rule of the rulebook: the city's (district null) or a district's own addition. Points are positive
 * for an award and negative for a penalty. Transfers keep the rule's code and category, not its id: the
 * ledger lives in the people's database and never joins the directory.
 */
export const pointRules = sqliteTable(
  "point_rules",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** Unique across the city, a district's additions included. */
    code: text("code").notNull(),
    /** null: the city's rulebook; otherwise only this district's places use it. */
    districtId: integer("district_id").references(() => districts.id),
    category: text("category", { enum: pointCategories }).notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionZh: text("description_zh"),
    descriptionEn: text("description_en"),
    points: integer("points").notNull(),
    evidence: text("evidence", { enum: pointEvidenceKinds }).notNull().default("none"),
    /** The lowest role that may award it (grid worker < community staff < street admin < district admin). */
    awardedBy: text("awarded_by", { enum: staffRoleNames }).notNull().default("community_staff"),
    /** At most this many awards under the rule per person per day, month, year (null: no cap). */
    capDay: integer("cap_day"),
    capMonth: integer("cap_month"),
    capYear: integer("cap_year"),
    /** Awards of more points than this wait for a second staff member (null: never). Claims always do. */
    approvalAbove: integer("approval_above"),
    /** Residents may claim it themselves in chat. */
    claimable: integer("claimable", { mode: "boolean" }).notNull().default(false),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    /** Part of the demo rulebook, shown as an example. */
    example: integer("example", { mode: "boolean" }).notNull().default(false),
    sort: integer("sort").notNull().default(0),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("point_rules_code").on(t.code),
    index("point_rules_district").on(t.districtId),
    check("point_rules_points", sql`${t.points} <> 0`),
    check("point_rules_caps", sql`coalesce(${t.capDay}, 1) > 0 AND coalesce(${t.capMonth}, 1) > 0 AND coalesce(${t.capYear}, 1) > 0`),
    check("point_rules_approval", sql`${t.approvalAbove} IS NULL OR ${t.approvalAbove} >= 0`),
  ],
);

/** The reward fund (1.5 yuan a head a year in Jingmen's scheme) as points: population × 1.5 × points per yuan. */
export const pointBudgets = sqliteTable(
  "point_budgets",
  {
    communityId: integer("community_id")
      .notNull()
      .references(() => communities.id),
    year: integer("year").notNull(),
    population: integer("population").notNull(),
    pointsPerYuan: integer("points_per_yuan").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    uniqueIndex("point_budgets_year").on(t.communityId, t.year),
    check("point_budgets_positive", sql`${t.population} >= 0 AND ${t.pointsPerYuan} > 0`),
  ],
);

// ── points: households, organisations, accounts and the ledger (what belongs to people) ─────────

/** A household (户): staff create it; residents join with a one-time code from its head. */
export const pointHouseholds = sqliteTable(
  "point_households",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    communityId: integer("community_id").notNull(),
    gridId: integer("grid_id"),
    /** How staff and members know it: "3栋2单元501 王家". */
    name: text("name").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("point_households_community").on(t.communityId)],
);

/** One household per resident; at most one head per household. */
export const pointHouseholdMembers = sqliteTable(
  "point_household_members",
  {
    residentId: integer("resident_id")
      .primaryKey()
      .references(() => residents.id),
    householdId: integer("household_id")
      .notNull()
      .references(() => pointHouseholds.id),
    head: integer("head", { mode: "boolean" }).notNull().default(false),
    joinedAt: integer("joined_at").notNull(),
  },
  (t) => [
    index("point_household_members_household").on(t.householdId),
    uniqueIndex("point_household_members_head").on(t.householdId).where(sql`${t.head} = 1`),
  ],
);

/** One-time codes to join a household, made by its head (or staff); valid a day, used once. */
export const pointHouseholdCodes = sqliteTable("point_household_codes", {
  code: text("code").primaryKey(),
  householdId: integer("household_id")
    .notNull()
    .references(() => pointHouseholds.id),
  createdAt: integer("created_at").notNull(),
  expiresAt: integer("expires_at").notNull(),
  usedAt: integer("used_at"),
});

/** A shop, a school, a company in the community, with an account of its own. */
export const pointOrganisations = sqliteTable(
  "point_organisations",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    communityId: integer("community_id").notNull(),
    gridId: integer("grid_id"),
    kind: text("kind", { enum: organisationKinds }).notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("point_organisations_community").on(t.communityId)],
);

/**
 * An account: whose it is, and its balance, kept here and moved by the trigger on point_transfers in the
 * statement that writes the entry. Only a community's issuance account may go below zero (CHECK), so the
 * database refuses an overdraft even if the code asked for one. A resident's account outlives the
 * resident: /forget sets `resident_id` and `member_code` to null and the entries stay, anonymous.
 */
export const pointAccounts = sqliteTable(
  "point_accounts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: pointAccountKinds }).notNull(),
    communityId: integer("community_id").notNull(),
    /** The grid it is counted in for rankings (staff set it for residents). */
    gridId: integer("grid_id"),
    residentId: integer("resident_id").references(() => residents.id),
    householdId: integer("household_id").references(() => pointHouseholds.id),
    organisationId: integer("organisation_id").references(() => pointOrganisations.id),
    /** A resident's short public code, on their points card; staff find them by it. */
    memberCode: text("member_code"),
    balance: integer("balance").notNull().default(0),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    // Unique where present. Partial: a unique index full of NULLs makes every insert look through them.
    uniqueIndex("point_accounts_resident").on(t.residentId).where(sql`${t.residentId} IS NOT NULL`),
    uniqueIndex("point_accounts_household").on(t.householdId).where(sql`${t.householdId} IS NOT NULL`),
    uniqueIndex("point_accounts_organisation").on(t.organisationId).where(sql`${t.organisationId} IS NOT NULL`),
    uniqueIndex("point_accounts_member_code").on(t.memberCode).where(sql`${t.memberCode} IS NOT NULL`),
    uniqueIndex("point_accounts_community_own").on(t.communityId, t.kind).where(sql`${t.kind} IN ('issuance', 'shop')`),
    index("point_accounts_community").on(t.communityId, t.kind),
    check("point_accounts_balance", sql`${t.kind} = 'issuance' OR ${t.balance} >= 0`),
    check("point_accounts_household_owner", sql`(${t.kind} = 'household') = (${t.householdId} IS NOT NULL)`),
    check("point_accounts_organisation_owner", sql`(${t.kind} = 'organisation') = (${t.organisationId} IS NOT NULL)`),
    check("point_accounts_resident_owner", sql`${t.kind} = 'resident' OR (${t.residentId} IS NULL AND ${t.memberCode} IS NULL)`),
  ],
);

/**
 * The ledger (TigerBeetle-style double entry): every movement of points is one transfer from a debit
 * account to a credit account. Entries are append-only — triggers refuse UPDATE and DELETE — and each
 * carries an idempotency key: the same key with the same content (`fingerprint`) gives back the first
 * result, with other content it is refused, and a key that failed (point_refusals) stays failed. A mistake
 * is corrected by a reversal that names the transfer it reverses (at most once: UNIQUE). A penalty
 * larger than the balance takes what there is and records the rest as `shortfall`.
 */
export const pointTransfers = sqliteTable(
  "point_transfers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    key: text("key").notNull(),
    kind: text("kind", { enum: pointTransferKinds }).notNull(),
    debitAccountId: integer("debit_account_id")
      .notNull()
      .references(() => pointAccounts.id),
    creditAccountId: integer("credit_account_id")
      .notNull()
      .references(() => pointAccounts.id),
    amount: integer("amount").notNull(),
    /** What a penalty could not take because the balance was smaller. */
    shortfall: integer("shortfall").notNull().default(0),
    ruleCode: text("rule_code"),
    category: text("category", { enum: pointCategories }),
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    reverses: integer("reverses").references((): any => pointTransfers.id),
    /** The community it is booked to (exports, budgets). */
    communityId: integer("community_id").notNull(),
    /** YYYYMM in the community's time zone: monthly reports and honours. */
    month: integer("month").notNull(),
    at: integer("at").notNull(),
    staffId: integer("staff_id"),
    /** The approval request or claim it came from. */
    requestId: integer("request_id"),
    evidence: text("evidence"),
    /** A photo as evidence: a Telegram file_id. */
    photo: text("photo"),
    /** Why (a reversal's reason; a redemption's item). */
    note: text("note"),
    /** What was asked, for telling a replay from another request with the same key. */
    fingerprint: text("fingerprint").notNull(),
  },
  (t) => [
    uniqueIndex("point_transfers_key").on(t.key),
    // Partial indexes: most entries reverse nothing and follow no rule, and an index full of NULLs makes
    // every insert look through them (a third of the ledger's speed at a million entries).
    uniqueIndex("point_transfers_reverses").on(t.reverses).where(sql`${t.reverses} IS NOT NULL`),
    index("point_transfers_debit").on(t.debitAccountId, t.id),
    index("point_transfers_credit").on(t.creditAccountId, t.id),
    // A rule's caps count one person's awards under it since a moment.
    index("point_transfers_caps").on(t.creditAccountId, t.ruleCode, t.at).where(sql`${t.ruleCode} IS NOT NULL`),
    index("point_transfers_community_month").on(t.communityId, t.month),
    check("point_transfers_amount", sql`${t.amount} >= 0 AND (${t.amount} > 0 OR ${t.kind} IN ('penalty', 'reversal'))`),
    check("point_transfers_two_accounts", sql`${t.debitAccountId} <> ${t.creditAccountId}`),
    check("point_transfers_shortfall", sql`${t.shortfall} >= 0 AND (${t.shortfall} = 0 OR ${t.kind} = 'penalty')`),
    check("point_transfers_reversal", sql`(${t.kind} = 'reversal') = (${t.reverses} IS NOT NULL)`),
  ],
);

/** Keys whose transfer was refused (balance short, stock gone, cap reached…): they stay refused. */
export const pointRefusals = sqliteTable("point_refusals", {
  key: text("key").primaryKey(),
  reason: text("reason").notNull(),
  fingerprint: text("fingerprint").notNull(),
  at: integer("at").notNull(),
});

/**
 * Points earned from the community per account and year (`period`: YYYY): what came from an issuance
 * account, less what went back to one. Kept by the triggers on point_transfers, for rankings and a
 * resident's rank; a month's honours are summed from the entries of that month.
 */
export const pointTotals = sqliteTable(
  "point_totals",
  {
    accountId: integer("account_id")
      .notNull()
      .references(() => pointAccounts.id),
    period: integer("period").notNull(),
    communityId: integer("community_id").notNull(),
    kind: text("kind", { enum: pointAccountKinds }).notNull(),
    earned: integer("earned").notNull(),
  },
  (t) => [uniqueIndex("point_totals_account_period").on(t.accountId, t.period), index("point_totals_ranking").on(t.communityId, t.period, t.kind, t.earned)],
);

/** The shop's items, per community. Stock changes in the same atomic write as the redemption. */
export const pointItems = sqliteTable(
  "point_items",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    communityId: integer("community_id").notNull(),
    kind: text("kind", { enum: pointItemKinds }).notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    descriptionZh: text("description_zh"),
    descriptionEn: text("description_en"),
    points: integer("points").notNull(),
    stock: integer("stock").notNull(),
    /** Where and when to pick it up. */
    pickupZh: text("pickup_zh").notNull(),
    pickupEn: text("pickup_en").notNull(),
    hoursZh: text("hours_zh").notNull(),
    hoursEn: text("hours_en").notNull(),
    active: integer("active", { mode: "boolean" }).notNull().default(true),
    sort: integer("sort").notNull().default(0),
    createdAt: integer("created_at").notNull(),
    updatedAt: integer("updated_at").notNull(),
  },
  (t) => [
    index("point_items_community").on(t.communityId, t.sort),
    check("point_items_points", sql`${t.points} > 0`),
    check("point_items_stock", sql`${t.stock} >= 0`),
  ],
);

/** What a redemption gives the resident: a code to show at the pick-up place. */
export const pointVouchers = sqliteTable(
  "point_vouchers",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    code: text("code").notNull(),
    itemId: integer("item_id")
      .notNull()
      .references(() => pointItems.id),
    accountId: integer("account_id")
      .notNull()
      .references(() => pointAccounts.id),
    communityId: integer("community_id").notNull(),
    transferId: integer("transfer_id")
      .notNull()
      .references(() => pointTransfers.id),
    status: text("status", { enum: voucherStatuses }).notNull().default("reserved"),
    createdAt: integer("created_at").notNull(),
    closedAt: integer("closed_at"),
    closedBy: integer("closed_by"),
    /** The reversal that gave the points back when it was cancelled. */
    refundTransferId: integer("refund_transfer_id").references(() => pointTransfers.id),
  },
  (t) => [
    uniqueIndex("point_vouchers_code").on(t.code),
    uniqueIndex("point_vouchers_transfer").on(t.transferId),
    index("point_vouchers_account").on(t.accountId),
    index("point_vouchers_community").on(t.communityId, t.status),
    check("point_vouchers_refund", sql`(${t.status} = 'cancelled') = (${t.refundTransferId} IS NOT NULL)`),
  ],
);

/**
 * An award waiting for a second staff member, or a resident's claim ("I volunteered on Saturday"), in
 * the approval queue. The database refuses an approval by the staff member who asked for the award.
 */
export const pointRequests = sqliteTable(
  "point_requests",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    kind: text("kind", { enum: pointRequestKinds }).notNull(),
    accountId: integer("account_id")
      .notNull()
      .references(() => pointAccounts.id),
    communityId: integer("community_id").notNull(),
    ruleCode: text("rule_code").notNull(),
    category: text("category", { enum: pointCategories }).notNull(),
    amount: integer("amount").notNull(),
    evidence: text("evidence"),
    photo: text("photo"),
    /** The staff member who asked for an award (null for a claim). */
    requestedBy: integer("requested_by"),
    /** The key the award is posted with once approved; also makes asking twice ask once. */
    key: text("key").notNull(),
    status: text("status", { enum: pointRequestStatuses }).notNull().default("pending"),
    decidedBy: integer("decided_by"),
    decidedAt: integer("decided_at"),
    reason: text("reason"),
    transferId: integer("transfer_id").references(() => pointTransfers.id),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [
    uniqueIndex("point_requests_key").on(t.key),
    index("point_requests_queue").on(t.communityId, t.status),
    index("point_requests_account").on(t.accountId),
    check("point_requests_amount", sql`${t.amount} > 0`),
    check("point_requests_second_person", sql`${t.decidedBy} IS NULL OR ${t.requestedBy} IS NULL OR ${t.decidedBy} <> ${t.requestedBy}`),
  ],
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
    // The numbers of a kind (complaints' scorecards, the register, hearings): by community, by grid, or all of
    // them, and when opened; each also holds what the tallies read of a case, so they never visit its row.
    index("cases_kind_community_opened").on(t.kind, t.communityId, t.openedAt, t.gridId, t.status),
    index("cases_grid_opened").on(t.gridId, t.kind, t.openedAt, t.communityId, t.status),
    index("cases_kind_opened").on(t.kind, t.openedAt, t.communityId, t.gridId, t.status),
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

// ── complaints (民情诉求): cases of kind `complaint`, with what only they have ─────────────────────────

/**
 * Complaint categories: the defaults every community has (community_id null) and a community's own (which
 * replace a default of the same code there). Each says who handles it and how fast, or where it goes instead.
 */
export const complaintCategories = sqliteTable(
  "complaint_categories",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    /** null: a default of every community. */
    communityId: integer("community_id"),
    /** Stable, e.g. `oil-smoke`: Open311's service_code. */
    code: text("code").notNull(),
    nameZh: text("name_zh").notNull(),
    nameEn: text("name_en").notNull(),
    /** Words that suggest it, "|"-separated (油烟|饭店|烧烤), for the likeliest category first. */
    keywordsZh: text("keywords_zh").notNull().default(""),
    keywordsEn: text("keywords_en").notNull().default(""),
    /** Who handles it: the grid's grid worker unless it says another role of the community. */
    handlerRole: text("handler_role", { enum: staffRoleNames }).notNull().default("grid_worker"),
    access: text("access", { enum: categoryAccess }).notNull().default("handled"),
    /** Where it goes instead when not handled here: the agency and how to reach it, in words; a phone. */
    elsewhereZh: text("elsewhere_zh"),
    elsewhereEn: text("elsewhere_en"),
    elsewherePhone: text("elsewhere_phone"),
    /** Deadlines in minutes of the community's office time: to acknowledge, and to fix. */
    acknowledgeMinutes: integer("acknowledge_minutes").notNull().default(240),
    resolveMinutes: integer("resolve_minutes").notNull().default(2400),
    sort: integer("sort").notNull().default(0),
    disabledAt: integer("disabled_at"),
  },
  (t) => [
    uniqueIndex("complaint_categories_own").on(t.communityId, t.code).where(sql`${t.communityId} IS NOT NULL`),
    uniqueIndex("complaint_categories_default").on(t.code).where(sql`${t.communityId} IS NULL`),
  ],
);

/** What only a complaint has. One row per complaint case (case_id = cases.id). */
export const complaints = sqliteTable(
  "complaints",
  {
    caseId: integer("case_id").primaryKey(),
    /** The filing's own key (a chat turn, an Open311 POST): the new case is found by it once written, and a retry makes no second one. */
    filingKey: text("filing_key").notNull(),
    categoryId: integer("category_id").notNull(),
    /** What happened, as the resident wrote it; redacted on forget. */
    description: text("description").notNull(),
    /** A shared location (WGS 84), when there is one. */
    latitude: real("latitude"),
    longitude: real("longitude"),
    /** The building as it matched a grid's list (「3栋」), when the place named one. */
    building: text("building"),
    /** The place in the resident's words (「3栋2单元门口」, "outside the school gate"). */
    placeText: text("place_text"),
    /** Their name is hidden from other residents (followers, hearings); staff still see who reported it. */
    anonymous: integer("anonymous", { mode: "boolean" }).notNull().default(false),
    /** A duplicate: the complaint it repeats (its followers moved there). */
    duplicateOf: integer("duplicate_of"),
    /** Not responsible: where it goes instead, as the resident was told. */
    elsewhereZh: text("elsewhere_zh"),
    elsewhereEn: text("elsewhere_en"),
    /** Deadlines of its category, counted in office time from when it opened (or reopened). */
    acknowledgeDueAt: integer("acknowledge_due_at"),
    resolveDueAt: integer("resolve_due_at"),
    /** When staff first acknowledged it (a reply or a status past `open`): the response rate. */
    acknowledgedAt: integer("acknowledged_at"),
    /** When staff last called it fixed: the resolution rate; and the residents' verdicts are asked. */
    fixedAt: integer("fixed_at"),
    /** Closed as fixed because nobody answered within 7 days: unconfirmed in the statistics. */
    unconfirmed: integer("unconfirmed", { mode: "boolean" }).notNull().default(false),
    /** The hearing it was taken to, if any. */
    hearingId: integer("hearing_id"),
  },
  (t) => [uniqueIndex("complaints_filing").on(t.filingKey), index("complaints_category").on(t.categoryId), index("complaints_duplicate").on(t.duplicateOf)],
);

/** Residents who said "me too": they get every update and give their own verdict. */
export const complaintFollowers = sqliteTable(
  "complaint_followers",
  {
    caseId: integer("case_id").notNull(),
    residentId: integer("resident_id").notNull(),
    since: integer("since").notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.residentId] }), index("complaint_followers_resident").on(t.residentId)],
);

/** Each resident's verdict on "fixed", once per round (a complaint reopened and fixed again asks again). */
export const complaintVerdicts = sqliteTable(
  "complaint_verdicts",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    caseId: integer("case_id").notNull(),
    /** null once the resident asked to be forgotten: the verdict still counts. */
    residentId: integer("resident_id"),
    /** Which "fixed" it answers: the case's reopenedCount when it was fixed. */
    round: integer("round").notNull(),
    verdict: text("verdict", { enum: verdicts }).notNull(),
    rating: integer("rating"),
    comment: text("comment"),
    at: integer("at").notNull(),
  },
  (t) => [
    uniqueIndex("complaint_verdicts_once").on(t.caseId, t.residentId, t.round),
    index("complaint_verdicts_at").on(t.at),
    check("complaint_verdicts_rating_range", sql`${t.rating} IS NULL OR ${t.rating} BETWEEN 1 AND 5`),
  ],
);

/** A hearing (听证会) a community holds when many complain alike. */
export const hearings = sqliteTable(
  "hearings",
  {
    id: integer("id").primaryKey({ autoIncrement: true }),
    communityId: integer("community_id").notNull(),
    categoryId: integer("category_id").notNull(),
    topicZh: text("topic_zh").notNull(),
    topicEn: text("topic_en").notNull(),
    startsAt: integer("starts_at").notNull(),
    placeZh: text("place_zh").notNull(),
    placeEn: text("place_en").notNull(),
    state: text("state", { enum: hearingStates }).notNull().default("scheduled"),
    /** What was decided, sent to everyone invited and attached to the cases. */
    outcomeZh: text("outcome_zh"),
    outcomeEn: text("outcome_en"),
    outcomeAt: integer("outcome_at"),
    reminderSentAt: integer("reminder_sent_at"),
    createdByStaffId: integer("created_by_staff_id"),
    createdAt: integer("created_at").notNull(),
  },
  (t) => [index("hearings_community").on(t.communityId, t.startsAt)],
);

/** Who a hearing invited (every complainant and follower of its cases) and what they answered. */
export const hearingInvitations = sqliteTable(
  "hearing_invitations",
  {
    hearingId: integer("hearing_id").notNull(),
    residentId: integer("resident_id").notNull(),
    /** null: not answered yet. */
    coming: integer("coming", { mode: "boolean" }),
    answeredAt: integer("answered_at"),
    invitedAt: integer("invited_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.hearingId, t.residentId] }), index("hearing_invitations_resident").on(t.residentId)],
);
// ── limits ──────────────────────────────────────────────────────────────────────────────────────

/**
 * How many requests or messages a key (an address, a person) made in the current window of a limit, on
 * Workers, where isolates share no memory (src/limits/database.ts). Pruned when the window ends.
 */
export const rateLimits = sqliteTable("rate_limits", {
  key: text("key").primaryKey(),
  windowStart: integer("window_start").notNull(),
  /** When the window ends: the row may go then. */
  endsAt: integer("ends_at").notNull(),
  count: integer("count").notNull(),
});
