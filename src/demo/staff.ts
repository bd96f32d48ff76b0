// Demo staff for the demo places: a grid worker for every grid (the names in ./places.ts), a community-staff
// member and a proxy agent for every community, an admin for every street and district, and one demo
// admin whose password is made at load time and printed in the log of the first start. Every name and
// phone number (027-5556-xxxx, a made-up range) is fictional. `staffSeed` loads them, only with DEMO_DATA on.
import { sql, type SQL } from "drizzle-orm";
import { guard, isGuardFailure } from "../db/atomic.js";
import type { Database, Write } from "../db/database.js";
import { insertAudit } from "../db/queries/audit.js";
import { countStaff, insertRole, insertStaff, staffIdOf } from "../db/queries/staff.js";
import type { RolePlaceKind, StaffRole } from "../vocabulary.js";
import { hashPassword } from "../domain/staff/passwords.js";
import { randomToken } from "../domain/staff/secrets.js";
import { demoDistricts, demoName } from "./places.js";
import type { Seed } from "./seed.js";

export const DEMO_ADMIN = "demo-admin";

export interface DemoStaffMember {
  username: string;
  nameZh: string;
  nameEn: string;
  phone: string | null;
  role: StaffRole;
  placeKind: RolePlaceKind;
  /** The role's place, found by name or code inside the statement. */
  place: SQL | number;
}

/** The demo staff, derived from the demo places (the same list every time). */
export function demoStaff(): DemoStaffMember[] {
  const out: DemoStaffMember[] = [];
  let phone = 0;
  const nextPhone = () => `027-5556-${String(++phone).padStart(4, "0")}`;
  const grids = demoDistricts.flatMap((d) => d.streets.flatMap((s) => s.communities.flatMap((c) => c.grids)));
  // Other staff take names after the grid workers' (./places.ts hands those out from 0).
  let nameIndex = grids.length;
  const named = () => demoName(nameIndex++);
  for (const district of demoDistricts) {
    const districtId = sql`(SELECT id FROM districts WHERE name_zh = ${district.zh})`;
    const n = named();
    out.push({ username: `da-${district.code}`, nameZh: n.zh, nameEn: n.en, phone: null, role: "district_admin", placeKind: "district", place: districtId });
    for (const street of district.streets) {
      // By name, so that a database whose places came before codes (migration 0005) gets its staff too.
      const streetId = sql`(SELECT id FROM streets WHERE name_zh = ${street.zh} AND district_id = ${districtId})`;
      const s = named();
      out.push({ username: `sa-${street.code}`, nameZh: s.zh, nameEn: s.en, phone: null, role: "street_admin", placeKind: "street", place: streetId });
      for (const community of street.communities) {
        const communityId = sql`(SELECT id FROM communities WHERE code = ${community.code})`;
        const staffName = named();
        const agentName = named();
        out.push({ username: `cs-${community.code}`, nameZh: staffName.zh, nameEn: staffName.en, phone: null, role: "community_staff", placeKind: "community", place: communityId });
        out.push({ username: `pa-${community.code}`, nameZh: agentName.zh, nameEn: agentName.en, phone: nextPhone(), role: "proxy_agent", placeKind: "community", place: communityId });
        for (const grid of community.grids) {
          out.push({
            username: `gw-${grid.code}`,
            nameZh: grid.workerZh.replace(/^网格员\s*/, ""),
            nameEn: grid.workerEn.replace(/^Grid worker\s*/, ""),
            phone: nextPhone(),
            role: "grid_worker",
            placeKind: "grid",
            place: sql`(SELECT id FROM grids WHERE code = ${grid.code})`,
          });
        }
      }
    }
  }
  return out;
}

// Made once per process: the hash is deliberately slow, and tests load the demo data many times.
let credentials: Promise<{ password: string; passwordHash: string }> | undefined;
function demoAdminCredentials() {
  credentials ??= (async () => {
    const password = randomToken(12);
    return { password, passwordHash: await hashPassword(password) };
  })();
  return credentials;
}

export interface DemoStaffSummary {
  staff: number;
  consoleAdmin: { username: string; password: string };
}

/**
 * Loads the demo staff into a database that has the demo places and no staff at all (a real deployment
 * that left DEMO_DATA on keeps its own places and gets no demo admin). One atomic write; the guard makes
 * two starts at once load them once.
 */
export async function loadDemoStaff(db: Database, now: number): Promise<DemoStaffSummary | null> {
  const first = demoDistricts[0]!.streets[0]!.communities[0]!.code;
  if ((await countStaff(db.orm)) > 0) return null;
  const hasDemoPlaces = await db.orm.get<{ one: number } | undefined>(sql`SELECT 1 AS one FROM communities WHERE code = ${first}`);
  if (!hasDemoPlaces) return null;
  const { password, passwordHash } = await demoAdminCredentials();
  const members = demoStaff();
  try {
    await db.atomic((orm) => {
      const writes: Write[] = [guard(orm, "no staff yet", sql`NOT EXISTS (SELECT 1 FROM staff)`)];
      writes.push(
        insertStaff(orm, { username: DEMO_ADMIN, nameZh: "演示管理员", nameEn: "Demo admin", language: "zh", passwordHash, createdAt: now, updatedAt: now }),
        insertRole(orm, staffIdOf(DEMO_ADMIN), "admin", "everywhere", 0, now),
      );
      for (const m of members) {
        writes.push(
          insertStaff(orm, { username: m.username, nameZh: m.nameZh, nameEn: m.nameEn, phone: m.phone, language: "zh", createdAt: now, updatedAt: now }),
          insertRole(orm, staffIdOf(m.username), m.role, m.placeKind, m.place, now),
        );
      }
      writes.push(insertAudit(orm, { at: now, actor: "system", action: "staff.demo", detail: { source: "demo", staff: members.length + 1 } }));
      return writes;
    });
  } catch (error) {
    if (isGuardFailure(error)) return null;
    throw error;
  }
  return { staff: members.length + 1, consoleAdmin: { username: DEMO_ADMIN, password } };
}

/** The demo staff onto the demo places, while there are no staff; the demo admin's login goes in the summary. */
export const staffSeed: Seed = {
  name: "staff",
  async load({ directory, now }) {
    const loaded = await loadDemoStaff(directory, now());
    return loaded ? { staff: loaded.staff, consoleAdmin: loaded.consoleAdmin } : { staff: 0 };
  },
};
