// Points in the web chat's API: the points card, and a redemption whose reply carries the voucher's QR
// code as the page draws it (the path of its dark modules, never HTML).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { accountOfResident, findItem, vouchersOfAccount } from "../../src/db/queries/points.js";
import { identify } from "../../src/domain/residents.js";
import { operator } from "../../src/domain/staff/actor.js";
import { award } from "../../src/domain/points/staff.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { pointsButtons } from "../../src/flows/points.js";
import { translator } from "../../src/i18n/index.js";
import type { WebReply } from "../../src/web/chat-channel.js";
import { startHarness, webChatClient, type Harness } from "../support/harness.js";

const zh = translator("zh");
let h: Harness;
beforeAll(async () => {
  h = await startHarness();
}, 60_000);
afterAll(() => h?.close());

type Answer = { replies: WebReply[] };

describe("points in the web chat", () => {
  it("shows the points card and gives a voucher with its QR code", async () => {
    const send = webChatClient(h.app);
    await send({ kind: "command", name: "start", payload: "c-ja-huiminyuan" });
    let answer = (await (await send({ kind: "choice", data: onboardingButtons.encode("consent", "yes") })).json()) as Answer;
    answer = (await (await send({ kind: "text", text: zh("menu-points") })).json()) as Answer;
    const card = answer.replies[0]!;
    expect(card.kind === "text" && card.text).toContain("⭐ 我的积分：0 分");
    const session = decodeURIComponent(send.cookie().split("=")[1]!).split(".")[0]!;
    const resident = (await identify(h.domain, "web", session))!;
    const account = (await accountOfResident(h.db.orm, resident.id))!;
    for (const [rule, key] of [["blood-donation", "w1"], ["return-lost-property", "w2"], ["return-lost-property", "w3"], ["return-lost-property", "w4"]] as const) {
      expect((await award(h.domain, operator("cli:test"), { account: account.id, rule, evidence: "核实", key: `web-test-${key}` })).status).toBe("posted");
    }
    // A haircut for 50 points: the item card, redeem, confirm.
    const shop = (await (await send({ kind: "choice", data: pointsButtons.encode("shop", 0) })).json()) as Answer;
    const haircut = (shop.replies[0] as Extract<WebReply, { kind: "text" }>).buttons!.flat().find((b) => b.label.startsWith("理发"))!;
    const item = pointsButtons.decode(haircut.data)!;
    expect(item.action).toBe("item");
    await send({ kind: "choice", data: haircut.data });
    const ask = (await (await send({ kind: "choice", data: pointsButtons.encode("buy", (item.values as [number])[0]) })).json()) as Answer;
    const yes = (ask.replies[0] as Extract<WebReply, { kind: "text" }>).buttons!.flat().find((b) => b.label === zh("points-button-redeem-yes"))!;
    const done = (await (await send({ kind: "choice", data: yes.data })).json()) as Answer;
    const reply = done.replies[0] as Extract<WebReply, { kind: "text" }>;
    const [voucher] = await vouchersOfAccount(h.db.orm, account.id);
    expect(reply.text).toContain(`${voucher!.code.slice(0, 5)}-${voucher!.code.slice(5)}`);
    expect(reply.qr).toMatchObject({ value: voucher!.code });
    expect(reply.qr!.size).toBeGreaterThanOrEqual(21);
    expect(reply.qr!.path).toMatch(/^(M\d+ \d+h1v1h-1z)+$/);
    expect((await findItem(h.db.orm, voucher!.itemId))!.stock).toBe(14);
  });
});
