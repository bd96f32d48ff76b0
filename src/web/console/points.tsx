// /console/points: the points console. Registered on the console app (src/web/console/index.tsx) so that
// its session, CSRF and 404 rules are the console's. Every change goes through src/domain/points with
// its audit row; a place or an account outside the reader's scope is the console's 404.
import type { Hono } from "hono";
import { gridsOfCommunity, placesByIds, allDistricts, communityIdsUnder, type PlaceRef } from "../../db/queries/places.js";
import { allRules, earnedOf, findHousehold, requestsOfAccount, reversedAmong, rulesFor, statementOf } from "../../db/queries/points.js";
import { staffByIds } from "../../db/queries/staff.js";
import { entryViews } from "../../domain/points/card.js";
import { PointsRuleError } from "../../domain/points/errors.js";
import { addHousehold, addMember, addOrganisation, householdsOfCommunity, organisationsOfCommunity, residentsOf, setAccountGrid, staffJoinCode } from "../../domain/points/households.js";
import type { PostResult } from "../../domain/points/ledger.js";
import { accountNames, budgetReport, communitiesAt, honours, honoursCsv, ledgerCsv, ranking, setBudget } from "../../domain/points/reports.js";
import { cancelVoucher, handOver, reservedVouchers, restock, saveItem, shopItems, voucherAtShop } from "../../domain/points/shop.js";
import { accountInScope, approvalQueue, award, decide, findForStaff, penalise, reverse } from "../../domain/points/staff.js";
import { monthLabel, parseMonth, periodsOf } from "../../domain/points/time.js";
import { randomToken } from "../../domain/staff/secrets.js";
import { placeByAnyCode, placeInScope, topPlaces } from "../../domain/staff/places.js";
import { reaches, scopePlaces } from "../../domain/staff/scope.js";
import { StaffRuleError } from "../../domain/staff/errors.js";
import type { DomainDeps } from "../../domain/deps.js";
import { errorText } from "../../i18n/console.js";
import { html, type ConsoleContext as C, type ConsoleEnv } from "./html.js";
import type { PageContext } from "./layout.js";
import { AccountPage, ApprovalsPage, BudgetPage, CommunityPoints, HouseholdsPage, PointsHome, RankingsPage, RulesPage, ShopPage } from "./pages/points.js";


/** Notices after a change: a fixed list, so that a link cannot put words on the page. */
const notices = new Set(["awarded", "pending", "penalised", "reversed", "approved", "rejected", "saved", "handed-over", "cancelled", "household", "member", "organisation", "stock", "grid", "budget"]);

const form = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
/** The key a form carries: made when the form was drawn, so that sending it twice posts once. */
const consoleKey = (typed: string) => (/^console:[A-Za-z0-9_-]{16,80}$/.test(typed) ? typed : null);
const newKey = () => `console:${randomToken(18)}`;

export function pointsConsole(app: Hono<ConsoleEnv>, deps: DomainDeps) {
  const page = (c: C): PageContext => c.get("page");
  const noticeOf = (c: C) => {
    const done = c.req.query("done");
    return done && notices.has(done) ? page(c).t(`points-done-${done}`) : null;
  };
  /** A refusal in the reader's words; errors that are not about the input are thrown on (404, 403). */
  const message = (c: C, error: unknown): string => {
    if (error instanceof PointsRuleError) return page(c).t(`points-error-${error.why}`, error.args);
    if (error instanceof StaffRuleError && error.code !== "not-found" && error.code !== "forbidden") return errorText(page(c).t, error, page(c).lang);
    throw error;
  };
  const refused = (c: C, result: PostResult) => (result.ok ? null : page(c).t(`points-refused-${result.reason}`));

  const community = (c: C) => placeInScope(deps, c.get("viewer").sees, "community", c.req.param("code") ?? "");
  const id = (c: C, name: string) => {
    const n = Number(c.req.param(name));
    if (!Number.isSafeInteger(n) || n <= 0) throw new StaffRuleError("not-found", "not found");
    return n;
  };

  // ── overview ──────────────────────────────────────────────────────────────────────────────────

  const myCommunities = async (c: C): Promise<PlaceRef[]> => {
    const ids = await communityIdsUnder(deps.directory.orm, scopePlaces(c.get("viewer").sees));
    return placesByIds(deps.directory.orm, "community", ids.slice(0, 300));
  };

  app.get("/points", async (c) => {
    const [communities, queue] = await Promise.all([myCommunities(c), approvalQueue(deps, c.get("viewer"))]);
    return html(c, <PointsHome ctx={page(c)} communities={communities} pending={queue.length} notice={noticeOf(c)} />);
  });

  app.get("/points/c/:code", async (c) => {
    const place = await community(c);
    const report = await budgetReport(deps, c.get("viewer"), place.id, periodsOf(deps.now(), deps.defaultTimeZone).year);
    return html(c, <CommunityPoints ctx={page(c)} place={place} report={report} />);
  });

  // ── finding a resident, an account ────────────────────────────────────────────────────────────

  app.get("/points/award", async (c) => {
    const q = (c.req.query("q") ?? "").slice(0, 40);
    try {
      const { account } = await findForStaff(deps, c.get("viewer"), q);
      return c.redirect(`/console/points/accounts/${account.id}`, 303);
    } catch (error) {
      const [communities, queue] = await Promise.all([myCommunities(c), approvalQueue(deps, c.get("viewer"))]);
      return html(c, <PointsHome ctx={page(c)} communities={communities} pending={queue.length} error={message(c, error)} q={q} />, 400);
    }
  });

  const renderAccount = async (c: C, accountId: number, extra: { error?: string | null; status?: 200 | 400 } = {}) => {
    const viewer = c.get("viewer");
    const { account, place } = await accountInScope(deps, viewer, accountId);
    const community = place.kind === "grid" ? (await placesByIds(deps.directory.orm, "community", [place.communityId!]))[0]! : place;
    const [names, entries, rules, grids, earned, requests, residents] = await Promise.all([
      accountNames(deps, [account], page(c).lang),
      statementOf(deps.db.orm, account.id, 50),
      rulesFor(deps.directory.orm, place.districtId, { activeOnly: true }),
      gridsOfCommunity(deps.directory.orm, account.communityId),
      earnedOf(deps.db.orm, account.id, periodsOf(deps.now(), deps.defaultTimeZone).year),
      requestsOfAccount(deps.db.orm, account.id, 10),
      residentsOf(deps, [account]),
    ]);
    const views = await entryViews(deps, account, entries);
    const reversed = await reversedAmong(deps.db.orm, entries.map((e) => e.id));
    const t = page(c).t;
    const what = (v: (typeof views)[number]) =>
      v.rule
        ? `${page(c).lang === "zh" ? v.rule.nameZh : v.rule.nameEn}`
        : v.itemName
          ? `${t(`points-entry-${v.transfer.kind}`)} ${v.itemName[page(c).lang]}`
          : `${t(`points-entry-${v.transfer.kind}`)}${v.transfer.note ? ` · ${v.transfer.note}` : ""}`;
    return html(
      c,
      <AccountPage
        ctx={page(c)}
        timeZone={deps.defaultTimeZone}
        notice={noticeOf(c)}
        error={extra.error}
        view={{
          account,
          place: community,
          label: `${t(`points-kind-${account.kind}`)} ${names.get(account.id) ?? ""}`,
          resident: account.residentId !== null ? residents.get(account.residentId) : undefined,
          entries: views.map((v) => ({ transfer: v.transfer, signed: v.signed, reversed: reversed.has(v.transfer.id), what: what(v) })),
          rules,
          grids,
          earnedThisYear: earned,
          requests,
          key: newKey(),
          manages: reaches(viewer.manages, place),
        }}
      />,
      extra.status ?? 200,
    );
  };

  app.get("/points/accounts/:id", (c) => renderAccount(c, id(c, "id")));

  app.post("/points/accounts/:id/award", async (c) => {
    const accountId = id(c, "id");
    await accountInScope(deps, c.get("viewer"), accountId);
    const body = await c.req.parseBody();
    const key = consoleKey(form(body, "key"));
    if (!key) return renderAccount(c, accountId, { error: page(c).t("points-error-key"), status: 400 });
    try {
      const outcome = await award(deps, c.get("viewer"), { account: accountId, rule: form(body, "rule"), evidence: form(body, "evidence") || undefined, key });
      if (outcome.status === "pending") return c.redirect(`/console/points/accounts/${accountId}?done=pending`, 303);
      const why = refused(c, outcome.result);
      if (why) return renderAccount(c, accountId, { error: why, status: 400 });
    } catch (error) {
      return renderAccount(c, accountId, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/accounts/${accountId}?done=awarded`, 303);
  });

  app.post("/points/accounts/:id/penalty", async (c) => {
    const accountId = id(c, "id");
    await accountInScope(deps, c.get("viewer"), accountId);
    const body = await c.req.parseBody();
    const key = consoleKey(form(body, "key"));
    if (!key) return renderAccount(c, accountId, { error: page(c).t("points-error-key"), status: 400 });
    const amountText = form(body, "amount").trim();
    try {
      if (amountText !== "" && !/^\d{1,6}$/.test(amountText)) throw new PointsRuleError("amount", "a whole number above 0", "amount");
      const { result } = await penalise(deps, c.get("viewer"), {
        account: accountId,
        rule: form(body, "rule") || undefined,
        amount: amountText === "" ? undefined : Number(amountText),
        evidence: form(body, "evidence"),
        key,
      });
      const why = refused(c, result);
      if (why) return renderAccount(c, accountId, { error: why, status: 400 });
    } catch (error) {
      return renderAccount(c, accountId, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/accounts/${accountId}?done=penalised`, 303);
  });

  app.post("/points/accounts/:id/grid", async (c) => {
    const accountId = id(c, "id");
    try {
      await setAccountGrid(deps, c.get("viewer"), accountId, form(await c.req.parseBody(), "grid"));
    } catch (error) {
      return renderAccount(c, accountId, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/accounts/${accountId}?done=grid`, 303);
  });

  app.post("/points/transfers/:id/reverse", async (c) => {
    const transferId = id(c, "id");
    const body = await c.req.parseBody();
    const back = Number(form(body, "back"));
    const to = Number.isSafeInteger(back) && back > 0 ? back : null;
    const key = consoleKey(form(body, "key"));
    try {
      if (!key) throw new PointsRuleError("key", "the form has no key", "key");
      const result = await reverse(deps, c.get("viewer"), { transfer: transferId, reason: form(body, "reason"), key });
      const why = refused(c, result);
      if (why) {
        if (to) return renderAccount(c, to, { error: why, status: 400 });
        throw new PointsRuleError("reason-needed", why);
      }
    } catch (error) {
      if (to) return renderAccount(c, to, { error: message(c, error), status: 400 });
      throw error;
    }
    return c.redirect(to ? `/console/points/accounts/${to}?done=reversed` : "/console/points?done=reversed", 303);
  });

  // ── the approval queue ────────────────────────────────────────────────────────────────────────

  const renderApprovals = async (c: C, extra: { error?: string | null; status?: 200 | 400 } = {}) => {
    const viewer = c.get("viewer");
    const queue = await approvalQueue(deps, viewer);
    const names = await accountNames(deps, queue.map((q) => q.account), page(c).lang);
    const staff = new Map((await staffByIds(deps.directory.orm, queue.map((q) => q.request.requestedBy).filter((x): x is number => x !== null))).map((s) => [s.id, s]));
    const rules = new Map((await allRules(deps.directory.orm)).map((r) => [r.code, r]));
    const t = page(c).t;
    return html(
      c,
      <ApprovalsPage
        ctx={page(c)}
        notice={noticeOf(c)}
        error={extra.error}
        queue={queue.map((q) => ({
          request: q.request,
          label: `${t(`points-kind-${q.account.kind}`)} ${names.get(q.account.id) ?? ""}`,
          place: q.place,
          rule: rules.get(q.request.ruleCode),
          requestedBy: q.request.requestedBy === null ? null : (staff.get(q.request.requestedBy)?.nameZh ?? `#${q.request.requestedBy}`),
          mine: q.request.requestedBy !== null && q.request.requestedBy === viewer.staffId,
        }))}
      />,
      extra.status ?? 200,
    );
  };

  app.get("/points/approvals", (c) => renderApprovals(c));

  app.post("/points/approvals/:id", async (c) => {
    const requestId = id(c, "id");
    const body = await c.req.parseBody();
    const decision = form(body, "decision") === "reject" ? "reject" : "approve";
    try {
      const { result } = await decide(deps, c.get("viewer"), requestId, decision, form(body, "reason"));
      const why = result ? refused(c, result) : null;
      if (why) return renderApprovals(c, { error: why, status: 400 });
    } catch (error) {
      return renderApprovals(c, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/approvals?done=${decision === "approve" ? "approved" : "rejected"}`, 303);
  });

  // ── the shop ──────────────────────────────────────────────────────────────────────────────────

  const renderShop = async (c: C, place: PlaceRef, extra: { error?: string | null; status?: 200 | 400; voucherCode?: string } = {}) => {
    const viewer = c.get("viewer");
    const [items, reserved] = await Promise.all([shopItems(deps, place.id), reservedVouchers(deps, place.id)]);
    let voucher = null;
    let error = extra.error ?? null;
    const code = extra.voucherCode ?? c.req.query("voucher");
    if (code) {
      try {
        voucher = await voucherAtShop(deps, viewer, place.id, code.slice(0, 20));
      } catch (e) {
        error = message(c, e);
      }
    }
    return html(
      c,
      <ShopPage ctx={page(c)} place={place} items={items} reserved={reserved} voucher={voucher} manages={reaches(viewer.manages, place)} notice={noticeOf(c)} error={error} timeZone={deps.defaultTimeZone} />,
      extra.status ?? (error ? 400 : 200),
    );
  };

  app.get("/points/c/:code/shop", async (c) => renderShop(c, await community(c)));

  app.post("/points/c/:code/shop/items", async (c) => {
    const place = await community(c);
    const body = await c.req.parseBody();
    try {
      const stock = form(body, "stock").trim();
      await saveItem(deps, c.get("viewer"), place.id, body, undefined, stock === "" ? 0 : Number(stock));
    } catch (error) {
      return renderShop(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/shop?done=saved`, 303);
  });

  app.post("/points/c/:code/shop/items/:item", async (c) => {
    const place = await community(c);
    try {
      await saveItem(deps, c.get("viewer"), place.id, await c.req.parseBody(), id(c, "item"));
    } catch (error) {
      return renderShop(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/shop?done=saved`, 303);
  });

  app.post("/points/c/:code/shop/items/:item/stock", async (c) => {
    const place = await community(c);
    try {
      await restock(deps, c.get("viewer"), place.id, id(c, "item"), form(await c.req.parseBody(), "change").trim());
    } catch (error) {
      return renderShop(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/shop?done=stock`, 303);
  });

  app.post("/points/c/:code/shop/vouchers", async (c) => {
    const place = await community(c);
    const body = await c.req.parseBody();
    const code = form(body, "code");
    try {
      if (form(body, "action") === "cancel") {
        const { result } = await cancelVoucher(deps, c.get("viewer"), place.id, code, form(body, "reason"));
        const why = refused(c, result);
        if (why) return renderShop(c, place, { error: why, status: 400, voucherCode: code });
        return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/shop?done=cancelled&voucher=${encodeURIComponent(code)}`, 303);
      }
      await handOver(deps, c.get("viewer"), place.id, code);
    } catch (error) {
      return renderShop(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/shop?done=handed-over&voucher=${encodeURIComponent(code)}`, 303);
  });

  // ── households and organisations ──────────────────────────────────────────────────────────────

  const renderHouseholds = async (c: C, place: PlaceRef, extra: { error?: string | null; status?: 200 | 400; joinCode?: { householdId: number; code: string } } = {}) => {
    const viewer = c.get("viewer");
    const [households, organisations] = await Promise.all([householdsOfCommunity(deps, viewer, place.id), organisationsOfCommunity(deps, viewer, place.id)]);
    const joinFor = extra.joinCode ? households.find((h) => h.household.id === extra.joinCode!.householdId)?.household : undefined;
    return html(
      c,
      <HouseholdsPage
        ctx={page(c)}
        place={place}
        households={households}
        organisations={organisations}
        manages={reaches(viewer.manages, place)}
        joinCode={joinFor ? { household: joinFor, code: extra.joinCode!.code } : null}
        notice={noticeOf(c)}
        error={extra.error}
      />,
      extra.status ?? 200,
    );
  };

  app.get("/points/c/:code/households", async (c) => renderHouseholds(c, await community(c)));

  app.post("/points/c/:code/households", async (c) => {
    const place = await community(c);
    try {
      await addHousehold(deps, c.get("viewer"), place.id, await c.req.parseBody());
    } catch (error) {
      return renderHouseholds(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/households?done=household`, 303);
  });

  const householdCommunity = async (c: C, householdId: number) => {
    const household = await findHousehold(deps.db.orm, householdId);
    if (!household) throw new StaffRuleError("not-found", "not found");
    const place = (await placesByIds(deps.directory.orm, "community", [household.communityId]))[0];
    if (!place || !reaches(c.get("viewer").sees, place)) throw new StaffRuleError("not-found", "not found");
    return place;
  };

  app.post("/points/households/:id/members", async (c) => {
    const householdId = id(c, "id");
    const place = await householdCommunity(c, householdId);
    try {
      await addMember(deps, c.get("viewer"), householdId, form(await c.req.parseBody(), "member"));
    } catch (error) {
      return renderHouseholds(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/households?done=member`, 303);
  });

  app.post("/points/households/:id/code", async (c) => {
    const householdId = id(c, "id");
    const place = await householdCommunity(c, householdId);
    const code = await staffJoinCode(deps, c.get("viewer"), householdId);
    return renderHouseholds(c, place, { joinCode: { householdId, code } });
  });

  app.post("/points/c/:code/organisations", async (c) => {
    const place = await community(c);
    try {
      await addOrganisation(deps, c.get("viewer"), place.id, await c.req.parseBody());
    } catch (error) {
      return renderHouseholds(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/households?done=organisation`, 303);
  });

  // ── rankings, honours, budget, export, rules ──────────────────────────────────────────────────

  app.get("/points/c/:code/rankings", async (c) => {
    const place = await community(c);
    const year = Number(c.req.query("year")) || periodsOf(deps.now(), deps.defaultTimeZone).year;
    const grids = await gridsOfCommunity(deps.directory.orm, place.id);
    const gridCode = c.req.query("grid") ?? "";
    const grid = grids.find((g) => g.code === gridCode);
    const list = await ranking(deps, c.get("viewer"), place.id, year, { gridId: grid?.id, lang: page(c).lang });
    const t = page(c).t;
    return html(
      c,
      <RankingsPage ctx={page(c)} place={place} title={t("points-rankings")} period={String(year)} grids={grids} grid={grid?.code} list={list} form={{ name: "year", label: t("points-year"), hint: "2026" }} />,
    );
  });

  const monthOf = (c: C) => parseMonth(c.req.query("month") ?? "") ?? periodsOf(deps.now(), deps.defaultTimeZone).month;

  app.get("/points/c/:code/honours", async (c) => {
    const place = await community(c);
    const month = monthOf(c);
    const list = await honours(deps, c.get("viewer"), place.id, month, page(c).lang);
    const t = page(c).t;
    return html(
      c,
      <RankingsPage
        ctx={page(c)}
        place={place}
        title={t("points-honours")}
        period={monthLabel(month)}
        list={list}
        csv={`/console/points/c/${encodeURIComponent(place.code)}/honours.csv?month=${monthLabel(month)}`}
        form={{ name: "month", label: t("points-month"), hint: t("points-month-hint") }}
      />,
    );
  });

  app.get("/points/c/:code/honours.csv", async (c) => {
    const place = await community(c);
    const month = monthOf(c);
    const csv = honoursCsv(await honours(deps, c.get("viewer"), place.id, month, page(c).lang), month);
    return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="honours-${place.code}-${monthLabel(month)}.csv"` });
  });

  const renderBudget = async (c: C, place: PlaceRef, extra: { error?: string | null; status?: 200 | 400 } = {}) => {
    const year = Number(c.req.query("year")) || periodsOf(deps.now(), deps.defaultTimeZone).year;
    const report = await budgetReport(deps, c.get("viewer"), place.id, year);
    return html(c, <BudgetPage ctx={page(c)} place={place} report={report} manages={reaches(c.get("viewer").manages, place)} notice={noticeOf(c)} error={extra.error} />, extra.status ?? 200);
  };

  app.get("/points/c/:code/budget", async (c) => renderBudget(c, await community(c)));

  app.post("/points/c/:code/budget", async (c) => {
    const place = await community(c);
    const year = Number(c.req.query("year")) || periodsOf(deps.now(), deps.defaultTimeZone).year;
    try {
      await setBudget(deps, c.get("viewer"), place.id, year, await c.req.parseBody());
    } catch (error) {
      return renderBudget(c, place, { error: message(c, error), status: 400 });
    }
    return c.redirect(`/console/points/c/${encodeURIComponent(place.code)}/budget?year=${year}&done=budget`, 303);
  });

  app.get("/points/export", async (c) => {
    const month = parseMonth(c.req.query("month") ?? "");
    const place = await placeByAnyCode(deps, c.req.query("place") ?? "").catch(() => null);
    if (!place || month === null) throw new StaffRuleError("not-found", "not found");
    const { communities } = await communitiesAt(deps, c.get("viewer"), place.kind, place.id);
    const csv = await ledgerCsv(deps, communities, month, place.kind === "grid" ? { gridId: place.id } : {});
    return c.body(csv, 200, { "Content-Type": "text/csv; charset=utf-8", "Content-Disposition": `attachment; filename="points-${place.code}-${monthLabel(month)}.csv"` });
  });

  app.get("/points/rules", async (c) => {
    const viewer = c.get("viewer");
    const districts = await allDistricts(deps.directory.orm);
    const seen = new Set(viewer.sees.everywhere ? districts.map((d) => d.id) : (await topPlaces(deps, viewer.sees)).map((p) => p.districtId));
    const rules = (await allRules(deps.directory.orm)).filter((r) => r.districtId === null || seen.has(r.districtId));
    const names = new Map(districts.map((d) => [d.id, page(c).lang === "zh" ? d.nameZh : d.nameEn]));
    return html(c, <RulesPage ctx={page(c)} rules={rules} districtName={(d) => names.get(d) ?? ""} />);
  });
}
