// The flow engine's contract (docs/architecture.md): a job is a module that declares what it answers, and
// the engine commits a flow's writes with its state — once, even when one person's messages race.
import { count, eq, sql } from "drizzle-orm";
import { afterEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { guard } from "../../src/db/atomic.js";
import { conversations, searchMisses } from "../../src/db/schema.js";
import { buttonCodec, field } from "../../src/flows/buttons.js";
import { idle, say } from "../../src/flows/context.js";
import { flowModule, type AnyFlowModule } from "../../src/flows/module.js";
import { residentModules } from "../../src/flows/modules.js";
import { createRegistry } from "../../src/flows/registry.js";
import { translator } from "../../src/i18n/index.js";
import { nodeDriver, startHarness, type Harness } from "../support/harness.js";
import { contact, press, text } from "../support/updates.js";

const zh = translator("zh");

// A job that exists only in this test: it counts, remembers a word, and answers what it is asked.
const counterButtons = buttonCodec("cnt", { add: [field.page], done: [] });
let gate: Promise<void> | undefined;
const counter = flowModule({
  name: "counter",
  commands: { count: { run: (ctx) => say([{ kind: "text", text: "how much?", buttons: [[counterButtons.button("+1", "add", 1)]] }], { flow: "counter", step: "counting", data: { n: 0 } }), listed: true } },
  // Uses an existing label so the test needs no words of its own; positioned first.
  menu: { label: "menu-help", position: 1, open: (ctx) => say([{ kind: "text", text: "counter menu" }]) },
  buttons: {
    codec: counterButtons,
    press(ctx, pressed) {
      if (pressed.action === "done") return say([{ kind: "text", text: "done" }], idle);
      const n = (ctx.state.data.n as number | undefined) ?? 0;
      return say([{ kind: "text", text: `n=${n + pressed.values[0]}` }], { flow: "counter", step: "counting", data: { n: n + pressed.values[0] } });
    },
  },
  state: z.object({ step: z.literal("counting"), data: z.object({ n: z.number().int() }) }),
  async resume(ctx, input) {
    if (input.kind !== "text" || !/^\d+$/.test(input.text)) return null;
    await gate; // lets a test hold two messages in flight at once
    const n = (ctx.state.data.n as number) + Number(input.text);
    // A write of this flow: a row per message it counted (search_misses serves as any table here).
    return {
      replies: [{ kind: "text", text: `n=${n}` }],
      state: { flow: "counter", step: "counting", data: { n } },
      writes: (orm) => [orm.insert(searchMisses).values({ query: `counted ${input.text}`, language: "zh", communityId: null, at: 0 })],
    };
  },
  claim: (ctx, input) => (input.kind === "text" && input.text === "count please" ? say([{ kind: "text", text: "claimed" }]) : null),
});

// The test module borrows the label "menu-help", so the core menu module is left out; like any job it
// is asked about free text before the guide, which takes whatever nobody claims.
const withCounter: AnyFlowModule[] = [...residentModules.filter((m) => m.name !== "menu" && m.name !== "guide"), counter, residentModules.find((m) => m.name === "guide")!];

let h: Harness | undefined;
afterEach(async () => {
  await h?.close();
  h = undefined;
});

describe("flow modules", () => {
  it("lets a test add a job with its command, menu entry, buttons, state, resume and claim — no other file edited", async () => {
    h = await startHarness({ modules: withCounter });
    const d = nodeDriver(h, 9000);
    const who = d.person(1, "zh");
    await d.post(text(who, "/count"));
    expect((await d.said(who.id)).at(-1)).toBe("how much?");
    await d.tap(who, "+1");
    expect((await d.said(who.id)).at(-1)).toBe("n=1");
    await d.post(text(who, "41"));
    expect((await d.said(who.id)).at(-1)).toBe("n=42");
    await d.post(text(who, "count please"));
    // Its claim answers; this person has not finished setting up, so one button to carry on follows.
    expect((await d.said(who.id)).slice(-2)).toEqual(["claimed", zh("nudge-community")]);
    // Its menu entry is in the main menu, first; a tap on it (its label sent back as text) opens it.
    await d.post(text(who, "/settings"));
    await d.tap(who, zh("button-privacy"));
    await d.tap(who, zh("button-consent-no"));
    const keyboard = ((await d.calls(who.id, "sendMessage")).at(-1)!.body.reply_markup as { keyboard: { text: string }[][] }).keyboard;
    expect(keyboard[0]![0]!.text).toBe(zh("menu-help"));
    await d.post(text(who, zh("menu-help")));
    expect((await d.said(who.id)).at(-1)).toBe("counter menu");
    // Outside its flow, a number is a question for the guide again.
    await d.post(press(who, counterButtons.encode("done")));
    await d.post(text(who, "41"));
    expect((await d.said(who.id)).at(-1)).not.toBe("n=83");
    // Its command is in Telegram's command menu.
    expect(createRegistry(withCounter).listedCommands()).toContain("count");
  });

  it("refuses at start-up two modules with the same command, button prefix, name or menu label", () => {
    const twin = (over: Partial<AnyFlowModule>) => [counter, { ...counter, name: "twin", commands: {}, menu: undefined, buttons: undefined, ...over }];
    expect(() => createRegistry(twin({ commands: { count: { run: () => say([]) } } }))).toThrow(/\/count/);
    expect(() => createRegistry(twin({ buttons: counter.buttons }))).toThrow(/prefix "cnt"/);
    expect(() => createRegistry(twin({ name: "counter" }))).toThrow(/named "counter"/);
    expect(() => createRegistry(twin({ menu: { ...counter.menu!, position: 2 } }))).toThrow(/labelled/);
    expect(() => buttonCodec("Bad!", {})).toThrow();
  });

  it("drops a stored state its module no longer accepts, and starts afresh", async () => {
    h = await startHarness({ modules: withCounter });
    const d = nodeDriver(h, 9100);
    const who = d.person(1, "zh");
    await d.post(text(who, "/count"));
    await h.db.orm.update(conversations).set({ data: { n: "not a number" } }).where(eq(conversations.key, `telegram:${who.id}`));
    await d.post(text(who, "5"));
    expect((await d.said(who.id)).at(-1)).not.toMatch(/^n=/);
  });
});

describe("committing what a flow decided", () => {
  it("answers two messages of one person sent at the same moment, each counted once, state consistent", async () => {
    h = await startHarness({ modules: withCounter });
    const d = nodeDriver(h, 9200);
    const who = d.person(1, "zh");
    await d.post(text(who, "/count"));
    let open!: () => void;
    gate = new Promise((resolve) => (open = resolve));
    const both = Promise.all([d.post(text(who, "2")), d.post(text(who, "3"))]);
    await new Promise((resolve) => setTimeout(resolve, 20));
    open();
    const statuses = (await both).map((r) => r.status);
    gate = undefined;
    expect(statuses).toEqual([200, 200]);
    // Whichever came second was handled again on the state the first left: 0+2+3 or 0+3+2.
    const answers = (await d.said(who.id)).slice(-2).sort();
    expect(answers.some((a) => a === "n=5")).toBe(true);
    const [row] = await h.db.orm.select().from(conversations).where(eq(conversations.key, `telegram:${who.id}`));
    expect(row!.data).toEqual({ n: 5 });
    // The loser's first attempt wrote nothing: one row per counted message.
    const counted = await h.db.orm.select({ n: count() }).from(searchMisses).where(sql`${searchMisses.query} LIKE 'counted %'`);
    expect(counted[0]!.n).toBe(2);
  });

  it("says what the flow says instead when a guard of its writes refuses them, writing nothing", async () => {
    const refusing = flowModule({
      name: "refusing",
      commands: {
        try: {
          run: () => ({
            replies: [{ kind: "text", text: "written" }],
            state: { flow: "refusing", step: null, data: {} },
            writes: (orm) => [orm.insert(searchMisses).values({ query: "never", language: "zh", communityId: null, at: 0 }), guard(orm, "never", sql`1 = 0`)],
            refused: () => say([{ kind: "text", text: "refused" }]),
          }),
        },
      },
    });
    h = await startHarness({ modules: [...residentModules, refusing] });
    const d = nodeDriver(h, 9300);
    const who = d.person(1, "zh");
    await d.post(text(who, "/try"));
    expect((await d.said(who.id)).at(-1)).toBe("refused");
    expect(await h.db.orm.select().from(searchMisses).where(eq(searchMisses.query, "never"))).toEqual([]);
    expect(await h.db.orm.select().from(conversations).where(eq(conversations.key, `telegram:${who.id}`))).toEqual([]);
  });
});

describe("buttons", () => {
  it("draws only buttons whose data parses back to the module that drew them", async () => {
    h = await startHarness();
    const d = nodeDriver(h, 9400);
    const registry = createRegistry(residentModules);
    // A visit that meets every kind of button the resident modules draw.
    const who = d.person(1, "zh");
    await d.post(text(who, "/start"));
    await d.tap(who, /.+/);
    await d.tap(who, /.+/);
    await d.tap(who, /.+/);
    await d.tap(who, zh("button-consent-yes"));
    await d.post(contact(who, "+8613800000001", who.id));
    await d.post(text(who, "/settings"));
    await d.tap(who, zh("button-language"));
    await d.post(text(who, "/settings"));
    await d.tap(who, zh("button-community"));
    await d.post(text(who, "/mydata"));
    await d.tap(who, zh("button-forget"));
    await d.tap(who, zh("button-forget-no"));
    await d.post(text(who, "/guide"));
    await d.tap(who, zh("button-next"));
    await d.tap(who, /.+/);
    await d.post(text(who, "低保"));
    await d.post(text(who, "补贴"));
    await d.post(text(who, "火星"));
    const drawn = (await d.calls(who.id))
      .flatMap((c) => ((c.body.reply_markup as { inline_keyboard?: { callback_data: string }[][] } | undefined)?.inline_keyboard ?? []).flat())
      .map((b) => b.callback_data);
    expect(new Set(drawn.map((data) => data.split(".")[0])).size).toBeGreaterThanOrEqual(5);
    for (const data of drawn) {
      expect(registry.pressed(data), data).not.toBeNull();
      expect(new TextEncoder().encode(data).length).toBeLessThanOrEqual(64);
    }
  });
});
