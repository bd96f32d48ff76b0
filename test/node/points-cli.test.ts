// npm run points -- rules import / export / verify, through its entry (runPointsCommand) on an in-memory
// database, and once as the real process on a database file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { desc, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../../src/demo/load.js";
import { openSqlite } from "../../src/db/sqlite.js";
import { auditLog, pointAccounts, pointRules, pointTransfers } from "../../src/db/schema.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { ruleByCode } from "../../src/db/queries/points.js";
import { ensureCommunityAccount } from "../../src/domain/points/accounts.js";
import { awardPlan, post } from "../../src/domain/points/ledger.js";
import { runPointsCommand } from "../../scripts/points.js";

let deps: DomainDeps;
let files: Record<string, string> = {};

beforeAll(async () => {
  const db = openSqlite(":memory:");
  await loadDemoData(db);
  deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
}, 60_000);

async function points(args: string) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runPointsCommand(args.split(" ").filter(Boolean), {
    deps,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    operatorName: "tester",
    readFile: (path) => {
      if (!(path in files)) throw new Error(`ENOENT: no such file, open '${path}'`);
      return files[path]!;
    },
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

const count = async () => (await deps.directory.orm.select({ n: sql<number>`count(*)` }).from(pointRules))[0]!.n;

describe("npm run points", () => {
  it("rules import: a dry run says what would change and writes nothing; the real one upserts by code, audited", async () => {
    files = {
      "city.yaml": `rules:
  - code: garbage-sorting-duty
    category: community_building
    name: { zh: 垃圾分类督导（每次 1 小时）, en: Garbage-sorting steward (1 hour) }
    points: 6
    evidence: photo
    awarded_by: grid_worker
    caps: { day: 1 }
    claimable: true
  - code: jiangan-river-patrol
    category: public_order
    district: jiangan
    name: { zh: 江滩巡河志愿服务, en: Riverside patrol volunteering }
    points: 4
    caps: { month: 4 }
`,
    };
    const before = await count();
    const dry = await points("rules import city.yaml --dry-run");
    expect(dry).toMatchObject({ code: 0 });
    expect(dry.out).toContain("dry run, nothing written — would import city.yaml: 1 new rules, 1 updated");
    expect(await count()).toBe(before);
    const real = await points("rules import city.yaml");
    expect(real.code).toBe(0);
    expect(await count()).toBe(before + 1);
    expect(await ruleByCode(deps.directory.orm, "garbage-sorting-duty")).toMatchObject({ points: 6, capDay: 1, capMonth: null, example: false });
    const [audit] = await deps.directory.orm.select().from(auditLog).where(eq(auditLog.action, "points.rules.import")).orderBy(desc(auditLog.id)).limit(1);
    expect(audit).toMatchObject({ actor: "cli:tester", detail: { source: "city.yaml", added: 1, updated: 1 } });
  });

  it("rules import: every error by row and field, and nothing changes", async () => {
    files = {
      "bad.yaml": `rules:
  - code: ok-rule
    category: public_virtue
    name: { zh: 好, en: good }
    points: 3
  - code: Bad Code
    category: mischief
    name: { zh: "", en: x }
    points: 0
  - code: ok-rule
    category: public_virtue
    name: { zh: 重复, en: twice }
    points: -2
    claimable: true
    district: atlantis
`,
      "bad.csv": "code,category,name_zh,name_en,points,cap_day\nfine-rule,public_order,好,good,2,\nbroken,public_order,坏,bad,abc,0\n",
      "odd.csv": "code,category,name_zh,name_en,points,colour\n",
      "unclosed.csv": 'code,category,name_zh,name_en,points\nx,public_order,"never closed,y,1\n',
      "broken.yaml": "rules: [",
    };
    const before = await count();
    const bad = await points("rules import bad.yaml");
    expect(bad.code).toBe(1);
    expect(bad.err).toContain("bad.yaml has");
    expect(bad.err).toContain("rules[2] (Bad Code) code: a rule code is 2–48 characters of a–z, 0–9 and -");
    expect(bad.err).toContain("rules[2] (Bad Code) category: must be one of public_order, public_virtue, community_building, rewards_penalties");
    expect(bad.err).toContain("rules[2] (Bad Code) name.zh: must not be empty");
    expect(bad.err).toMatch(/rules\[2\] \(Bad Code\) points: must not be 0/);
    const semantic = await points("rules import bad.yaml");
    expect(semantic.err).not.toContain("rules[1]");
    files["bad.yaml"] = files["bad.yaml"]!.replace("code: Bad Code\n    category: mischief\n    name: { zh: \"\", en: x }\n    points: 0", "code: other-rule\n    category: public_order\n    name: { zh: 好, en: x }\n    points: 1");
    const second = await points("rules import bad.yaml");
    expect(second.err).toContain("rules[3] (ok-rule) code: appears twice in the file");
    expect(second.err).toContain('rules[3] (ok-rule) district: no district "atlantis"');
    expect(second.err).toContain("rules[3] (ok-rule) claimable: a penalty cannot be claimed");
    const csv = await points("rules import bad.csv");
    expect(csv.code).toBe(1);
    expect(csv.err).toMatch(/row 3 \(broken\) points: must be a whole number/);
    expect(csv.err).toMatch(/row 3 \(broken\) caps_day: must be a whole number above 0/);
    expect((await points("rules import odd.csv")).err).toContain("row 1: unknown column(s) colour");
    expect((await points("rules import unclosed.csv")).err).toMatch(/row \d+: a quoted cell is never closed/);
    expect((await points("rules import broken.yaml")).err).toContain("is not valid YAML/JSON");
    expect((await points("rules import missing.yaml")).err).toContain("cannot read missing.yaml");
    expect((await points("rules import")).code).toBe(2);
    expect((await points("rules import bad.yaml --force")).code).toBe(2);
    expect(await count()).toBe(before);
  });

  it("rules export gives back what import takes (YAML and CSV with a byte-order mark)", async () => {
    const yaml = await points("rules export");
    expect(yaml.out).toContain("code: garbage-sorting-duty");
    files = { "again.yaml": yaml.out };
    expect((await points("rules import again.yaml --dry-run")).out).toMatch(/would import again.yaml: 0 new rules, \d+ updated/);
    const csv = await points("rules export --format csv");
    expect(csv.out.charCodeAt(0)).toBe(0xfeff);
    files = { "again.csv": csv.out };
    expect((await points("rules import again.csv --dry-run")).code).toBe(0);
  });

  it("verify: recomputes every balance from the entries, and names an account whose row was changed behind the ledger's back", async () => {
    // One award on the ledger, as staff would make it.
    const issuance = await ensureCommunityAccount(deps, 1, "issuance");
    await deps.db.orm.insert(pointAccounts).values({ kind: "resident", communityId: 1, createdAt: 0 });
    const [someone] = await deps.db.orm.select().from(pointAccounts).where(eq(pointAccounts.kind, "resident")).limit(1);
    expect((await post(deps, awardPlan({ key: "cli-test", at: Date.now(), timeZone: "Asia/Shanghai", to: someone!, issuance, rule: { code: "greening", category: "community_building" }, amount: 5 }))).ok).toBe(true);
    const ok = await points("verify");
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("ok: every balance equals the sum of its entries");
    // Entries cannot be changed or deleted at all…
    await expect(deps.db.orm.update(pointTransfers).set({ amount: 1 })).rejects.toThrow(/never changed/);
    await expect(deps.db.orm.delete(pointTransfers)).rejects.toThrow(/never deleted/);
    // …but a balance edited by hand is found.
    const [account] = await deps.db.orm.select().from(pointAccounts).where(eq(pointAccounts.kind, "shop")).limit(1);
    await deps.db.orm.update(pointAccounts).set({ balance: 7 }).where(eq(pointAccounts.id, account!.id));
    const found = await points("verify");
    expect(found.code).toBe(1);
    expect(found.err).toContain(`account ${account!.id}: the balance kept is 7, its entries make 0`);
    expect(found.err).toContain("the balances sum to 7, not 0");
    await deps.db.orm.update(pointAccounts).set({ balance: 0 }).where(eq(pointAccounts.id, account!.id));
  });

  it("runs as a process on the database file", () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-points-"));
    try {
      const env = { ...process.env, DATABASE_PATH: join(dir, "linli.db"), DEMO_DATA: "false", LOG_LEVEL: "silent" };
      writeFileSync(join(dir, "rules.csv"), "code,category,name_zh,name_en,points\nhelp-neighbour,public_virtue,帮助邻居,Helping a neighbour,2\n");
      const run = (...args: string[]) => spawnSync(process.execPath, ["--import", "tsx", "scripts/points.ts", ...args], { env, encoding: "utf8" });
      const imported = run("rules", "import", join(dir, "rules.csv"));
      expect(imported.status, imported.stderr).toBe(0);
      expect(imported.stdout).toContain("1 new rules");
      const verified = run("verify");
      expect(verified.status, verified.stderr).toBe(0);
      expect(verified.stdout).toContain("0 accounts, 0 entries");
      expect(run("nonsense").status).toBe(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
