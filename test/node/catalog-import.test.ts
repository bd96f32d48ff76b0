// Staff replacing or updating the catalogue from a file: validated per row and field, all or nothing,
// idempotent by code; YAML and CSV; and the CLI around it.
import { execFile } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { allGroups, allServices, countServices, findServiceByCode } from "../../src/db/queries/catalog.js";
import { auditLog } from "../../src/db/schema.js";
import { demoCatalog } from "../../src/demo/catalog.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { catalogToCsv, csvToCatalog } from "../../src/domain/catalog/csv.js";
import { exportCatalog } from "../../src/domain/catalog/export.js";
import { catalogSchema } from "../../src/domain/catalog/format.js";
import { csvRow, importCatalog } from "../../src/domain/catalog/import.js";
import { rememberMiss, searchServices } from "../../src/domain/catalog/search.js";
import { startHarness } from "../support/harness.js";

const fresh = () => {
  const db = openSqlite(":memory:");
  return { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
};

describe("catalogue import", () => {
  it("checks a dry run without writing, then imports, and a second import changes nothing", async () => {
    const deps = fresh();
    const dry = await importCatalog(deps, demoCatalog, { dryRun: true });
    expect(dry).toMatchObject({ ok: true, dryRun: true, services: { added: demoCatalog.services!.length, updated: 0 } });
    expect(await countServices(deps.db.orm)).toBe(0);

    const first = await importCatalog(deps, demoCatalog);
    expect(first.services.added).toBeGreaterThanOrEqual(40);
    const again = await importCatalog(deps, demoCatalog, { actor: "cli:ops", source: "demo.yaml" });
    expect(again.services).toEqual({ added: 0, updated: first.services.added });
    expect(await countServices(deps.db.orm)).toBe(first.services.added);
    // Each import that wrote something is in the audit log; the dry run is not.
    const audit = await deps.db.orm.select().from(auditLog);
    expect(audit).toHaveLength(2);
    expect(audit[1]).toMatchObject({ actor: "cli:ops", action: "catalog.import", detail: { source: "demo.yaml", services: { added: 0 } } });
  });

  it("names the row and field of every error and changes nothing", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const [one, two] = demoCatalog.services!;
    const bad = {
      services: [
        { ...one!, title: { zh: "改过的标题", en: "Changed" } },
        { ...two!, title: { zh: "标题", en: "" }, access: "maybe" },
        { ...one!, code: "Bad Code!" },
        { ...two!, code: "new-item", group: "no-such-group", agency: "no-such-agency" },
      ],
    };
    const report = await importCatalog(deps, bad);
    expect(report.ok).toBe(false);
    const errors = report.errors.join("\n");
    expect(errors).toContain(`services[2] (${two!.code}) title.en: English text is required`);
    expect(errors).toMatch(/services\[2\] .*access/);
    expect(errors).toMatch(/services\[3\] .*code: a code is/);
    // The first row was fine but nothing is written when any row is wrong.
    expect((await findServiceByCode(deps.db.orm, one!.code))?.titleZh).toBe(one!.title.zh);

    const references = await importCatalog(deps, { services: [{ ...two!, code: "new-item", group: "no-such-group", agency: "no-such-agency" }] });
    expect(references.errors).toEqual([
      'services[1] (new-item) group: no group "no-such-group"',
      'services[1] (new-item) agency: no agency "no-such-agency"',
    ]);
  });

  it("updates an item by code and the search index follows", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const item = demoCatalog.services!.find((s) => s.code === "old-age-allowance")!;
    await importCatalog(deps, { services: [{ ...item, keywords: { zh: [...item.keywords!.zh, "长寿红包"], en: item.keywords!.en } }] });
    expect((await searchServices(deps, "长寿红包"))[0]?.service.code).toBe("old-age-allowance");
  });

  it("round-trips through export, YAML and CSV", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const exported = await exportCatalog(deps);
    expect(catalogSchema.parse(exported)).toEqual(catalogSchema.parse(demoCatalog));

    const csv = catalogToCsv(exported);
    const back = csvToCatalog(csv);
    expect(back.services).toHaveLength(exported.services.length);
    const report = await importCatalog(deps, back, { rowLabel: csvRow });
    expect(report).toMatchObject({ ok: true, services: { added: 0, updated: exported.services.length } });
  });

  it("reports CSV errors by spreadsheet row and column", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const exported = await exportCatalog(deps);
    const lines = catalogToCsv({ ...exported, services: exported.services.slice(0, 3) }).trimEnd().split("\n");
    lines[2] = lines[2]!.replace(/,(handled|assisted|not_here),/, ",sometimes,");
    const report = await importCatalog(deps, csvToCatalog(lines.join("\n")), { rowLabel: csvRow });
    expect(report.ok).toBe(false);
    expect(report.errors[0]).toMatch(/^row 3 \([a-z-]+\) access: /);
  });
});

describe("a partial import", () => {
  const newGroup = { code: "pets", name: { zh: "宠物", en: "Pets" } };
  const newService = (code: string, group: string) => ({ ...demoCatalog.services![0]!, code, group });

  it("lists new groups and services after the existing ones, in the file's order, and leaves the others where they were", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const groupsBefore = (await allGroups(deps.db.orm)).map((g) => g.code);
    const servicesBefore = (await allServices(deps.db.orm)).map((s) => s.code);
    const updated = demoCatalog.services![3]!;

    const report = await importCatalog(deps, {
      groups: [newGroup],
      services: [newService("dog-licence", "pets"), { ...updated, keywords: { zh: ["改过"], en: [] } }, newService("cat-licence", "pets")],
    });
    expect(report.ok).toBe(true);
    expect((await allGroups(deps.db.orm)).map((g) => g.code)).toEqual([...groupsBefore, "pets"]);
    expect((await allServices(deps.db.orm)).map((s) => s.code)).toEqual([...servicesBefore, "dog-licence", "cat-licence"]);
    // Residents see them in that order too.
    const h = await startHarness({ db: deps.db });
    try {
      const listed = (await (await h.app.request("/api/services?limit=50&group=pets")).json()) as { services: { code: string }[] };
      expect(listed.services.map((s) => s.code)).toEqual(["dog-licence", "cat-licence"]);
    } finally {
      await h.close();
    }
  });

  it("puts a row where the file's sort says", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    await importCatalog(deps, { groups: [{ ...newGroup, sort: 0 }, { ...demoCatalog.groups![0]!, sort: 5 }] });
    const groups = await allGroups(deps.db.orm);
    expect(groups[0]!.code).toBe("pets");
    expect(groups.find((g) => g.code === demoCatalog.groups![0]!.code)!.sort).toBe(5);
  });

  it("links a subgroup listed before its parent, and keeps the file's order for both", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const report = await importCatalog(deps, { groups: [{ code: "cats", parent: "pets", name: { zh: "猫", en: "Cats" } }, newGroup] });
    expect(report.errors).toEqual([]);
    const groups = await allGroups(deps.db.orm);
    const [cats, pets] = [groups.find((g) => g.code === "cats")!, groups.find((g) => g.code === "pets")!];
    expect(cats.parentId).toBe(pets.id);
    expect(groups.slice(-2).map((g) => g.code)).toEqual(["cats", "pets"]);
  });

  it("refuses a third level, counting the groups already in the database, and changes nothing", async () => {
    const deps = fresh();
    await importCatalog(deps, demoCatalog);
    const sub = demoCatalog.groups!.find((g) => g.parent)!; // e.g. employment, under jobs-social-security
    const top = demoCatalog.groups!.find((g) => g.code === sub.parent)!;
    const otherTop = demoCatalog.groups!.find((g) => !g.parent && g.code !== top.code)!;

    const under = await importCatalog(deps, { groups: [{ ...newGroup, parent: sub.code }] });
    expect(under.errors).toEqual([`groups[1] (pets) parent: "${sub.code}" is itself a subgroup (of "${top.code}"); groups have two levels`]);
    const moved = await importCatalog(deps, { groups: [{ ...top, parent: otherTop.code }] });
    expect(moved.errors).toEqual([expect.stringMatching(new RegExp(`^groups\\[1\\] \\(${top.code}\\) parent: "${top.code}" has subgroups of its own \\(.*${sub.code}.*\\); groups have two levels$`))]);
    expect((await allGroups(deps.db.orm)).find((g) => g.code === "pets")).toBeUndefined();
    expect((await allGroups(deps.db.orm)).find((g) => g.code === top.code)!.parentId).toBeNull();

    // Made a top-level group in the same file, a subgroup may take children.
    const lifted = await importCatalog(deps, { groups: [{ ...sub, parent: undefined }, { ...newGroup, parent: sub.code }] });
    expect(lifted.errors).toEqual([]);
  });
});

describe("npm run catalog", () => {
  const run = (args: string[], env: Record<string, string>) =>
    promisify(execFile)("node", ["--import", "tsx", "scripts/catalog.ts", ...args], { env: { ...process.env, ...env } }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => e,
    );

  it("imports a YAML file, refuses a bad one with its errors, and exports", async () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-catalog-"));
    const env = { DATABASE_PATH: join(dir, "linli.db"), DEMO_DATA: "false" };
    writeFileSync(join(dir, "good.yaml"), stringify(demoCatalog));
    writeFileSync(join(dir, "bad.yaml"), stringify({ services: [{ code: "x", title: { zh: "只有中文" } }] }));

    const dry = await run(["import", join(dir, "good.yaml"), "--dry-run"], env);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toContain("dry run");
    const good = await run(["import", join(dir, "good.yaml")], env);
    expect(good.stdout).toMatch(/services: \d+ new, 0 updated/);
    const bad = await run(["import", join(dir, "bad.yaml")], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain("nothing was changed");
    expect(bad.stderr).toContain("services[1] (x) title.en");

    // What residents asked and did not find, most asked first.
    const db = openSqlite(env.DATABASE_PATH);
    const deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
    for (const q of ["养狗登记", "养狗登记", "dog licence"]) await deps.db.atomic(rememberMiss(deps, q, /[a-z]/.test(q) ? "en" : "zh", null));
    db.close();
    const misses = await run(["misses", "--days", "7"], env);
    expect(misses.stdout.split("\n").slice(1, 3)).toEqual(["    2  zh  养狗登记", "    1  en  dog licence"]);

    const out = join(dir, "export.csv");
    expect((await run(["export", "--format", "csv", "--out", out], env)).code).toBe(0);
    // With a byte-order mark, so that Excel reads the Chinese as UTF-8.
    expect(readFileSync(out, "utf8").split("\n")[0]).toMatch(/^\uFEFFcode,group,agency,access/);
  }, 60_000);
});
