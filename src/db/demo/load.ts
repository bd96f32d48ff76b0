// Loads the demo data into an empty database (DEMO_DATA=true, the default), so that a fresh install can
// be tried at once. One statement per row: D1 allows at most 100 bound parameters per query.
import { importCatalog } from "../../domain/catalog/import.js";
import { sql } from "drizzle-orm";
import { guard, isGuardFailure } from "../atomic.js";
import type { Database, Write } from "../database.js";
import { countServices } from "../queries/catalog.js";
import { hasPlaces } from "../queries/places.js";
import { communities, districts, grids, streets } from "../schema.js";
import { demoCatalog } from "./catalog.js";
import { demoDistricts } from "./places.js";
import { loadDemoStaff } from "./staff.js";

export interface DemoSummary {
  districts: number;
  streets: number;
  communities: number;
  grids: number;
  agencies: number;
  services: number;
  staff: number;
  /** The demo admin's console login, made when the demo staff are loaded (print it once). */
  consoleAdmin?: { username: string; password: string };
}

/**
 * Loads the demo places into a database without places, and the demo service catalogue into one without
 * services. Returns what was loaded, or null when both were already there (nothing is touched then).
 */
export async function loadDemoData(db: Database, now = Date.now()): Promise<DemoSummary | null> {
  const summary: DemoSummary = { districts: 0, streets: 0, communities: 0, grids: 0, agencies: 0, services: 0, staff: 0 };
  const placesLoaded = await loadDemoPlaces(db, summary);
  let catalogLoaded = false;
  if ((await countServices(db.orm)) === 0) {
    const report = await importCatalog({ db, directory: db, now: () => now, defaultTimeZone: "Asia/Shanghai" }, demoCatalog, { actor: "system", source: "demo" });
    if (!report.ok) throw new Error(`the demo catalogue does not import: ${report.errors.join("; ")}`);
    summary.agencies = report.agencies.added;
    summary.services = report.services.added;
    catalogLoaded = true;
  }
  const staff = await loadDemoStaff(db, now);
  if (staff) {
    summary.staff = staff.staff;
    summary.consoleAdmin = staff.consoleAdmin;
  }
  return placesLoaded || catalogLoaded || staff ? summary : null;
}

/**
 * All demo places in one atomic write (one D1 batch), references resolved by name or code inside each
 * statement. The guard makes two isolates starting at once load them once: the loser's batch fails whole.
 */
async function loadDemoPlaces(db: Database, summary: DemoSummary): Promise<boolean> {
  if (await hasPlaces(db.orm)) return false;
  const counts = { districts: 0, streets: 0, communities: 0, grids: 0 };
  try {
    await db.atomic((orm) => {
      const writes: Write[] = [guard(orm, "no places yet", sql`NOT EXISTS (SELECT 1 FROM districts)`)];
      for (const [d, district] of demoDistricts.entries()) {
        writes.push(orm.insert(districts).values({ code: district.code, nameZh: district.zh, nameEn: district.en, sort: d }));
        counts.districts++;
        const districtId = sql`(SELECT id FROM districts WHERE name_zh = ${district.zh})`;
        for (const [s, street] of district.streets.entries()) {
          writes.push(
            orm.insert(streets).values({ districtId, code: street.code, nameZh: street.zh, nameEn: street.en, supervisionPhone: street.supervisionPhone, sort: s }),
          );
          counts.streets++;
          const streetId = sql`(SELECT id FROM streets WHERE name_zh = ${street.zh} AND district_id = ${districtId})`;
          for (const [c, community] of street.communities.entries()) {
            writes.push(
              orm.insert(communities).values({
                streetId,
                code: community.code,
                nameZh: community.zh,
                nameEn: community.en,
                rural: community.rural,
                timeZone: community.timeZone,
                stationAddressZh: community.station.addressZh,
                stationAddressEn: community.station.addressEn,
                stationHoursZh: community.station.hoursZh,
                stationHoursEn: community.station.hoursEn,
                stationPhone: community.station.phone,
                latitude: community.station.latitude,
                longitude: community.station.longitude,
                officeHours: community.station.week,
                officeExceptions: community.station.exceptions,
                hoursNoteZh: community.station.note?.zh ?? null,
                hoursNoteEn: community.station.note?.en ?? null,
                sort: c,
              }),
            );
            counts.communities++;
            for (const grid of community.grids) {
              writes.push(
                orm.insert(grids).values({
                  communityId: sql`(SELECT id FROM communities WHERE code = ${community.code})`,
                  code: grid.code,
                  nameZh: grid.zh,
                  nameEn: grid.en,
                  workerNameZh: grid.workerZh,
                  workerNameEn: grid.workerEn,
                }),
              );
              counts.grids++;
            }
          }
        }
      }
      return writes;
    });
  } catch (error) {
    if (isGuardFailure(error)) return false; // loaded by someone else in the meantime
    throw error;
  }
  Object.assign(summary, counts);
  return true;
}
