// A complaint as staff read it beside its case — in the topic's first post, on the console's case page
// and over the staff API: its category, place and map link, how many photos, followers, verdicts, what it
// duplicates and where it went instead.
import { eventsOf, findCase, type Case } from "../../db/queries/cases.js";
import { findCategory, findComplaint, followersOf, verdictsOf, type Complaint, type ComplaintVerdict } from "../../db/queries/complaints.js";
import type { Lang } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { categoryName } from "./categories.js";

export interface ComplaintAbout {
  complaint: Complaint;
  categoryCode: string;
  category: string;
  /** In words: the building or the resident's words, or the coordinates. */
  place: string | null;
  /** A map link for the location, if it has one. */
  map: string | null;
  photos: number;
  followers: number;
  verdicts: ComplaintVerdict[];
  duplicateOf: string | null;
}

export const mapLink = (lat: number, lon: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=18/${lat}/${lon}`;

export async function complaintAbout(deps: DomainDeps, c: Pick<Case, "id" | "kind">, lang: Lang): Promise<ComplaintAbout | undefined> {
  if (c.kind !== "complaint") return undefined;
  const complaint = await findComplaint(deps.db.orm, c.id);
  if (!complaint) return undefined;
  const [category, events, followers, verdicts, original] = await Promise.all([
    findCategory(deps.directory.orm, complaint.categoryId),
    eventsOf(deps.db.orm, c.id),
    followersOf(deps.db.orm, c.id),
    verdictsOf(deps.db.orm, c.id),
    complaint.duplicateOf === null ? undefined : findCase(deps.db.orm, complaint.duplicateOf),
  ]);
  const located = complaint.latitude !== null && complaint.longitude !== null;
  const words = complaint.placeText ?? complaint.building;
  const coordinates = located ? `${complaint.latitude!.toFixed(5)}, ${complaint.longitude!.toFixed(5)}` : null;
  return {
    complaint,
    categoryCode: category?.code ?? "",
    category: category ? categoryName(category, lang) : "",
    place: words && coordinates ? `${words} (${coordinates})` : (words ?? coordinates),
    map: located ? mapLink(complaint.latitude!, complaint.longitude!) : null,
    photos: events.filter((e) => e.actor === "resident" && e.attachment?.kind === "photo").length,
    followers: followers.length,
    verdicts,
    duplicateOf: original?.ref ?? null,
  };
}
