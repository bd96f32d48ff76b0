// The community card (四到社区): what the community does, who to call, when the office is open, and the
// street's supervision phone for complaints about the service itself. Residents read it in chat; staff
// edit it in the console and over the staff API.
import { z } from "zod";
import { allServices, communityAnswersOf } from "../../db/queries/catalog.js";
import { communityPath, findStreet, gridsOfCommunity, placeById, updateCommunityCard, updateSupervisionPhone, type CommunityCardFields, type PlaceRef } from "../../db/queries/places.js";
import { gridWorkersOf } from "../../db/queries/staff.js";
import type { HoursException, WeeklyHours } from "../../db/schema.js";
import { translate } from "../../i18n/index.js";
import type { Lang } from "../../vocabulary.js";
import { hoursException, weekdays, weeklyHours } from "../catalog/format.js";
import { openingState, weeklySummary, type OpeningState } from "../catalog/hours.js";
import type { DomainDeps } from "../deps.js";
import { parseWith, phoneSchema } from "./accounts.js";
import type { Actor } from "./actor.js";
import { auditWrite } from "./audit.js";
import { forbidden, notFound } from "./errors.js";
import { reaches } from "./scope.js";

export interface Bilingual {
  zh: string;
  en: string;
}

export interface CommunityCard {
  community: { code: string; name: Bilingual; rural: boolean; timeZone: string };
  street: { code: string; name: Bilingual };
  district: { code: string; name: Bilingual };
  office: {
    address: Bilingual | null;
    location: { lat: number; lon: number } | null;
    phone: string | null;
    hours: WeeklyHours;
    exceptions: HoursException[];
    /** What the weekly hours cannot say. */
    hoursNote: Bilingual | null;
    /** The hours written out for residents, with the note. */
    hoursText: Bilingual | null;
    /** Open now, or when it next opens, in the community's time zone. */
    opening: OpeningState;
  };
  /** 监督电话: the street's number for complaints about the community's service. */
  supervisionPhone: string | null;
  grids: { code: string; name: Bilingual; workers: { name: Bilingual; phone: string | null }[] }[];
  /** What the community handles itself or helps with (its access list). */
  services: { code: string; title: Bilingual; access: "handled" | "assisted"; note: Bilingual | null }[];
}

const both = (zh: string | null, en: string | null): Bilingual | null => (zh || en ? { zh: zh ?? en ?? "", en: en ?? zh ?? "" } : null);

/** Everything on a community's card, in both languages; the chat and the console render it. */
export async function communityCard(deps: DomainDeps, communityId: number): Promise<CommunityCard> {
  const orm = deps.directory.orm;
  const path = await communityPath(orm, communityId);
  if (!path) throw notFound();
  const { community: c, street, district } = path;
  const [grids, services, answers] = await Promise.all([gridsOfCommunity(orm, c.id), allServices(orm), communityAnswersOf(orm, c.id)]);
  const workers = await gridWorkersOf(orm, grids.map((g) => g.id));
  const local = new Map(answers.map((a) => [a.serviceId, a]));
  const timeZone = c.timeZone || deps.defaultTimeZone;
  return {
    community: { code: c.code, name: { zh: c.nameZh, en: c.nameEn }, rural: c.rural, timeZone },
    street: { code: street.code, name: { zh: street.nameZh, en: street.nameEn } },
    district: { code: district.code, name: { zh: district.nameZh, en: district.nameEn } },
    office: {
      address: both(c.stationAddressZh, c.stationAddressEn),
      location: c.latitude !== null && c.longitude !== null ? { lat: c.latitude, lon: c.longitude } : null,
      phone: c.stationPhone,
      hours: c.officeHours,
      exceptions: c.officeExceptions,
      hoursNote: both(c.hoursNoteZh, c.hoursNoteEn),
      hoursText: both(c.stationHoursZh, c.stationHoursEn),
      opening: openingState(c.officeHours, c.officeExceptions, deps.now(), timeZone),
    },
    supervisionPhone: street.supervisionPhone,
    grids: grids.map((g) => ({
      code: g.code,
      name: { zh: g.nameZh, en: g.nameEn },
      workers: workers
        .filter((w) => w.gridId === g.id)
        .map(({ member }) => ({ name: { zh: member.nameZh, en: member.nameEn ?? member.nameZh }, phone: member.phone })),
    })),
    services: services.flatMap((s) => {
      const answer = local.get(s.id);
      const access = answer?.access ?? s.access;
      if (access === "not_here") return [];
      return [{ code: s.code, title: { zh: s.titleZh, en: s.titleEn }, access, note: answer ? both(answer.noteZh, answer.noteEn) : null }];
    }),
  };
}

// ── editing ─────────────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max, { error: `must be at most ${max} characters` });
const bilingual = (max: number) => z.object({ zh: text(max), en: text(max) });

/** What staff may change on a card (PUT /api/staff/places/{code}/card takes exactly this). */
export const cardInputSchema = z
  .object({
    address: bilingual(200),
    location: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).nullable().default(null),
    phone: phoneSchema.nullable().default(null),
    hours: weeklyHours,
    exceptions: z
      .array(hoursException)
      .max(60, { error: "at most 60 dated exceptions" })
      .default([])
      .refine((list) => new Set(list.map((e) => e.date)).size === list.length, { error: "each date appears once" }),
    hours_note: bilingual(200).nullable().default(null),
  })
  .strict();
export type CardInput = z.input<typeof cardInputSchema>;

/** The card's editable part, as the editor and the API show it. */
export function cardInputOf(card: CommunityCard): z.output<typeof cardInputSchema> {
  return {
    address: card.office.address ?? { zh: "", en: "" },
    location: card.office.location,
    phone: card.office.phone,
    hours: card.office.hours,
    exceptions: card.office.exceptions,
    hours_note: card.office.hoursNote,
  };
}

/** "周一至周五 8:30–12:00, 14:00–17:30；周六 9:00–12:00" — the weekly hours as residents read them. */
export function hoursText(hours: WeeklyHours, note: Bilingual | null, lang: Lang): string {
  const range = (r: string) => r.replace(/(^|-)0(\d)/g, "$1$2").replace("-", "–");
  const week = weeklySummary(hours)
    .map(({ from, to, ranges }) => {
      const days = from === to ? translate(lang, `weekday-${from}`) : translate(lang, "weekday-span", { from: translate(lang, `weekday-${from}`), to: translate(lang, `weekday-${to}`) });
      return `${days} ${ranges.map(range).join(", ")}`;
    })
    .join(translate(lang, "list-separator"));
  return [week, note?.[lang]].filter(Boolean).join(translate(lang, "list-separator"));
}

/** The community a staff member may edit the card of (else "not found", or "forbidden" inside their scope). */
async function editableCommunity(deps: DomainDeps, actor: Actor, communityId: number): Promise<PlaceRef> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  if (!reaches(actor.manages, place)) throw forbidden();
  return place;
}

export async function updateCard(deps: DomainDeps, actor: Actor, communityId: number, input: unknown): Promise<CommunityCard> {
  const place = await editableCommunity(deps, actor, communityId);
  const data = parseWith(cardInputSchema, input);
  const exceptions = [...data.exceptions].sort((a, b) => a.date.localeCompare(b.date)).map((e) => ({ ...e, open: e.closed ? [] : e.open }));
  const hours = Object.fromEntries(weekdays.filter((d) => data.hours[d]?.length).map((d) => [d, data.hours[d]!])) as WeeklyHours;
  const before = cardInputOf(await communityCard(deps, communityId));
  const fields: CommunityCardFields = {
    stationAddressZh: data.address.zh,
    stationAddressEn: data.address.en,
    latitude: data.location?.lat ?? null,
    longitude: data.location?.lon ?? null,
    stationPhone: data.phone,
    officeHours: hours,
    officeExceptions: exceptions,
    hoursNoteZh: data.hours_note?.zh ?? null,
    hoursNoteEn: data.hours_note?.en ?? null,
    stationHoursZh: hoursText(hours, data.hours_note, "zh") || null,
    stationHoursEn: hoursText(hours, data.hours_note, "en") || null,
  };
  const after = { ...data, hours, exceptions };
  if (JSON.stringify(before) !== JSON.stringify(after)) {
    await deps.directory.atomic((orm) => [
      updateCommunityCard(orm, communityId, fields),
      auditWrite(orm, deps, actor, "community.card", place, { community: place.code, before, after }),
    ]);
  }
  return communityCard(deps, communityId);
}

/** The street's supervision phone (监督电话): street admins and above, not the community itself. */
export async function setSupervisionPhone(deps: DomainDeps, actor: Actor, streetId: number, phone: string | null): Promise<void> {
  const place = await placeById(deps.directory.orm, "street", streetId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  if (!reaches(actor.manages, place)) throw forbidden();
  const next = phone === null || phone.trim() === "" ? null : parseWith(z.object({ phone: phoneSchema }), { phone }).phone;
  const before = (await findStreet(deps.directory.orm, streetId))?.supervisionPhone ?? null;
  if (before === next) return;
  await deps.directory.atomic((orm) => [
    updateSupervisionPhone(orm, streetId, next),
    auditWrite(orm, deps, actor, "street.supervision-phone", place, { street: place.code, before, after: next }),
  ]);
}

