// The shop (积分超市): items per community — goods, services, honours and access to policies — with
// points, stock, and where and when to pick them up. A redemption takes the points to the community's
// shop account, one item from stock and makes a voucher, in one atomic write (stock never below zero,
// even when two residents take the last one at once); staff hand the item over, or cancel the voucher,
// which gives the points back through a reversal and puts the item back in stock.
import { sql } from "drizzle-orm";
import { z } from "zod";
import { guard, isGuardFailure } from "../../db/atomic.js";
import type { Orm, Write } from "../../db/database.js";
import type { PlaceRef } from "../../db/queries/places.js";
import { placeById } from "../../db/queries/places.js";
import {
  closeVoucher,
  findAccount,
  findItem,
  findTransfer,
  findVoucher,
  insertItem,
  itemsOf,
  updateItem,
  voucherByCode,
  voucherOfTransfer,
  voucherReserved,
  vouchersOfAccount,
  vouchersOfCommunity,
  type PointAccount,
  type PointItem,
  type PointTransfer,
  type PointVoucher,
} from "../../db/queries/points.js";
import { pointItems } from "../../db/schema.js";
import { pointItemKinds } from "../../vocabulary.js";
import type { DomainDeps } from "../deps.js";
import { parseWith } from "../staff/accounts.js";
import type { Actor } from "../staff/actor.js";
import { auditWrite } from "../staff/audit.js";
import { forbidden, notFound } from "../staff/errors.js";
import { reaches } from "../staff/scope.js";
import { ensureCommunityAccount, randomCode } from "./accounts.js";
import { PointsRuleError } from "./errors.js";
import { cancellationPlan, post, redemptionPlan, type Plan, type PostResult } from "./ledger.js";
import { tellResident } from "./notices.js";

export type { PointItem, PointVoucher };

/** A voucher code: 10 characters of the unmistakable alphabet, shown as "ABCDE-FGHJK". */
export const newVoucherCode = () => randomCode(10);
export const voucherCodeShape = /^[2-9A-HJ-NP-Z]{10}$/;
export const showVoucherCode = (code: string) => `${code.slice(0, 5)}-${code.slice(5)}`;

export function shopItems(deps: DomainDeps, communityId: number, options: { activeOnly?: boolean } = {}): Promise<PointItem[]> {
  return itemsOf(deps.db.orm, communityId, options);
}

export function shopItem(deps: DomainDeps, id: number): Promise<PointItem | undefined> {
  return findItem(deps.db.orm, id);
}

/** What a resident's redemption writes: for the flow to commit with the conversation's state. */
export async function redemptionFor(deps: DomainDeps, from: PointAccount, item: PointItem, key: string): Promise<{ plan: Plan; voucherCode: string }> {
  const shop = await ensureCommunityAccount(deps, item.communityId, "shop");
  const voucherCode = newVoucherCode();
  return { plan: redemptionPlan({ key, at: deps.now(), timeZone: deps.defaultTimeZone, from, shop, item, voucherCode }), voucherCode };
}

export function vouchersOf(deps: DomainDeps, accountId: number): Promise<PointVoucher[]> {
  return vouchersOfAccount(deps.db.orm, accountId);
}

// ── staff: items ────────────────────────────────────────────────────────────────────────────────

const text = (max: number) => z.string().trim().min(1, { error: "must not be empty" }).max(max, { error: `must be at most ${max} characters` });
const optionalText = (max: number) => z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : v), text(max).optional());
const whole = (min: number, max: number) =>
  z.coerce.number({ error: "must be a whole number" }).int({ error: "must be a whole number" }).min(min, { error: `must be at least ${min}` }).max(max, { error: `must be at most ${max}` });

export const itemInputSchema = z.object({
  kind: z.enum(pointItemKinds, { error: `must be one of ${pointItemKinds.join(", ")}` }),
  name_zh: text(60),
  name_en: text(60),
  description_zh: optionalText(300),
  description_en: optionalText(300),
  points: whole(1, 100_000),
  pickup_zh: text(120),
  pickup_en: text(120),
  hours_zh: text(120),
  hours_en: text(120),
  active: z.preprocess((v) => v === true || v === "on" || v === "true", z.boolean()).default(true),
});

/** A community the actor manages (changes to its shop); "not found" outside the scope. */
async function managedCommunity(deps: DomainDeps, actor: Actor, communityId: number): Promise<PlaceRef> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  if (!reaches(actor.manages, place)) throw forbidden();
  return place;
}

/** Adds an item (with its first stock) or changes one; stock changes go through `restock`. */
export async function saveItem(deps: DomainDeps, actor: Actor, communityId: number, input: unknown, itemId?: number, firstStock = 0): Promise<PointItem> {
  const place = await managedCommunity(deps, actor, communityId);
  const data = parseWith(itemInputSchema, input);
  const now = deps.now();
  const fields = {
    kind: data.kind,
    nameZh: data.name_zh,
    nameEn: data.name_en,
    descriptionZh: data.description_zh ?? null,
    descriptionEn: data.description_en ?? null,
    points: data.points,
    pickupZh: data.pickup_zh,
    pickupEn: data.pickup_en,
    hoursZh: data.hours_zh,
    hoursEn: data.hours_en,
    active: data.active,
    updatedAt: now,
  };
  await ensureCommunityAccount(deps, communityId, "shop");
  if (itemId === undefined) {
    const stock = parseWith(z.object({ stock: whole(0, 1_000_000) }), { stock: firstStock }).stock;
    await deps.db.atomic((orm) => [
      insertItem(orm, { ...fields, communityId, stock, createdAt: now, sort: sql`(SELECT coalesce(max(${pointItems.sort}), -1) + 1 FROM ${pointItems})` as unknown as number }),
      auditWrite(orm, deps, actor, "points.item.add", place, { name: data.name_zh, points: data.points, stock }),
    ]);
    return (await itemsOf(deps.db.orm, communityId)).at(-1)!;
  }
  const item = await findItem(deps.db.orm, itemId);
  if (!item || item.communityId !== communityId) throw notFound();
  await deps.db.atomic((orm) => [
    updateItem(orm, item.id, fields),
    auditWrite(orm, deps, actor, "points.item.update", place, { item: item.id, before: { name: item.nameZh, points: item.points, active: item.active }, after: { name: data.name_zh, points: data.points, active: data.active } }),
  ]);
  return (await findItem(deps.db.orm, item.id))!;
}

/** Adds to (or, negative, takes from) an item's stock; the database refuses to go below zero. */
export async function restock(deps: DomainDeps, actor: Actor, communityId: number, itemId: number, change: unknown): Promise<PointItem> {
  const place = await managedCommunity(deps, actor, communityId);
  const delta = parseWith(z.object({ change: whole(-1_000_000, 1_000_000) }), { change }).change;
  const item = await findItem(deps.db.orm, itemId);
  if (!item || item.communityId !== communityId) throw notFound();
  if (delta === 0) return item;
  try {
    await deps.db.atomic((orm) => [
      guard(orm, "points: stock stays at or above zero", sql`(SELECT ${pointItems.stock} FROM ${pointItems} WHERE ${pointItems.id} = ${item.id}) + ${delta} >= 0`),
      updateItem(orm, item.id, { stock: sql`${pointItems.stock} + ${delta}` as unknown as number, updatedAt: deps.now() }),
      auditWrite(orm, deps, actor, "points.item.stock", place, { item: item.id, change: delta }),
    ]);
  } catch (error) {
    if (!isGuardFailure(error)) throw error;
    throw new PointsRuleError("item", "there are not that many in stock to take away", "change");
  }
  return (await findItem(deps.db.orm, item.id))!;
}

// ── staff: vouchers ─────────────────────────────────────────────────────────────────────────────

/** A voucher by the code a resident shows, for this community's shop; another shop's code is refused. */
export async function voucherAtShop(deps: DomainDeps, actor: Actor, communityId: number, typed: string): Promise<{ voucher: PointVoucher; item: PointItem | undefined; place: PlaceRef }> {
  const place = await placeById(deps.directory.orm, "community", communityId);
  if (!place || !reaches(actor.sees, place)) throw notFound();
  const code = typed.normalize("NFKC").toUpperCase().replace(/[\s\-–—]/g, "");
  const voucher = voucherCodeShape.test(code) ? await voucherByCode(deps.db.orm, code) : undefined;
  if (!voucher) throw new PointsRuleError("voucher-unknown", "no voucher has this code", "code");
  if (voucher.communityId !== communityId) throw new PointsRuleError("voucher-other-shop", "this voucher is for another community's shop", "code");
  return { voucher, item: await findItem(deps.db.orm, voucher.itemId), place };
}

/** The item was given to the resident. */
export async function handOver(deps: DomainDeps, actor: Actor, communityId: number, code: string): Promise<PointVoucher> {
  const { voucher, place } = await voucherAtShop(deps, actor, communityId, code);
  if (voucher.status !== "reserved") return voucher;
  try {
    await deps.db.atomic((orm) => [
      guard(orm, "points: voucher reserved", voucherReserved(voucher.id)),
      closeVoucher(orm, voucher.id, { status: "handed_over", closedAt: deps.now(), closedBy: actor.staffId }),
      auditWrite(orm, deps, actor, "points.voucher.handover", place, { voucher: voucher.code, item: voucher.itemId }),
    ]);
  } catch (error) {
    if (!isGuardFailure(error)) throw error;
  }
  return (await findVoucher(deps.db.orm, voucher.id))!;
}

/** Cancels a reserved voucher: the points back (a reversal), the item back in stock. */
export async function cancelVoucher(deps: DomainDeps, actor: Actor, communityId: number, code: string, reason: string): Promise<{ voucher: PointVoucher; result: PostResult }> {
  const { voucher, place } = await voucherAtShop(deps, actor, communityId, code);
  if (!reaches(actor.manages, place)) throw forbidden();
  const original = await findTransfer(deps.db.orm, voucher.transferId);
  if (!original) throw notFound();
  const note = z.string().trim().max(500).parse(reason ?? "");
  const result = await cancelVoucherByTransfer(deps, actor, original, {
    key: `voucher-cancel:${voucher.id}`,
    reason: note || null,
    audit: (orm) => [auditWrite(orm, deps, actor, "points.voucher.cancel", place, { voucher: voucher.code, item: voucher.itemId, reason: note || null })],
  });
  return { voucher: (await findVoucher(deps.db.orm, voucher.id))!, result };
}

/** Undoes a redemption through its voucher (the reversal and the stock together). */
export async function cancelVoucherByTransfer(
  deps: DomainDeps,
  actor: Actor,
  redemption: PointTransfer,
  options: { key: string; reason: string | null; audit: (orm: Orm) => Write[] },
): Promise<PostResult> {
  const voucher = await voucherOfTransfer(deps.db.orm, redemption.id);
  if (!voucher) throw notFound();
  const [shop, resident] = await Promise.all([findAccount(deps.db.orm, redemption.creditAccountId), findAccount(deps.db.orm, redemption.debitAccountId)]);
  const plan = cancellationPlan({
    key: options.key,
    at: deps.now(),
    timeZone: deps.defaultTimeZone,
    voucher,
    original: redemption,
    from: shop!,
    to: resident!,
    note: options.reason ?? `voucher:${voucher.code}`,
    staffId: actor.staffId,
  });
  const told = await tellResident(deps, resident!, { name: "voucher-cancelled", about: voucher.code, args: { voucher: voucher.code, points: redemption.amount } });
  return post(deps, plan, (orm) => [...options.audit(orm), ...(told ? told(orm) : [])]);
}

export function reservedVouchers(deps: DomainDeps, communityId: number): Promise<PointVoucher[]> {
  return vouchersOfCommunity(deps.db.orm, communityId, "reserved");
}
