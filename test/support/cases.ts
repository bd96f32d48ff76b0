// Cases for tests: a resident on Telegram who asks for a person through the webhook, as a person would;
// and, where a test needs a case on a grid (residents have no grid of their own, so the chat never puts
// one there), a case opened through the domain's own rule.
import { desc, eq } from "drizzle-orm";
import { findCaseByRef, type Case } from "../../src/db/queries/cases.js";
import { placeByCode } from "../../src/db/queries/places.js";
import { ensureResident, findResident } from "../../src/db/queries/residents.js";
import type { Database } from "../../src/db/database.js";
import { cases } from "../../src/db/schema.js";
import { openCase } from "../../src/domain/cases/cases.js";
import { firstResponseDue } from "../../src/domain/cases/conversation.js";
import { findCommunity } from "../../src/db/queries/places.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { translator } from "../../src/i18n/index.js";
import type { Harness } from "./harness.js";
import { text, type Person } from "./updates.js";

const zh = translator("zh");

/** A Telegram resident of a community (QR poster link, consent) asks for a person and says what they need: their open case. */
export async function telegramResidentAsks(h: Harness, who: Person, community: string, words: string): Promise<Case> {
  const known = await findResident(h.db.orm, "telegram", String(who.id));
  if (!known?.consent) {
    expect200(await h.post(text(who, `/start c-${community}`)));
    await h.tap(who, zh("button-consent-yes"));
  }
  expect200(await h.post(text(who, "转人工")));
  expect200(await h.post(text(who, words)));
  const resident = await findResident(h.db.orm, "telegram", String(who.id));
  const [c] = await h.db.orm.select().from(cases).where(eq(cases.residentId, resident!.id)).orderBy(desc(cases.id)).limit(1);
  if (!c) throw new Error(`no case for ${who.id}: ${JSON.stringify(h.said(who.id))}`);
  return c;
}

function expect200(res: Response) {
  if (res.status !== 200) throw new Error(`the webhook answered ${res.status}`);
}

/** A conversation opened by the domain's rule at a community, on one of its grids if given, for a made-up resident. */
export async function openedCase(deps: DomainDeps, db: Database, o: { community: string; grid?: string; externalId: string; words: string; name?: string }): Promise<Case> {
  const place = (await placeByCode(deps.directory.orm, "community", o.community))!;
  const community = (await findCommunity(deps.directory.orm, place.id))!;
  const grid = o.grid ? await placeByCode(deps.directory.orm, "grid", o.grid) : undefined;
  const resident = await ensureResident(db.orm, "telegram", o.externalId, "zh", deps.now());
  const before = (await db.orm.select({ id: cases.id }).from(cases).orderBy(desc(cases.id)).limit(1))[0]?.id ?? 0;
  await db.atomic(
    openCase(deps, {
      kind: "conversation",
      status: "open",
      resident,
      residentName: o.name ?? "王阿姨",
      community,
      gridId: grid?.id ?? null,
      content: { text: o.words },
      dueAt: firstResponseDue(deps, community, deps.now()),
      fallbackSummary: "（居民请求人工服务）",
    }),
  );
  const [made] = await db.orm.select().from(cases).orderBy(desc(cases.id)).limit(1);
  if (!made || made.id === before) throw new Error("no case was opened");
  return (await findCaseByRef(db.orm, made.ref))!;
}
