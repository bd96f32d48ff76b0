// Complaints for tests of the numbers: categories of their own and complaints written as history
// (src/demo/complaint-history.ts), with residents to invite.
import { eq } from "drizzle-orm";
import type { Database } from "../../src/db/database.js";
import { placeByCode } from "../../src/db/queries/places.js";
import { ensureResident } from "../../src/db/queries/residents.js";
import { complaintCategories } from "../../src/db/schema.js";
import { pastComplaint, type PastComplaint } from "../../src/demo/complaint-history.js";
import type { DomainDeps } from "../../src/domain/deps.js";

export const HOUR = 60 * 60 * 1000;
export const DAY = 24 * HOUR;

/** A default category (every community's), made for the test; returns its id. */
export async function testCategory(directory: Database, code: string, nameZh: string, nameEn = code): Promise<number> {
  await directory.orm.insert(complaintCategories).values({ communityId: null, code, nameZh, nameEn }).onConflictDoNothing();
  const [row] = await directory.orm.select().from(complaintCategories).where(eq(complaintCategories.code, code));
  return row!.id;
}

export async function placeIds(deps: DomainDeps, community: string, grid?: string) {
  const c = (await placeByCode(deps.directory.orm, "community", community))!;
  const g = grid ? (await placeByCode(deps.directory.orm, "grid", grid))! : undefined;
  return { communityId: c.id, gridId: g?.id ?? null };
}

let refNumber = 9000;

/** A past complaint with sensible defaults: opened at `openedAt`, due to be acknowledged in 4 hours and fixed in 5 days. */
export async function pastOne(db: Database, c: Partial<PastComplaint> & Pick<PastComplaint, "communityId" | "gridId" | "categoryId" | "openedAt">): Promise<string> {
  const day = new Date(c.openedAt + 8 * HOUR).toISOString().slice(0, 10).replaceAll("-", "");
  const ref = c.ref ?? `TS-${day}-${refNumber++}`;
  await db.atomic((orm) =>
    pastComplaint(orm, {
      ref,
      residentId: null,
      residentName: null,
      assigneeStaffId: null,
      status: "open",
      description: "测试诉求",
      acknowledgeDueAt: c.openedAt + 4 * HOUR,
      resolveDueAt: c.openedAt + 5 * DAY,
      ...c,
    }),
  );
  return ref;
}

/** A resident on Telegram, by their Telegram id. */
export async function telegramResident(db: Database, telegramId: number, now: number, language: "zh" | "en" = "zh") {
  return ensureResident(db.orm, "telegram", String(telegramId), language, now);
}
