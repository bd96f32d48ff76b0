// The complaints' command lines, through their entries on an in-memory database: categories imported
// from YAML and CSV (errors per row and field, all or nothing, dry runs, audited, the same file twice
// changes nothing) and exported again; the month's register (BOM, rows, a named argument when wrong).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { desc, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runComplaintsCommand } from "../../scripts/complaints.js";
import { runReportCommand } from "../../scripts/report.js";
import { loadDemoData } from "../../src/demo/load.js";
import { auditLog, complaintCategories } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { DAY, HOUR, pastOne, placeIds, testCategory } from "../support/complaints.js";

let deps: DomainDeps;
let dir: string;
const NOW = Date.parse("2026-12-02T02:00:00Z");

beforeAll(async () => {
  const db = openSqlite(":memory:");
  await loadDemoData(db, NOW);
  deps = { db, directory: db, now: () => NOW, defaultTimeZone: "Asia/Shanghai" };
  dir = mkdtempSync(join(tmpdir(), "linli-complaints-"));
}, 60_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function cli(run: typeof runComplaintsCommand | typeof runReportCommand, args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { deps, out: (t: string) => out.push(t), err: (l: string) => err.push(l), operatorName: "tester" });
  return { code, out: out.join(""), err: err.join("\n") };
}

const file = (name: string, text: string) => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const categories = () => deps.directory.orm.select().from(complaintCategories).orderBy(complaintCategories.id);

const good = `categories:
  - code: cli-smoke
    name: { zh: 油烟, en: Oil smoke }
    keywords: { zh: 油烟|饭店, en: smoke }
    acknowledge_minutes: 120
    resolve_minutes: 1440
  - code: cli-water
    name: { zh: 供水, en: Water }
    access: not_here
    elsewhere: { zh: 请拨打水务热线, en: Call the water hotline, phone: "027-85855885" }
  - code: cli-smoke
    community: ja-huiminyuan
    name: { zh: 餐饮油烟, en: Restaurant smoke }
    handler: community_staff
`;

describe("npm run complaints -- categories", () => {
  it("refuses a file with errors, naming each row and field, and writes nothing", async () => {
    const before = (await categories()).length;
    const bad = file(
      "bad.yaml",
      `categories:
  - code: Bad Code
    name: { zh: 一, en: One }
  - code: cli-lights
    name: { zh: 路灯 }
    access: not_here
  - code: cli-parking
    community: nowhere
    name: { zh: 停车, en: Parking }
    acknowledge_minutes: 600
    resolve_minutes: 60
  - code: cli-gas
    name: { zh: 燃气, en: Gas }
    access: not_here
`,
    );
    const { code, err } = await cli(runComplaintsCommand, ["categories", "import", bad]);
    expect(code).toBe(1);
    expect(err).toContain("nothing was changed");
    expect(err).toContain("categories[1] (Bad Code) code: a code is 1–40 characters");
    expect(err).toContain("categories[2] (cli-lights) name.en:");
    expect(err).toContain("categories[4] (cli-gas) elsewhere.zh: says where it goes instead");
    expect(err).toContain("categories[3] (cli-parking) resolve_minutes: is at least acknowledge_minutes");
    expect((await categories()).length).toBe(before);
    // The community is checked once the rows themselves are right.
    const nowhere = file("nowhere.yaml", `categories:\n  - code: cli-parking\n    community: nowhere\n    name: { zh: 停车, en: Parking }\n`);
    const second = await cli(runComplaintsCommand, ["categories", "import", nowhere]);
    expect(second.err).toContain('categories[1] (cli-parking) community: no community has the code "nowhere"');
    expect((await categories()).length).toBe(before);
  });

  it("imports a good file all at once (a dry run first), audited; the same file again changes nothing", async () => {
    const path = file("good.yaml", good);
    const dry = await cli(runComplaintsCommand, ["categories", "import", path, "--dry-run"]);
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain("dry run, nothing written — would import");
    expect(dry.out).toContain("3 new, 0 updated");
    expect((await categories()).filter((c) => c.code.startsWith("cli-"))).toHaveLength(0);
    const real = await cli(runComplaintsCommand, ["categories", "import", path]);
    expect(real.code).toBe(0);
    const rows = (await categories()).filter((c) => c.code.startsWith("cli-"));
    expect(rows).toHaveLength(3);
    expect(rows.find((r) => r.code === "cli-smoke" && r.communityId !== null)).toMatchObject({ nameZh: "餐饮油烟", handlerRole: "community_staff" });
    expect(rows.find((r) => r.code === "cli-water")).toMatchObject({ access: "not_here", elsewherePhone: "027-85855885" });
    const [audit] = await deps.directory.orm.select().from(auditLog).where(eq(auditLog.action, "complaint-categories.import")).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "cli:tester", detail: { source: "good.yaml", added: 3, updated: 0, unchanged: 0 } });
    const again = await cli(runComplaintsCommand, ["categories", "import", path]);
    expect(again.out).toContain("0 new, 0 updated, 3 unchanged");
  });

  it("exports to CSV with a BOM, and the CSV imports back unchanged; a CSV with a broken row changes nothing", async () => {
    const out = join(dir, "categories.csv");
    expect((await cli(runComplaintsCommand, ["categories", "export", "--format", "csv", "--out", out])).code).toBe(0);
    const text = readFileSync(out, "utf8");
    expect(text.startsWith("\uFEFFcode,community,name_zh")).toBe(true);
    expect(text).toContain("cli-smoke,ja-huiminyuan,餐饮油烟");
    const back = await cli(runComplaintsCommand, ["categories", "import", out]);
    expect(back.code).toBe(0);
    expect(back.out).toMatch(/0 new, 0 updated, \d+ unchanged/);
    const broken = file("broken.csv", "code,name_zh,name_en,acknowledge_minutes\ncli-new,新的,New,60\ncli-bad,坏的,Bad,-5\n");
    const refused = await cli(runComplaintsCommand, ["categories", "import", broken]);
    expect(refused.code).toBe(1);
    expect(refused.err).toContain("row 3 (cli-bad) acknowledge_minutes: at least 1 minute");
    expect((await categories()).some((c) => c.code === "cli-new")).toBe(false);
    const yaml = await cli(runComplaintsCommand, ["categories", "export"]);
    expect(yaml.out).toContain("code: cli-water");
  });
});

describe("npm run report -- register", () => {
  it("writes the month's register with a BOM, for every place or one", async () => {
    const smoke = await testCategory(deps.db, "rep-smoke", "油烟");
    const g1 = await placeIds(deps, "ja-huiminyuan", "ja-huiminyuan-1");
    const at = Date.parse("2026-11-10T01:00:00Z");
    await pastOne(deps.db, { ...g1, categoryId: smoke, openedAt: at, status: "closed", acknowledgedAt: at + HOUR, fixedAt: at + DAY, closedAt: at + DAY });
    await pastOne(deps.db, { ...(await placeIds(deps, "ja-sanyanqiao")), categoryId: smoke, openedAt: at });
    const all = await cli(runReportCommand, ["register", "--month", "2026-11"]);
    expect(all.code).toBe(0);
    expect(all.out.startsWith("\uFEFF编号,受理时间")).toBe(true);
    expect(all.out.trim().split("\n")).toHaveLength(3);
    const one = await cli(runReportCommand, ["register", "--month", "2026-11", "--place", "ja-huiminyuan-1", "--lang", "en"]);
    expect(one.out.trim().split("\n")).toHaveLength(2);
    expect(one.out).toContain("Reference,Opened");
    const out = join(dir, "register.csv");
    expect((await cli(runReportCommand, ["register", "--month", "2026-11", "--out", out])).err).toContain("wrote 2 complaint(s)");
    expect(readFileSync(out, "utf8").startsWith("\uFEFF")).toBe(true);
  });

  it("names the argument that is wrong, and writes nothing", async () => {
    expect((await cli(runReportCommand, ["register", "--month", "2026-13"])).err).toContain("--month");
    expect((await cli(runReportCommand, ["register"])).err).toContain("--month is required");
    const place = await cli(runReportCommand, ["register", "--month", "2026-11", "--place", "nowhere"]);
    expect(place).toMatchObject({ code: 1, out: "" });
    expect(place.err).toContain('--place: no place has the code "nowhere"; nothing was written');
    expect((await cli(runReportCommand, ["register", "--month", "2026-11", "--lang", "fr"])).code).toBe(2);
    expect((await cli(runReportCommand, ["register", "--month", "2026-11", "--bogus"])).err).toContain("--bogus");
  });
});
