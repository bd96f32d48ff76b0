// npm run staff -- …: the command line an operator uses, called through its entry (runStaffCommand) on
// an in-memory database, and once as the real process on a database file.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { count, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { loadDemoData } from "../../src/demo/load.js";
import { auditLog, consoleSessions, staff, staffLinks, staffRoles, staffTokens } from "../../src/db/schema.js";
import { openSqlite } from "../../src/db/sqlite.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { linkTelegram } from "../../src/domain/staff/links.js";
import { loginWithPassword } from "../../src/domain/staff/sessions.js";
import { tokenHash } from "../../src/domain/staff/secrets.js";
import { viewerForToken } from "../../src/domain/staff/tokens.js";
import { runStaffCommand } from "../../scripts/staff.js";

let deps: DomainDeps;

beforeAll(async () => {
  const db = openSqlite(":memory:");
  await loadDemoData(db);
  deps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
}, 60_000);

async function staffCli(args: string, stdin = "", botUsername: string | null = "linli_test_bot") {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runStaffCommand(args.split(" ").filter(Boolean), {
    deps,
    readStdin: async () => stdin,
    out: (l) => out.push(l),
    err: (l) => err.push(l),
    botUsername: botUsername ?? undefined,
    operatorName: "tester",
  });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

async function snapshot() {
  const o = deps.directory.orm;
  const n = async (t: typeof staff | typeof staffRoles | typeof staffLinks | typeof staffTokens | typeof auditLog) => (await o.select({ n: count() }).from(t))[0]!.n;
  return [await n(staff), await n(staffRoles), await n(staffLinks), await n(staffTokens), await n(auditLog)];
}

describe("npm run staff", () => {
  it("add: creates the staff member with a role, prints a one-time Telegram invitation, and records it", async () => {
    const { code, out } = await staffCli("add --username li.juan --name 李娟 --name-en Li_Juan --role grid_worker --place ja-huiminyuan-1 --phone 027-5556-8888");
    expect(code).toBe(0);
    expect(out).toContain("added li.juan (李娟): grid_worker@ja-huiminyuan-1");
    const link = /https:\/\/t\.me\/linli_test_bot\?start=s-([A-Za-z0-9_-]+)/.exec(out);
    expect(link).not.toBeNull();
    expect("s-".length + link![1]!.length).toBeLessThanOrEqual(64); // Telegram's limit for start parameters
    // Stored hashed, never as given.
    const [invite] = await deps.directory.orm.select().from(staffLinks).where(eq(staffLinks.tokenHash, tokenHash(link![1]!)));
    expect(invite).toMatchObject({ kind: "invite", usedAt: null });
    expect(invite!.expiresAt - invite!.createdAt).toBe(72 * 60 * 60 * 1000);
    expect((await linkTelegram(deps, link![1]!, 5551)).username).toBe("li.juan");
    const [audit] = (await deps.directory.orm.select().from(auditLog).where(eq(auditLog.action, "staff.add"))).slice(-1);
    expect(audit).toMatchObject({ actor: "cli:tester" });
    expect(audit!.detail).toMatchObject({ staff: "li.juan", after: { roles: ["grid_worker@ja-huiminyuan-1"], phone: "027-5556-8888" } });
  });

  it("add --password-stdin: the password from stdin logs in; it is stored as argon2id", async () => {
    const { code } = await staffCli("add --username chen.jing --name 陈静 --role community_staff --place ja-huiminyuan --password-stdin", "a long enough password\nignored line\n");
    expect(code).toBe(0);
    const [row] = await deps.directory.orm.select().from(staff).where(eq(staff.username, "chen.jing"));
    expect(row!.passwordHash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
    expect((await loginWithPassword(deps, { username: "chen.jing", password: "a long enough password", address: null })).ok).toBe(true);
  });

  it("refuses a bad command naming the argument, and changes nothing", async () => {
    const before = await snapshot();
    const cases: [string, RegExp, number][] = [
      ["add --username li.juan --name 李 --role grid_worker --place ja-huiminyuan-1", /--username: "li.juan" is taken/, 1],
      ["add --username x --name 李 --role grid_worker --place ja-huiminyuan-1", /--username: a username is 2–32/, 1],
      ["add --username new.one --name 李 --role grid_worker --place ja-huiminyuan", /--place: no grid has the code "ja-huiminyuan"/, 1],
      ["add --username new.one --name 李 --role boss --place ja-huiminyuan", /--role: "boss" is not a role/, 2],
      ["add --username new.one --name 李 --role grid_worker", /--place is required/, 2],
      ["add --username new.one --name 李 --role admin --place ja-huiminyuan", /--place: admin is held everywhere/, 2],
      ["add --username new.one --role grid_worker --place ja-huiminyuan-1", /--name is required/, 2],
      ["add --username new.one --name 李 --role grid_worker --place ja-huiminyuan-1 --phone call-me", /--phone: a phone number/, 1],
      ["add --username new.one --name 李 --role grid_worker --place ja-huiminyuan-1 --password-stdin", /--password-stdin: stdin is empty/, 2],
      ["add --usernam new.one", /Unknown option '--usernam'/, 2],
      ["role --username li.juan --add grid_worker@nowhere", /--place: no grid has the code "nowhere"/, 1],
      ["role --username li.juan --add grid_worker@ja-huiminyuan-1", /already is grid_worker@ja-huiminyuan-1/, 1],
      ["role --username li.juan --remove street_admin@jiangan-houhu", /is not street_admin@jiangan-houhu/, 1],
      ["role --username li.juan --add grid_worker", /--add: grid_worker needs a place/, 1],
      ["role --username li.juan", /exactly one of --add/, 2],
      ["disable --username nobody", /no such staff member/, 1],
      ["token --username li.juan --name " + "x".repeat(61), /--name: must be at most 60/, 1],
      ["list --place nowhere", /--place: no place has the code "nowhere"/, 1],
      ["sack --username li.juan", /unknown command "sack"/, 2],
      ["", /which command/, 2],
    ];
    for (const [args, message, exit] of cases) {
      const stdin = args.includes("--password-stdin") ? "" : "unused";
      const { code, err } = await staffCli(args, stdin);
      expect(err, args).toMatch(message);
      expect(code, args).toBe(exit);
    }
    expect(await snapshot()).toEqual(before);
  });

  it("role --add / --remove gives and takes roles at places, admin without one", async () => {
    expect((await staffCli("role --username li.juan --add community_staff@ja-huiminyuan")).out).toBe("li.juan: grid_worker@ja-huiminyuan-1 community_staff@ja-huiminyuan");
    expect((await staffCli("role --username li.juan --remove grid_worker@ja-huiminyuan-1")).out).toBe("li.juan: community_staff@ja-huiminyuan");
    expect((await staffCli("role --username li.juan --add admin")).out).toBe("li.juan: community_staff@ja-huiminyuan admin");
    expect((await staffCli("role --username li.juan --remove admin")).code).toBe(0);
  });

  it("list [--place CODE]: everyone, or those working at or below a place", async () => {
    const { out } = await staffCli("list --place ja-huiminyuan");
    const lines = out.split("\n");
    expect(lines.map((l) => l.split("\t")[0])).toEqual(["chen.jing", "cs-ja-huiminyuan", "gw-ja-huiminyuan-1", "gw-ja-huiminyuan-2", "gw-ja-huiminyuan-3", "li.juan", "pa-ja-huiminyuan"]);
    expect(lines.find((l) => l.startsWith("li.juan"))).toContain("telegram");
    const street = await staffCli("list --place street:jiangan-houhu");
    expect(street.out).toContain("sa-jiangan-houhu");
    expect(street.out).not.toContain("da-jiangan");
    expect((await staffCli("list")).out.split("\n").length).toBeGreaterThan(400);
  });

  it("token: prints a new API token once, stored as SHA-256, that acts as the staff member", async () => {
    const { code, out, err } = await staffCli("token --username chen.jing --name dashboard");
    expect(code).toBe(0);
    expect(err).toContain("shown once");
    expect(out).toMatch(/^linli_[A-Za-z0-9_-]{43}$/);
    const [row] = await deps.directory.orm.select().from(staffTokens).where(eq(staffTokens.tokenHash, tokenHash(out)));
    expect(row).toMatchObject({ label: "dashboard" });
    expect((await viewerForToken(deps, out, null))?.member.username).toBe("chen.jing");
  });

  it("invite: a new one-time link; without a bot username, the /start command to send", async () => {
    expect((await staffCli("invite --username chen.jing")).out).toMatch(/^invitation \(valid 72 h, one use\): https:\/\/t\.me\/linli_test_bot\?start=s-/);
    expect((await staffCli("invite --username chen.jing", "", null)).out).toMatch(/send "\/start s-[A-Za-z0-9_-]+" to the bot/);
  });

  it("disable: sessions end and tokens stop; enable undoes it", async () => {
    const login = await loginWithPassword(deps, { username: "chen.jing", password: "a long enough password", address: null });
    expect(login.ok).toBe(true);
    const token = (await staffCli("token --username chen.jing")).out;
    expect((await staffCli("disable --username chen.jing")).out).toBe("chen.jing: disabled (sessions ended, tokens stopped)");
    const [member] = await deps.directory.orm.select().from(staff).where(eq(staff.username, "chen.jing"));
    expect(await deps.directory.orm.select().from(consoleSessions).where(eq(consoleSessions.staffId, member!.id))).toEqual([]);
    expect(await viewerForToken(deps, token, null)).toBeNull();
    expect((await loginWithPassword(deps, { username: "chen.jing", password: "a long enough password", address: null })).ok).toBe(false);
    expect((await staffCli("enable --username chen.jing")).out).toBe("chen.jing: enabled");
    expect(await viewerForToken(deps, token, null)).not.toBeNull();
  });

  it("runs as the real process on the database at DATABASE_PATH", () => {
    const dir = mkdtempSync(join(tmpdir(), "linli-staff-"));
    try {
      const env = { ...process.env, DATABASE_PATH: join(dir, "linli.db"), TELEGRAM_BOT_USERNAME: "linli_demo_bot" };
      const run = (args: string[], input?: string) => spawnSync(process.execPath, ["--import", "tsx", "scripts/staff.ts", ...args], { env, input, encoding: "utf8" });
      // A database without places: the role's place cannot be found, and the exit code says so.
      const refused = run(["add", "--username", "wu.lei", "--name", "吴磊", "--role", "district_admin", "--place", "jiangan"]);
      expect(refused.status).toBe(1);
      expect(refused.stderr).toContain('--place: no district has the code "jiangan"');
      const admin = run(["add", "--username", "wu.lei", "--name", "吴磊", "--role", "admin", "--password-stdin"], "a long enough password\n");
      expect(admin.status).toBe(0);
      expect(admin.stdout).toContain("https://t.me/linli_demo_bot?start=s-");
      const list = run(["list"]);
      expect(list.stdout).toMatch(/^wu\.lei\t吴磊\t-\tadmin\tpassword$/m);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
