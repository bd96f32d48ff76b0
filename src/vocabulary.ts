// The words of linli's world that every layer shares, as const arrays (for zod and drizzle enums) and
// their types. A leaf module: it imports nothing, so db/, domain/, flows/ and i18n/ can all depend on it.

/** Where a resident talks to linli. */
export const channels = ["telegram", "web"] as const;
export type Channel = (typeof channels)[number];

/** The languages every word is written in; Chinese is the default. */
export const languages = ["zh", "en"] as const;
export type Lang = (typeof languages)[number];
export const defaultLanguage: Lang = "zh";

/** A resident's answer to the privacy notice (null in the database: not asked yet). */
export const consentAnswers = ["given", "declined"] as const;
export type ConsentAnswer = (typeof consentAnswers)[number];

/** The community access list (准入目录): handled here, helped with here, or not here (go to the agency). */
export const accessAnswers = ["handled", "assisted", "not_here"] as const;
export type AccessAnswer = (typeof accessAnswers)[number];

/** What staff do, at which kind of place (see placeKindOfRole in src/domain/staff/roles.ts). */
export const staffRoles = ["grid_worker", "proxy_agent", "community_staff", "street_admin", "district_admin", "admin"] as const;
export type StaffRole = (typeof staffRoles)[number];

/** The levels of places, from the top: district → street (街道, 乡/镇) → community (社区, 村) → grid (网格). */
export const placeKinds = ["district", "street", "community", "grid"] as const;
export type PlaceKind = (typeof placeKinds)[number];

/** Where a role is held: a place of one of the kinds, or everywhere (`admin`). */
export const rolePlaceKinds = [...placeKinds, "everywhere"] as const;
export type RolePlaceKind = (typeof rolePlaceKinds)[number];

/** One-time links: a Telegram invitation (72 h) and a console login link sent by the bot (10 min). */
export const oneTimeLinkKinds = ["invite", "console_login"] as const;
export type OneTimeLinkKind = (typeof oneTimeLinkKinds)[number];

// ── points (积分) ─────────────────────────────────────────────────────────────────────────────────

/** The rulebook's four categories: 社会治安, 公益美德, 社区建设, 奖励惩罚. */
export const pointCategories = ["public_order", "public_virtue", "community_building", "rewards_penalties"] as const;
export type PointCategory = (typeof pointCategories)[number];

/**
 * Whose points an account holds: a community's issuance account (where awards come from and penalties go
 * back to; the only one whose balance goes below zero), a community's shop (where redemptions go), a
 * resident, a household (户) or an organisation (a shop, a school, a company in the community).
 */
export const pointAccountKinds = ["issuance", "shop", "resident", "household", "organisation"] as const;
export type PointAccountKind = (typeof pointAccountKinds)[number];

/** What moved points from one account to another. */
export const pointTransferKinds = ["award", "penalty", "transfer", "redemption", "reversal"] as const;
export type PointTransferKind = (typeof pointTransferKinds)[number];

/** What an award under a rule must come with. */
export const pointEvidenceKinds = ["none", "text", "photo"] as const;
export type PointEvidenceKind = (typeof pointEvidenceKinds)[number];

/** What the shop (积分超市) offers: goods, services, honours and access to policies. */
export const pointItemKinds = ["goods", "service", "honour"] as const;
export type PointItemKind = (typeof pointItemKinds)[number];

/** A voucher from the shop: reserved until staff hand the item over, or cancelled (and refunded). */
export const voucherStatuses = ["reserved", "handed_over", "cancelled"] as const;
export type VoucherStatus = (typeof voucherStatuses)[number];

/** An award waiting for a second staff member, or a resident's claim, and what became of it. */
export const pointRequestKinds = ["award", "claim"] as const;
export type PointRequestKind = (typeof pointRequestKinds)[number];
export const pointRequestStatuses = ["pending", "approved", "rejected"] as const;
export type PointRequestStatus = (typeof pointRequestStatuses)[number];

/** Organisations with a points account. */
export const organisationKinds = ["shop", "school", "company", "other"] as const;
export type OrganisationKind = (typeof organisationKinds)[number];
/** What a case is (DESIGN.md, "Cases"): talking to a person, a complaint, a proxy application. */
export const caseKinds = ["conversation", "complaint", "application"] as const;
export type CaseKind = (typeof caseKinds)[number];

/** What stands in a case's timeline. */
export const caseEventKinds = [
  /** The resident wrote or sent something. */
  "message_in",
  /** Staff wrote to the resident. */
  "message_out",
  /** Staff wrote for staff only: the resident never sees it. */
  "note",
  "status",
  "assignment",
  "rating",
  /** A deadline passed and the case was flagged or went up a level. */
  "escalation",
  /** Something about reaching the resident (they blocked the bot, a message could not be delivered). */
  "delivery",
  /** A complaint: another resident said "me too" (detail: followers), or its followers moved to the original. */
  "follow",
  /** A complaint: a resident's verdict on "fixed" (fixed / partly / not fixed, 1–5, a comment). */
  "verdict",
  /** A complaint: a hearing about it was scheduled, or its outcome recorded. */
  "hearing",
] as const;
export type CaseEventKind = (typeof caseEventKinds)[number];

/**
 * A complaint's life, in FixMyStreet's words: open → investigating → action scheduled → in progress →
 * fixed (the residents then judge it) → closed; or not responsible (with where it goes instead), or a
 * duplicate of another; reopened when a resident says it is not fixed.
 */
export const complaintStatuses = ["open", "investigating", "action_scheduled", "in_progress", "fixed", "not_responsible", "duplicate", "closed", "reopened"] as const;
export type ComplaintStatus = (typeof complaintStatuses)[number];

/** What a resident says when staff call a complaint fixed. */
export const verdicts = ["fixed", "partly", "not_fixed"] as const;
export type Verdict = (typeof verdicts)[number];

/** Whether the community handles a complaint category, or it goes elsewhere (the agency, 12345). */
export const categoryAccess = ["handled", "not_here"] as const;
export type CategoryAccess = (typeof categoryAccess)[number];

export const hearingStates = ["scheduled", "held", "cancelled"] as const;
export type HearingState = (typeof hearingStates)[number];

/** Where an outbox message goes: a resident's or staff member's Telegram chat, a web chat's inbox, a case's topic. */
export const outboxRoutes = ["telegram", "web", "topic"] as const;
export type OutboxRoute = (typeof outboxRoutes)[number];

export const outboxStates = ["pending", "sending", "sent", "skipped", "unreachable", "failed"] as const;
export type OutboxState = (typeof outboxStates)[number];

/** What a message carries besides text: a photo, a voice note, a document, a place. */
export interface Attachment {
  kind: "photo" | "voice" | "document" | "location";
  /** Sent from Telegram: its file id. */
  telegramFileId?: string;
  /** Uploaded in the web chat: its key in the media store. */
  mediaKey?: string;
  latitude?: number;
  longitude?: number;
  fileName?: string;
}

/** How large a resident wants the text, where the channel can draw it larger (the web chat). */
export const textSizes = ["normal", "large"] as const;
export type TextSize = (typeof textSizes)[number];

/** The web map an address opens in, besides the phone's own map app (a `geo:` link). */
export const mapApps = ["amap", "baidu"] as const;
export type MapApp = (typeof mapApps)[number];
