// /api/services and the Open311 GeoReport v2 service list.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoDistricts } from "../../src/demo/places.js";
import { importCatalog } from "../../src/domain/catalog/import.js";
import { startHarness, type Harness } from "../support/harness.js";
import { objectPropertyNames } from "../support/updates.js";

let h: Harness;
beforeAll(async () => {
  h = await startHarness({ now: Date.parse("2026-11-23T02:00:00Z") });
});
afterAll(() => h.close());

const get = async (path: string) => {
  const res = await h.app.request(path);
  return { status: res.status, body: (await res.json()) as any };
};
const community = demoDistricts[0]!.streets[0]!.communities[0]!;

describe("GET /api/services", () => {
  it("searches in residents' words and lists by group", async () => {
    const { status, body } = await get(`/api/services?q=${encodeURIComponent("吃低保")}`);
    expect(status).toBe(200);
    expect(body.services[0]).toMatchObject({ code: "minimum-living-allowance", access: "assisted" });
    const all = await get("/api/services?limit=50");
    expect(all.body.count).toBe(50);
    const english = await get("/api/services?q=residence%20permit&lang=en");
    expect(english.body.services[0]).toMatchObject({ code: "residence-permit", title: expect.stringMatching(/Residence/i) });
  });

  it("gives each listed service the community's own access answer where it has one", async () => {
    const report = await importCatalog(h.domain, { community_answers: [{ community: community.code, service: "minimum-living-allowance", access: "handled" }] });
    expect(report.ok).toBe(true);
    const { body } = await get(`/api/services?q=${encodeURIComponent("低保")}&community=${community.code}`);
    expect(body.services[0]).toMatchObject({ code: "minimum-living-allowance", access: "handled" });
    const elsewhere = await get(`/api/services?q=${encodeURIComponent("低保")}`);
    expect(elsewhere.body.services[0]).toMatchObject({ code: "minimum-living-allowance", access: "assisted" });
  });

  it("answers 400 with a reason for bad parameters", async () => {
    for (const [query, word] of [
      ["limit=0", "limit"],
      ["limit=abc", "limit"],
      ["lang=fr", "lang"],
      ["group=NOT%20A%20CODE", "group"],
      ["group=no-such-group", "no group"],
      ["community=nowhere", "no community"],
      [`q=${"长".repeat(101)}`, "q"],
    ] as const) {
      const { status, body } = await get(`/api/services?${query}`);
      expect(status, query).toBe(400);
      expect(body.error, query).toContain(word);
    }
  });

  it("gives one service in full, with the community's access answer and whether the office is open", async () => {
    const { status, body } = await get(`/api/services/old-age-allowance?community=${community.code}`);
    expect(status).toBe(200);
    expect(body.materials.length).toBeGreaterThan(0);
    expect(body.office).toMatchObject({ open_now: true, time_zone: "Asia/Shanghai" });
    expect(body.community).toMatchObject({ code: community.code, station: { phone: community.station.phone } });
    expect((await get("/api/services/no-such-thing")).status).toBe(404);
    expect((await get("/api/services/BAD!")).status).toBe(400);
  });
});

describe("Open311 GeoReport v2", () => {
  it("lists services with the GeoReport fields", async () => {
    const { status, body } = await get("/open311/v2/services.json");
    expect(status).toBe(200);
    expect(body.length).toBeGreaterThanOrEqual(40);
    expect(Object.keys(body[0]).sort()).toEqual(["description", "group", "keywords", "metadata", "service_code", "service_name", "type"]);
    const english = await get("/open311/v2/services.json?locale=en");
    expect(english.body[0].service_name).toMatch(/^[\x20-\x7e’–—]+$/);
  });

  it("gives a service definition and 404 for an unknown code", async () => {
    const { status, body } = await get("/open311/v2/services/residence-permit.json");
    expect(status).toBe(200);
    expect(body).toMatchObject({ service_code: "residence-permit", metadata: false, attributes: [] });
    expect((await get("/open311/v2/services/nothing-here.json")).status).toBe(404);
  });

  it("answers a locale, a code or a parameter named like an object's property as it answers any unknown one", async () => {
    for (const name of objectPropertyNames) {
      const locale = await get(`/open311/v2/services.json?locale=${name}`);
      expect(locale.status, name).toBe(400);
      expect(locale.body.error, name).toContain("locale");
      expect((await get(`/open311/v2/services/${name.toLowerCase().replace(/_/g, "")}.json`)).status, name).toBe(404);
      expect((await get(`/api/services/${name.toLowerCase().replace(/_/g, "")}`)).status, name).toBe(404);
      expect((await get(`/api/services?${name}=1&lang=zh`)).status, name).toBe(200);
      const group = await get(`/api/services?group=${name.toLowerCase().replace(/_/g, "")}`);
      expect(group.status, name).toBe(400);
      expect(group.body.error, name).toContain("no group");
    }
  });
});
