// The fuzz suite (issue 14): random and mutated input at every public entry — the web chat's API, the
// webhook, /api (the services, places and staff APIs), Open311 and the console's login — random sequences
// of a resident's inputs through every flow, and mutated catalogue and rulebook files — with fast-check,
// seeded (the seed and the shrunk input are printed on failure; FUZZ_SEED replays one). What must hold:
// never a 5xx and never a request that failed inside (a logged error); input refused with a 4xx changes
// nothing. Runs on both drivers (test/node/fuzz.test.ts, test/workers/fuzz.test.ts); FUZZ_RUNS sets how
// many inputs each property gets (`npm run fuzz` runs many more than CI does).
import { sql } from "drizzle-orm";
import fc from "fast-check";
import type { Update } from "grammy/types";
import { expect } from "vitest";
import { demoDistricts } from "../../src/demo/places.js";
import { conversationKey, findConversation } from "../../src/db/queries/residents.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { guideButtons } from "../../src/flows/guide.js";
import { residentModules } from "../../src/flows/modules.js";
import { createRegistry } from "../../src/flows/registry.js";
import { languages, translator } from "../../src/i18n/index.js";
import { parse as parseYaml } from "yaml";
import { CsvError, readCsv } from "../../src/csv.js";
import { allDistricts } from "../../src/db/queries/places.js";
import { allRules } from "../../src/db/queries/points.js";
import { csvToCatalog, catalogToCsv, CsvHeaderError } from "../../src/domain/catalog/csv.js";
import { exportCatalog } from "../../src/domain/catalog/export.js";
import { catalogSchema } from "../../src/domain/catalog/format.js";
import { csvRow, importCatalog } from "../../src/domain/catalog/import.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { csvToRulebook, importRules, ruleAsInput, rulebookCsv, RuleCsvError } from "../../src/domain/points/rules.js";
import type { ChatDriver } from "./driver.js";
import { contact, document, location, photo, press, sticker, text, voice, type Person } from "../support/updates.js";

export interface FuzzDriver {
  /** A request to the app (no address: the per-address limits do not count these). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Posts a raw body to the webhook with the right secret. */
  post(body: string): Promise<Response>;
  /** Something that changes whenever any row changes (a count of writes, or the tables' contents). */
  snapshot(): Promise<string>;
  /** Errors logged since the last call (a request or a handler that failed). */
  errors(): Promise<unknown[]>;
  /** The app's own origin. */
  origin: string;
  /** A staff API token of a community's staff. */
  staffToken: string;
  person(n: number): Person;
  /** The same app as a resident on Telegram sees it (the fake Bot API's calls), with person ids of its own. */
  chat: ChatDriver;
}

export const fuzzSettings = () => {
  const seed = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : Math.floor(Math.random() * 2 ** 31);
  return { seed, numRuns: Number(process.env.FUZZ_RUNS ?? 150), endOnFailure: true };
};

/** Strings a person or a script might send, and strings no one should. */
const nasty = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom("", " ", "constructor", "__proto__", "toString", "../../etc/passwd", "%00", "'; DROP TABLE residents; --", "🙂".repeat(50), "低保", "ZX-20261130-0001", "ja-huiminyuan", "-1", "1e309", "NaN", "null", "[]", "{}"),
);
const anyJson = fc.json({ maxDepth: 3 });

async function check(d: FuzzDriver, res: Response, what: string, before: string, mayChange: boolean) {
  expect(res.status, what).toBeLessThan(500);
  await res.arrayBuffer();
  if (res.status >= 400 && !mayChange) expect(await d.snapshot(), `${what} answered ${res.status} and changed something`).toBe(before);
  expect(await d.errors(), what).toEqual([]);
}

/** A real Update with one part replaced by anything. */
const mutatedUpdate = (d: FuzzDriver) =>
  fc
    .tuple(
      fc.constantFrom<(p: Person) => unknown>(
        (p) => text(p, "/start"),
        (p) => text(p, "低保怎么申请"),
        (p) => press(p, onboardingButtons.encode("d", 0)),
        (p) => press(p, guideButtons.encode("home", 0)),
        (p) => contact(p, "+8613800138000", p.id),
        (p) => voice(p),
      ),
      fc.integer({ min: 1, max: 5 }),
      fc.array(fc.tuple(fc.constantFrom("message", "callback_query", "from", "chat", "text", "data", "entities", "contact", "id", "date", "voice", "language_code"), fc.oneof(anyJson, nasty, fc.constant(undefined))), { maxLength: 3 }),
    )
    .map(([make, n, mutations]) => {
      const update = JSON.parse(JSON.stringify(make(d.person(n)))) as Record<string, unknown>;
      // Replace the first field of that name, wherever it is.
      for (const [name, value] of mutations) {
        const visit = (o: unknown): boolean => {
          if (!o || typeof o !== "object") return false;
          const record = o as Record<string, unknown>;
          if (Object.hasOwn(record, name)) return (record[name] = value), true;
          return Object.values(record).some(visit);
        };
        visit(update);
      }
      return JSON.stringify(update) ?? "null";
    });

/** The flows as a resident meets them: what the menu lists, what the modules answer to, what their buttons start with. */
const registry = createRegistry(residentModules);
const menuLabels = registry.menuEntries().flatMap((e) => languages.map((lang) => ({ module: e.module, label: translator(lang)(e.label) })));
const commands = residentModules.flatMap((m) => Object.keys(m.commands ?? {}));
const prefixes = residentModules.flatMap((m) => (m.buttons ? [m.buttons.codec.prefix] : []));
const menuIntros = languages.map((lang) => translator(lang)("menu-intro"));
/** What a resident might type: questions, words, numbers, emoji, nothing much. */
const residentTexts = fc.oneof(
  fc.constantFrom("低保怎么申请", "我要投诉", "路灯坏了", "谢谢", "好的", "同意", "不", "返回", "菜单", "人工", "你好", "再见", "13800138000", "1", "0", "是", "How do I apply?", "menu", "back", "help", "yes", "🙂", "👍🏻", "。", "   ", "？", "x".repeat(4000)),
  fc.string({ unit: "grapheme", minLength: 1, maxLength: 30 }),
  fc.string({ unit: fc.constantFrom(..."的一是在不了有人这中大上个我要他来们到地出就会可年同能下过说面方后多行民得家电水高小点本去好开还社事心你看没问月公想通题员文次管件长老路少见手区放回处给门保热报名话今群记需办约团市号写快查住满局照红听价"), minLength: 1, maxLength: 20 }),
);
/** Button data nobody drew: real data cut or changed, other modules' prefixes with anything after, garbage. */
const forgedData = (real: string[]) =>
  fc.oneof(
    fc.tuple(fc.constantFrom(...(real.length ? real : ["m.menu"])), fc.nat(), nasty).map(([data, at, more]) => {
      const cut = at % (data.length + 1);
      return at % 3 === 0 ? data.slice(0, cut) : at % 3 === 1 ? data.slice(0, cut) + more + data.slice(cut + 1) : data + more;
    }),
    fc.tuple(fc.constantFrom(...prefixes), nasty).map(([prefix, rest]) => `${prefix}.${rest}`),
    nasty,
  );

/** One thing a resident does, given the buttons of the last message they got. */
type Step =
  | { kind: "tap"; pick: number }
  | { kind: "forged"; seed: number }
  | { kind: "update"; what: string; make: (p: Person) => Update }
  | { kind: "menu-label"; module: string; label: string }
  | { kind: "menu" };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 6, arbitrary: fc.nat().map((pick): Step => ({ kind: "tap", pick })) },
  { weight: 2, arbitrary: fc.nat().map((seed): Step => ({ kind: "forged", seed })) },
  { weight: 2, arbitrary: fc.constantFrom(...menuLabels).map((e): Step => ({ kind: "menu-label", ...e })) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...commands), fc.constantFrom("", " x", " 1", " 低保", " zh-r-1")).map(([name, payload]): Step => ({ kind: "update", what: `/${name}${payload}`, make: (p) => text(p, `/${name}${payload}`) })) },
  { weight: 5, arbitrary: residentTexts.map((body): Step => ({ kind: "update", what: `text ${JSON.stringify(body.slice(0, 40))}`, make: (p) => text(p, body) })) },
  {
    weight: 2,
    arbitrary: fc.constantFrom<Step>(
      { kind: "update", what: "photo", make: (p) => photo(p) },
      { kind: "update", what: "photo with a caption", make: (p) => photo(p, "resident-photo", "楼道灯坏了") },
      { kind: "update", what: "location", make: (p) => location(p, 30.6, 114.3) },
      { kind: "update", what: "own contact", make: (p) => contact(p, "+8613800138000", p.id) },
      { kind: "update", what: "someone else's contact", make: (p) => contact(p, "+8613900001111", 1) },
      { kind: "update", what: "voice", make: (p) => voice(p) },
      { kind: "update", what: "sticker", make: (p) => sticker(p) },
      { kind: "update", what: "document", make: (p) => document(p, "doc-1", "photo.jpg") },
    ),
  },
  { weight: 1, arbitrary: fc.constant<Step>({ kind: "menu" }) },
);

/** Takes a person through the onboarding (district → street → community, consent, own phone). */
async function register(c: ChatDriver, who: Person): Promise<void> {
  const district = demoDistricts[0]!;
  const street = district.streets[0]!;
  const zh = translator("zh");
  await c.post(text(who, "/start"));
  await c.tap(who, district.zh);
  await c.tap(who, street.zh);
  await c.tap(who, street.communities[0]!.zh);
  await c.tap(who, zh("button-consent-yes"));
  await c.post(contact(who, "+8613800138000", who.id));
  expect(await c.resident(who.id), "the onboarding did not finish").toMatchObject({ consent: "given", phone: "+8613800138000" });
}

/** The Bot API calls that said something in a chat (a message, an edit, a photo, a location…). */
const saying = async (c: ChatDriver, chatId: number) => (await c.calls(chatId)).filter((call) => /^(send|edit)/.test(call.method)).length;

/** How many events the cases of a person hold (what they wrote to staff lands there). */
async function caseEventsOf(c: ChatDriver, who: Person): Promise<number> {
  const resident = await c.resident(who.id);
  if (!resident) return 0;
  const [row] = await c.db.orm.all<{ n: number }>(sql`SELECT count(*) AS n FROM case_events e JOIN cases c ON c.id = e.case_id WHERE c.resident_id = ${resident.id}`);
  return row!.n;
}

let flowPeople = 0;

export const fuzzCases: Record<string, (d: FuzzDriver) => Promise<void>> = {
  "the web chat's API: any body — no 5xx; refused ones change nothing": async (d) => {
    const input = fc.oneof(
      fc.record({ kind: fc.constantFrom("text", "command", "choice", "photo", "x"), text: nasty, name: nasty, payload: nasty, data: nasty }, { requiredKeys: ["kind"] }),
      anyJson,
    );
    const body = fc.oneof(input.map((i) => JSON.stringify({ input: i })), anyJson.map((j) => JSON.stringify(j)), nasty);
    await fc.assert(
      fc.asyncProperty(body, fc.boolean(), async (raw, withCookie) => {
        const before = await d.snapshot();
        const res = await d.request("/chat/api/messages", {
          method: "POST",
          headers: { "content-type": "application/json", origin: d.origin, ...(withCookie ? { cookie: "linli_chat=0000" } : {}) },
          body: raw,
        });
        await check(d, res, `POST /chat/api/messages ${raw.slice(0, 200)}`, before, false);
      }),
      fuzzSettings(),
    );
  },

  "the webhook: random and mutated real Updates — no 5xx, no handler error": async (d) => {
    const body = fc.oneof(mutatedUpdate(d), anyJson.map((j) => JSON.stringify(j)), nasty);
    await fc.assert(
      fc.asyncProperty(body, async (raw) => {
        const before = await d.snapshot();
        await check(d, await d.post(raw), `webhook ${raw.slice(0, 300)}`, before, false);
      }),
      fuzzSettings(),
    );
  },

  "/api, the staff API and Open311: random routes, parameters and bodies — 4xx with a reason, never 5xx": async (d) => {
    const paths = fc.oneof(
      fc.tuple(fc.constantFrom("/api/services", "/api/places", "/open311/v2/services.json", "/api/staff/me", "/api/staff/audit", "/api/staff/cases"), fc.dictionary(fc.constantFrom("q", "group", "community", "lang", "limit", "locale", "since", "status", "kind", "page", "x"), nasty, { maxKeys: 3 })).map(
        ([path, query]) => `${path}?${new URLSearchParams(query).toString()}`,
      ),
      fc.tuple(fc.constantFrom("/api/services/", "/open311/v2/services/", "/api/staff/places/", "/api/staff/cases/"), nasty, fc.constantFrom("", ".json", "/card", "/messages", "/status", "/assignee")).map(
        ([prefix, id, suffix]) => `${prefix}${encodeURIComponent(id)}${suffix}`,
      ),
    );
    await fc.assert(
      fc.asyncProperty(paths, fc.constantFrom("GET", "POST", "PUT"), fc.oneof(anyJson.map((j) => JSON.stringify(j)), nasty), fc.boolean(), async (path, method, body, authorised) => {
        const before = await d.snapshot();
        const res = await d.request(path, {
          method,
          headers: { "content-type": "application/json", ...(authorised ? { authorization: `Bearer ${d.staffToken}` } : {}) },
          ...(method === "GET" ? {} : { body }),
        });
        if (res.status >= 400 && res.status < 500 && res.status !== 404 && res.status !== 405) {
          const reason = (await res.clone().json().catch(() => ({}))) as { error?: unknown };
          expect(typeof reason.error, `${method} ${path} answered ${res.status} without a reason`).toBe("string");
        }
        // A GET may record what it was asked (an unanswered question); a refused change changes nothing.
        await check(d, res, `${method} ${path} ${body.slice(0, 200)}`, before, method === "GET");
      }),
      fuzzSettings(),
    );
  },

  "the console's login: random forms — never a session, never a 5xx": async (d) => {
    const form = fc.dictionary(fc.constantFrom("username", "password", "csrf", "next", "x"), nasty, { maxKeys: 4 });
    await fc.assert(
      fc.asyncProperty(form, fc.boolean(), async (fields, withCookie) => {
        const res = await d.request("/console/login", {
          method: "POST",
          headers: { "content-type": "application/x-www-form-urlencoded", origin: d.origin, ...(withCookie && fields.csrf ? { cookie: `linli_console_login=${encodeURIComponent(fields.csrf)}` } : {}) },
          body: new URLSearchParams(fields).toString(),
        });
        expect(res.status, JSON.stringify(fields)).toBeLessThan(500);
        expect(res.headers.getSetCookie().some((c) => c.startsWith("linli_console=") && !/max-age=0/i.test(c)), "a session").toBe(false);
        await res.arrayBuffer();
        expect(await d.errors()).toEqual([]);
      }),
      { ...fuzzSettings(), numRuns: Math.min(fuzzSettings().numRuns, 40) }, // each attempt may hash a password (slow by design)
    );
  },

  "every flow: random taps, texts, commands and media from any state — always an answer, and /menu always gets out": async (d) => {
    const c = d.chat;
    await fc.assert(
      fc.asyncProperty(fc.boolean(), fc.array(step, { minLength: 1, maxLength: Number(process.env.FUZZ_STEPS ?? 12) }), async (registered, steps) => {
        const who = { ...c.person(++flowPeople), language_code: "zh-hans" };
        if (registered) await register(c, who);
        const done: string[] = [registered ? "(registered)" : "(fresh)"];
        // The data of the buttons on the last message the bot sent or edited.
        const drawn = async () => [...new Set([...(await c.lastButtons(who.id)).map((b) => b.data)])];
        for (const next of [...steps, { kind: "menu" } as Step]) {
          const real = await drawn();
          let update: Update;
          let what: string;
          switch (next.kind) {
            case "tap": {
              const data = real.length ? real[next.pick % real.length]! : "m.menu";
              (update = press(who, data)), (what = `tap ${data}`);
              break;
            }
            case "forged": {
              // Drawn from what the bot drew just now, the same for the same seed.
              const [data] = fc.sample(forgedData(real), { seed: next.seed, numRuns: 1 });
              (update = press(who, data!)), (what = `forged ${JSON.stringify(data)}`);
              break;
            }
            case "menu-label":
              (update = text(who, next.label)), (what = `menu label ${next.label}`);
              break;
            case "menu":
              (update = text(who, "/menu")), (what = "/menu");
              break;
            default:
              (update = next.make(who)), (what = next.what);
          }
          done.push(what);
          const trail = done.join(" → ");
          const before = await saying(c, who.id);
          const kept = await caseEventsOf(c, who);
          const res = await c.post(update);
          expect(res.status, trail).toBe(200);
          expect(await d.errors(), trail).toEqual([]);
          const state = await findConversation(c.db.orm, conversationKey("telegram", String(who.id)));
          // Never silence: every input is answered in the chat — except, by design, while talking to a
          // person after the one receipt, where what they send goes to the case (the staff answer there).
          if ((await saying(c, who.id)) === before) {
            expect(state?.flow === "human" && state.step === "talking", `no answer to ${trail}`).toBe(true);
            expect(await caseEventsOf(c, who), `silence, and nothing kept in the case: ${trail}`).toBeGreaterThan(kept);
          }
          if (next.kind === "menu") {
            // /menu leaves whatever flow the person was in and shows the main menu, with its keyboard.
            expect(state?.flow ?? null, `still in a flow after ${trail}`).toBeNull();
            const last = (await c.calls(who.id, "sendMessage")).at(-1)!;
            expect(menuIntros, `not the main menu after ${trail}`).toContain(last.body.text);
            expect(JSON.stringify(last.body.reply_markup), trail).toContain('"keyboard"');
          }
          // A menu entry's own words leave any flow: the person is in no flow, or in the one the entry starts.
          if (next.kind === "menu-label") expect([null, next.module], `a menu label did not leave the flow: ${trail}`).toContain(state?.flow ?? null);
        }
      }),
      // Each run is a whole conversation (up to a dozen inputs and a /menu): a third as many runs, or FUZZ_FLOW_RUNS.
      { ...fuzzSettings(), numRuns: Number(process.env.FUZZ_FLOW_RUNS ?? Math.max(3, Math.ceil(fuzzSettings().numRuns / 3))) },
    );
  },

  // Last: a file it accepts changes the catalogue or the rulebook the other cases meet.
  "the catalogue and rulebook importers: random and mutated files — accepted, or refused with a clear error and nothing changed": async (d) => {
    const db = d.chat.db;
    const deps: DomainDeps = { db, directory: db, now: () => Date.now(), defaultTimeZone: "Asia/Shanghai" };
    // Valid files, as the exports write them.
    const catalog = catalogSchema.parse(await exportCatalog(deps));
    const districts = new Map((await allDistricts(db.orm)).map((x) => [x.id, x.code]));
    const rules = (await allRules(db.orm)).map((r) => ruleAsInput(r, r.districtId === null ? undefined : districts.get(r.districtId)));
    // A slice of the catalogue keeps each import quick (every title's sounds are worked out on import).
    const someCatalog = { ...catalog, services: catalog.services.slice(0, 12) };
    const valid = {
      catalog: { csv: catalogToCsv(someCatalog, { bom: true }), json: JSON.stringify(someCatalog) },
      rulebook: { csv: rulebookCsv(rules), json: JSON.stringify({ rules }) },
    };
    const tables = ["agencies", "service_groups", "services", "community_services", "search_sounds", "catalog_version", "point_rules", "audit_log"];
    const snapshot = async () => JSON.stringify(await Promise.all(tables.map((t) => db.orm.all(sql.raw(`SELECT * FROM "${t}" ORDER BY rowid`)))));

    /** Reads and imports a file as `npm run catalog -- import` and `npm run points -- rules import` do. */
    async function importFile(which: "catalog" | "rulebook", format: "csv" | "json", text: string) {
      let input: unknown;
      try {
        input =
          which === "catalog"
            ? format === "csv" ? csvToCatalog(text) : parseYaml(text, { maxAliasCount: 10_000 })
            : format === "csv" ? csvToRulebook(readCsv(text, { maxRowChars: 10_000 })) : parseYaml(text, { maxAliasCount: 1000 });
      } catch (error) {
        // The file itself does not read: the CLI says why (a CSV error names its row; a header its column).
        if (error instanceof CsvError || error instanceof CsvHeaderError || error instanceof RuleCsvError) return { ok: false, errors: [error.message], read: false };
        return { ok: false, errors: [(error as Error).message], read: false, syntax: true };
      }
      const options = { rowLabel: format === "csv" ? csvRow : undefined, actor: "fuzz", source: `fuzz.${format}` };
      const report = which === "catalog" ? await importCatalog(deps, input, options) : await importRules(deps, input, options);
      return { ok: report.ok, errors: report.errors, read: true };
    }

    const quoteCsv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replaceAll('"', '""')}"`).join(",")).join("\r\n");
    const badCell = fc.oneof(
      nasty,
      fc.constantFrom("abc", "1.5", "-0", "0", "1e309", "99999999999999999999", "-10001", "no-such-group", "no-such-agency", "no-such-district", "=HYPERLINK(\"http://x\")", "+1", "@SUM(A1)", "'=1", "true", "是", "\uFEFF", "\"", "a\nb", "x".repeat(20_000)),
    );
    /** A change to the file's rows (CSV) or its structure (JSON), then to its text. */
    const rowMutation = fc.tuple(fc.constantFrom("drop-column", "duplicate-column", "set-cell", "duplicate-row", "drop-header"), fc.nat(), fc.nat(), badCell);
    const textMutation = fc.tuple(fc.constantFrom("truncate", "quote", "insert", "bom", "bytes", "none"), fc.nat(), fc.oneof(nasty, fc.uint8Array({ maxLength: 200 }).map((b) => new TextDecoder().decode(b))));

    function mutateRows(rows: string[][], [kind, a, b, value]: [string, number, number, string]): string[][] {
      const width = Math.max(1, ...rows.map((r) => r.length));
      const col = a % width;
      const row = rows.length ? b % rows.length : 0;
      switch (kind) {
        case "drop-column":
          return rows.map((r) => r.filter((_, i) => i !== col));
        case "duplicate-column":
          return rows.map((r) => [...r, r[col] ?? ""]);
        case "set-cell":
          return rows.map((r, i) => (i === row ? r.map((c, j) => (j === col ? value : c)) : r));
        case "duplicate-row":
          return [...rows, rows[Math.max(1, row)] ?? []];
        default:
          return rows.slice(1);
      }
    }
    function mutateJson(json: string, [kind, a, b, value]: [string, number, number, string]): string {
      const data = JSON.parse(json) as Record<string, unknown[]>;
      const lists = Object.keys(data).filter((k) => Array.isArray(data[k]) && data[k]!.length);
      const list = data[lists[a % Math.max(1, lists.length)] ?? ""];
      if (!list) return JSON.stringify(value);
      const item = list[b % list.length] as Record<string, unknown>;
      const keys = Object.keys(item);
      const key = keys[a % keys.length]!;
      if (kind === "drop-column") delete item[key];
      else if (kind === "duplicate-column" || kind === "duplicate-row") list.push(structuredClone(item));
      else if (kind === "set-cell") item[key] = b % 3 === 0 ? value : b % 3 === 1 ? Number(value) : { zh: value };
      else item[`${key}_x`] = value;
      return JSON.stringify(data);
    }
    function mutateText(text: string, [kind, at, more]: [string, number, string]): string {
      const i = at % (text.length + 1);
      switch (kind) {
        case "truncate":
          return text.slice(0, i);
        case "quote":
          return `${text.slice(0, i)}"${text.slice(i)}`;
        case "insert":
          return text.slice(0, i) + more + text.slice(i);
        case "bom":
          return `\uFEFF${text}`;
        case "bytes":
          return more;
        default:
          return text;
      }
    }

    // The exports read back (and, taken again, change nothing but the audit log).
    for (const which of ["catalog", "rulebook"] as const)
      for (const format of ["csv", "json"] as const) expect(await importFile(which, format, valid[which][format]), `${which} ${format} as exported`).toMatchObject({ ok: true });

    await fc.assert(
      fc.asyncProperty(fc.constantFrom<"catalog" | "rulebook">("catalog", "rulebook"), fc.constantFrom<"csv" | "json">("csv", "json"), fc.array(rowMutation, { maxLength: 3 }), fc.array(textMutation, { maxLength: 2 }), async (which, format, rowChanges, textChanges) => {
        let text = valid[which][format];
        if (format === "csv") {
          let rows = readCsv(text, { maxRowChars: 1_000_000 });
          for (const m of rowChanges) rows = mutateRows(rows, m);
          text = rowChanges.length ? quoteCsv(rows) : text;
        } else for (const m of rowChanges) text = mutateJson(text, m);
        for (const m of textChanges) text = mutateText(text, m);
        const what = `${which} ${format} ${JSON.stringify(rowChanges).slice(0, 300)} ${JSON.stringify(textChanges).slice(0, 300)}`;

        const before = await snapshot();
        const result = await importFile(which, format, text);
        expect(await d.errors(), what).toEqual([]);
        if (result.ok) return;
        // Refused: a clear error for each problem, naming where it is (a row and a field, a column, the file)…
        expect(result.errors.length, what).toBeGreaterThan(0);
        for (const error of result.errors) {
          expect(error.trim(), what).not.toBe("");
          if (result.read) expect(error, what).toMatch(/^(row \d+|\w+\[\d+\]|\(file\)|[a-z_][a-z_.]*)[ :]/);
          else if (!result.syntax) expect(error, what).toMatch(/row \d+|column|header|empty/);
        }
        // …and nothing changed.
        expect(await snapshot(), `${what} was refused (${result.errors[0]}) and changed something`).toBe(before);
      }),
      { ...fuzzSettings(), numRuns: Math.max(10, Math.ceil(fuzzSettings().numRuns / 2)) },
    );
  },
};
