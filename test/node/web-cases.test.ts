// A web chat resident talking to a person: the case, staff replies waiting in the web chat's inbox (and
// photos from staff fetched into the media store), photos from the phone checked by what they are.
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cases, media } from "../../src/db/schema.js";
import { replyToCase } from "../../src/domain/cases/actions.js";
import { findCase } from "../../src/db/queries/cases.js";
import { staffOfTelegram } from "../../src/domain/cases/staff.js";
import { demoDistricts } from "../../src/demo/places.js";
import { onboardingButtons } from "../../src/flows/onboarding.js";
import { translator } from "../../src/i18n/index.js";
import { staff } from "../../src/db/schema.js";
import { eq } from "drizzle-orm";
import { OWN_ORIGIN, startHarness, webChatClient, type Harness } from "../support/harness.js";

const zh = translator("zh");
const community = demoDistricts[3]!.streets[0]!.communities[0]!;
type Body = { replies: { kind: string; text?: string; src?: string; buttons?: { label: string; data: string }[][] }[] };

let h: Harness;
beforeEach(async () => {
  h = await startHarness();
});
afterEach(() => h.close());

const JPEG = Buffer.from("/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgICAgMCAgIDAwMDBAYEBAQEBAgGBgUGCQgKCgkICQkKDA8MCgsOCwkJDRENDg8QEBEQCgwSExIQEw8QEBD/yQALCAABAAEBAREA/8wABgAQEAX/2gAIAQEAAD8A0s8g/9k=", "base64");

async function webResident() {
  const send = webChatClient(h.app);
  await send({ kind: "command", name: "start", payload: `c-${community.code}` });
  await send({ kind: "choice", data: onboardingButtons.encode("consent", "yes") });
  return send;
}

function upload(cookie: string, bytes: Uint8Array, type = "image/jpeg") {
  const body = new Blob([new Uint8Array(bytes)]);
  return h.app.request("/chat/api/photos", { method: "POST", headers: { "content-type": type, origin: OWN_ORIGIN, cookie }, body });
}

async function staffMember() {
  await h.db.orm.update(staff).set({ telegramUserId: "40001" }).where(eq(staff.username, `cs-${community.code}`));
  return (await staffOfTelegram(h.domain, 40001))!;
}

describe("a web chat resident and the staff", () => {
  it("opens a case, sends a photo into it, and finds the staff's reply — words and photo — in the inbox", async () => {
    const send = await webResident();
    const opened = (await (await send({ kind: "text", text: "转人工" })).json()) as Body;
    const [c] = await h.db.orm.select().from(cases);
    expect(opened.replies[0]!.text).toContain(c!.ref);
    const sent = (await (await upload(send.cookie(), JPEG)).json()) as Body & { photo: string };
    expect(sent.photo).toMatch(/^\/chat\/media\/[0-9a-f]{32}$/);
    expect(sent.replies[0]!.text).toBe(zh("human-receipt"));
    // The page shows its own photo back; another browser cannot fetch it.
    expect((await h.app.request(sent.photo, { headers: { cookie: send.cookie() } })).status).toBe(200);
    expect((await h.app.request(sent.photo)).status).toBe(404);

    const viewer = await staffMember();
    await replyToCase(h.domain, viewer, c!, { text: "照片收到了" }, "console");
    // The case as it is now (the first reply made it answered): an action reads before it writes.
    await replyToCase(h.domain, viewer, (await findCase(h.domain.db.orm, c!.id))!, { attachment: { kind: "photo", telegramFileId: "staff-photo" } }, "topic");
    await h.runJob("outbox");
    const inbox = (await (await h.app.request("/chat/api/inbox?after=0", { headers: { cookie: send.cookie() } })).json()) as { messages: { id: number; replies: Body["replies"] }[] };
    const drawn = inbox.messages.flatMap((m) => m.replies);
    expect(drawn[0]!.text).toMatch(/^💬 社区工作人员 .*：照片收到了$/);
    const image = drawn.find((r) => r.kind === "image")!;
    expect((await h.app.request(image.src!, { headers: { cookie: send.cookie() } })).status).toBe(200);
    // Acknowledged, it is gone from the inbox.
    const last = inbox.messages.at(-1)!.id;
    const ack = await h.app.request("/chat/api/inbox/ack", { method: "POST", headers: { "content-type": "application/json", origin: OWN_ORIGIN, cookie: send.cookie() }, body: JSON.stringify({ upTo: last }) });
    expect(ack.status).toBe(200);
    expect(((await (await h.app.request("/chat/api/inbox?after=0", { headers: { cookie: send.cookie() } })).json()) as { messages: unknown[] }).messages).toEqual([]);
  });

  it("refuses a PDF named .jpg, a 20 MB photo, and a photo from another site, changing nothing", async () => {
    const send = await webResident();
    await send({ kind: "text", text: "转人工" });
    const pdf = Buffer.from("%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n");
    const notImage = await upload(send.cookie(), pdf);
    expect(notImage.status).toBe(415);
    expect(((await notImage.json()) as { error: string }).error).toBe(zh("photo-not-an-image"));
    const huge = await upload(send.cookie(), new Uint8Array(20 * 1024 * 1024));
    expect(huge.status).toBe(413);
    const elsewhere = await h.app.request("/chat/api/photos", { method: "POST", headers: { "content-type": "image/jpeg", origin: "https://evil.example", cookie: send.cookie() }, body: JPEG });
    expect(elsewhere.status).toBe(403);
    expect(await h.db.orm.select().from(media)).toEqual([]);
  });
});
