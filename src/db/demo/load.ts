// Loads the demo places into an empty database (DEMO_DATA=true, the default), so that a fresh install
// can be tried at once. One statement per row: D1 allows at most 100 bound parameters per query.
import { importCatalog } from "../../domain/catalog/import.js";
import type { Database } from "../database.js";
import { countServices } from "../queries/catalog.js";
import { hasPlaces } from "../queries/places.js";
import { communities, districts, grids, streets } from "../schema.js";
import { demoCatalog } from "./catalog.js";
import { demoDistricts } from "./places.js";

export interface DemoSummary {
  districts: number;
  streets: number;
  communities: number;
  grids: number;
  agencies: number;
  services: number;
}

/**
 * Loads the demo places into a database without places, and the demo service catalogue into one without
 * services. Returns what was loaded, or null when both were already there (nothing is touched then).
 */
export async function loadDemoData(db: Database, now = Date.now()): Promise<DemoSummary | null> {
  const summary: DemoSummary = { districts: 0, streets: 0, communities: 0, grids: 0, agencies: 0, services: 0 };
  const placesLoaded = await loadDemoPlaces(db, summary);
  let catalogLoaded = false;
  if ((await countServices(db.orm)) === 0) {
    const report = await importCatalog({ db, now: () => now, defaultTimeZone: "Asia/Shanghai" }, demoCatalog, { actor: "system", source: "demo" });
    if (!report.ok) throw new Error(`the demo catalogue does not import: ${report.errors.join("; ")}`);
    summary.agencies = report.agencies.added;
    summary.services = report.services.added;
    catalogLoaded = true;
  }
  return placesLoaded || catalogLoaded ? summary : null;
}

async function loadDemoPlaces(db: Database, summary: DemoSummary): Promise<boolean> {
  const orm = db.orm;
  if (await hasPlaces(orm)) return false;
  for (const [d, district] of demoDistricts.entries()) {
    const [dRow] = await orm
      .insert(districts)
      .values({ nameZh: district.zh, nameEn: district.en, sort: d })
      .returning({ id: districts.id });
    summary.districts++;
    for (const [s, street] of district.streets.entries()) {
      const [sRow] = await orm
        .insert(streets)
        .values({ districtId: dRow!.id, nameZh: street.zh, nameEn: street.en, sort: s })
        .returning({ id: streets.id });
      summary.streets++;
      for (const [c, community] of street.communities.entries()) {
        const [cRow] = await orm
          .insert(communities)
          .values({
            streetId: sRow!.id,
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
            sort: c,
          })
          .returning({ id: communities.id });
        summary.communities++;
        for (const grid of community.grids) {
          await orm.insert(grids).values({
            communityId: cRow!.id,
            nameZh: grid.zh,
            nameEn: grid.en,
            workerNameZh: grid.workerZh,
            workerNameEn: grid.workerEn,
          });
          summary.grids++;
        }
      }
    }
  }
  return true;
}
