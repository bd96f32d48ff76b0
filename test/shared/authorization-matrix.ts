// The authorization matrix, shared by the node and workers projects: each role × places (and cases)
// inside and outside its scope × each console page and action and staff API route. Inside: 200 (or the
// redirect after a change, 303; 201 for a message over the API); a change to a place by a role that only
// sees (grid worker, proxy agent): 403 — while every role works on the cases it sees; outside: 404,
// exactly like a place or case that does not exist. Which place is inside is worked out here from the
// demo data's own tree, not by the code under test.
import { cardFormOf } from "../../src/web/console/pages/card.js";
import type { CommunityCard } from "../../src/domain/staff/card.js";
import { demoDistricts } from "../../src/demo/places.js";
import { demoStaff } from "../../src/demo/staff.js";
import type { PlaceKind, StaffRole } from "../../src/vocabulary.js";

export interface MatrixPlace {
  key: string;
  kind: PlaceKind;
  code: string;
}

export const matrixPlaces: MatrixPlace[] = [
  { key: "D1", kind: "district", code: "jiangan" },
  { key: "S1", kind: "street", code: "jiangan-houhu" },
  { key: "C1", kind: "community", code: "ja-huiminyuan" },
  { key: "G1", kind: "grid", code: "ja-huiminyuan-1" },
  { key: "G2", kind: "grid", code: "ja-huiminyuan-2" },
  { key: "C2", kind: "community", code: "ja-sanyanqiao" },
  { key: "S2", kind: "street", code: "jiangan-baibuting" },
  { key: "C3", kind: "community", code: "ja-baibuting" },
  { key: "D2", kind: "district", code: "jianghan" },
  { key: "C4", kind: "community", code: "jh-qingfen" },
];

export interface MatrixRole {
  role: StaffRole;
  place: string | null;
  username: string;
}

export const matrixRoles: MatrixRole[] = [
  { role: "grid_worker", place: "ja-huiminyuan-1", username: "m.grid" },
  { role: "proxy_agent", place: "ja-huiminyuan", username: "m.agent" },
  { role: "community_staff", place: "ja-huiminyuan", username: "m.community" },
  { role: "street_admin", place: "jiangan-houhu", username: "m.street" },
  { role: "district_admin", place: "jiangan", username: "m.district" },
  { role: "admin", place: null, username: "m.admin" },
];

const managers = new Set<StaffRole>(["community_staff", "street_admin", "district_admin", "admin"]);

/** The codes of a place and of every place above it, from the demo tree. */
export function chainOf(code: string): string[] {
  for (const d of demoDistricts) {
    if (d.code === code) return [d.code];
    for (const s of d.streets) {
      if (s.code === code) return [d.code, s.code];
      for (const c of s.communities) {
        if (c.code === code) return [d.code, s.code, c.code];
        for (const g of c.grids) if (g.code === code) return [d.code, s.code, c.code, g.code];
      }
    }
  }
  throw new Error(`no demo place ${code}`);
}

export function isInside(role: MatrixRole, place: MatrixPlace): boolean {
  return role.place === null || chainOf(place.code).includes(role.place);
}

/** The demo staff member who works at a place (gw-, cs-, sa-, da-). */
export function demoMemberAt(place: MatrixPlace) {
  const prefix = { grid: "gw", community: "cs", street: "sa", district: "da" }[place.kind];
  const member = demoStaff().find((m) => m.username === `${prefix}-${place.code}`);
  if (!member) throw new Error(`no demo staff at ${place.code}`);
  return member;
}

/** The card editor's form fields holding what the card has now: posting them changes nothing. */
export function cardFields(card: CommunityCard): Record<string, string> {
  const form = cardFormOf(card);
  const fields: Record<string, string> = {
    address_zh: form.addressZh,
    address_en: form.addressEn,
    lat: form.lat,
    lon: form.lon,
    phone: form.phone,
    note_zh: form.noteZh,
    note_en: form.noteEn,
  };
  for (const [day, text] of Object.entries(form.hours)) fields[`hours_${day}`] = text;
  form.exceptions.forEach((e, i) => {
    fields[`ex${i}_date`] = e.date;
    if (e.closed) fields[`ex${i}_closed`] = "on";
    fields[`ex${i}_open`] = e.open;
    fields[`ex${i}_note_zh`] = e.noteZh;
    fields[`ex${i}_note_en`] = e.noteEn;
  });
  return fields;
}

export interface Check {
  name: string;
  method: "GET" | "POST" | "PUT";
  path: string;
  /** Console form fields (POST) or a JSON body (PUT, the staff API). */
  form?: Record<string, string>;
  json?: unknown;
  api?: boolean;
  expect: number;
}

/** What each role may do at each place, as requests and the status each must answer. */
export function checksFor(role: MatrixRole, place: MatrixPlace, now: { cards: Map<string, CommunityCard>; supervisionPhones: Map<string, string | null> }): Check[] {
  const inside = isInside(role, place);
  const view = inside ? 200 : 404;
  const change = (done: number) => (!inside ? 404 : managers.has(role.role) ? done : 403);
  const base = `/console/places/${place.kind}/${place.code}`;
  const member = demoMemberAt(place);
  const addRole = { grid: "grid_worker", community: "community_staff", street: "street_admin", district: "district_admin" }[place.kind];
  const checks: Check[] = [
    { name: "place page", method: "GET", path: base, expect: view },
    { name: "staff page", method: "GET", path: `/console/staff/${member.username}`, expect: view },
    {
      name: "add staff",
      method: "POST",
      path: `${base}/staff`,
      form: { roleAt: `${addRole}@${place.code}`, username: `new.${role.role.replace("_", "")}.${place.key.toLowerCase()}`, nameZh: "新人" },
      expect: change(200),
    },
    {
      name: "staff profile",
      method: "POST",
      path: `/console/staff/${member.username}/profile`,
      form: { nameZh: member.nameZh, nameEn: member.nameEn, phone: member.phone ?? "" },
      expect: change(303),
    },
  ];
  if (place.kind === "community") {
    const card = now.cards.get(place.code)!;
    checks.push(
      { name: "card page", method: "GET", path: `${base}/card`, expect: view },
      { name: "card save", method: "POST", path: `${base}/card`, form: cardFields(card), expect: change(303) },
      { name: "access list", method: "GET", path: `${base}/services`, expect: view },
      { name: "access answer", method: "POST", path: `${base}/services/minimum-living-allowance`, form: { access: "catalogue", note_zh: "", note_en: "" }, expect: change(303) },
      { name: "API card", method: "GET", path: `/api/staff/places/${place.code}`, api: true, expect: view },
      { name: "cases of the community", method: "GET", path: `/console/cases?community=${place.code}`, expect: view },
      { name: "API cases of the community", method: "GET", path: `/api/staff/cases?community=${place.code}`, api: true, expect: view },
      {
        name: "API card PUT",
        method: "PUT",
        path: `/api/staff/places/${place.code}/card`,
        api: true,
        json: { address: card.office.address, location: card.office.location, phone: card.office.phone, hours: card.office.hours, exceptions: card.office.exceptions, hours_note: card.office.hoursNote },
        expect: change(200),
      },
      // Points (积分): a community's pages, its budget, and the ledger of a month.
      { name: "points community", method: "GET", path: `/console/points/c/${place.code}`, expect: view },
      { name: "points shop", method: "GET", path: `/console/points/c/${place.code}/shop`, expect: view },
      { name: "points households", method: "GET", path: `/console/points/c/${place.code}/households`, expect: view },
      { name: "points rankings", method: "GET", path: `/console/points/c/${place.code}/rankings`, expect: view },
      { name: "points honours", method: "GET", path: `/console/points/c/${place.code}/honours`, expect: view },
      { name: "points budget", method: "GET", path: `/console/points/c/${place.code}/budget`, expect: view },
      { name: "points budget save", method: "POST", path: `/console/points/c/${place.code}/budget`, form: { population: "6000", points_per_yuan: "10" }, expect: change(303) },
      { name: "points ledger CSV", method: "GET", path: `/console/points/export?place=community:${place.code}&month=2026-11`, expect: view },
      { name: "API points ledger CSV", method: "GET", path: `/api/staff/points/ledger.csv?place=community:${place.code}&month=2026-11`, api: true, expect: view },
    );
  }
  if (place.kind === "street") {
    checks.push({ name: "supervision phone", method: "POST", path: `${base}/supervision-phone`, form: { phone: now.supervisionPhones.get(place.code) ?? "" }, expect: change(303) });
  }
  return checks;
}

// ── cases ──────────────────────────────────────────────────────────────────────────────────────

/** A case at a community (on none of its grids) or on a grid: inside a role's scope when the role reaches that place. */
export interface MatrixCase {
  key: string;
  community: string;
  grid?: string;
}

export const matrixCases: MatrixCase[] = [
  { key: "C1", community: "ja-huiminyuan" },
  { key: "G1", community: "ja-huiminyuan", grid: "ja-huiminyuan-1" },
  { key: "G2", community: "ja-huiminyuan", grid: "ja-huiminyuan-2" },
  { key: "C2", community: "ja-sanyanqiao" },
  { key: "C3", community: "ja-baibuting" },
  { key: "C4", community: "jh-qingfen" },
];

export function caseIsInside(role: MatrixRole, c: MatrixCase): boolean {
  return role.place === null || chainOf(c.grid ?? c.community).includes(role.place);
}

/**
 * Every console page and action and staff API route of one case, in an order that leaves the case as it
 * found it (open): inside the scope every role works on it — grid workers and proxy agents too — and
 * outside it every request is a 404 and changes nothing.
 */
export function caseChecksFor(role: MatrixRole, c: MatrixCase, ref: string): Check[] {
  const inside = caseIsInside(role, c);
  const is = (status: number) => (inside ? status : 404);
  const base = `/console/cases/${ref}`;
  const api = `/api/staff/cases/${ref}`;
  // Someone the case may be given to: the demo staff member of its grid or its community.
  const assignee = c.grid ? `gw-${c.grid}` : `cs-${c.community}`;
  return [
    { name: "case page", method: "GET", path: base, expect: is(200) },
    { name: "case note", method: "POST", path: `${base}/note`, form: { text: "内部备注" }, expect: is(303) },
    { name: "case reply", method: "POST", path: `${base}/reply`, form: { text: "您好" }, expect: is(303) },
    { name: "case take", method: "POST", path: `${base}/take`, form: {}, expect: is(303) },
    { name: "case assign", method: "POST", path: `${base}/assign`, form: { username: assignee }, expect: is(303) },
    { name: "case close", method: "POST", path: `${base}/close`, form: {}, expect: is(303) },
    { name: "case reopen", method: "POST", path: `${base}/reopen`, form: {}, expect: is(303) },
    { name: "API case", method: "GET", path: api, api: true, expect: is(200) },
    { name: "API case message", method: "POST", path: `${api}/messages`, api: true, json: { text: "您好" }, expect: is(201) },
    { name: "API case note", method: "POST", path: `${api}/messages`, api: true, json: { text: "备注", internal: true }, expect: is(201) },
    { name: "API case assignee", method: "POST", path: `${api}/assignee`, api: true, json: { username: assignee }, expect: is(200) },
    { name: "API case close", method: "POST", path: `${api}/status`, api: true, json: { status: "closed" }, expect: is(200) },
    { name: "API case reopen", method: "POST", path: `${api}/status`, api: true, json: { status: "open" }, expect: is(200) },
  ];
}
