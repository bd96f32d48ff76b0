// The points console (积分): overview, finding a resident, an account with award / penalty / reversal,
// the approval queue, a community's shop with vouchers, households and organisations, rankings, honours,
// the budget with its chart, and the rulebook.
import type { FC } from "hono/jsx";
import { raw } from "hono/html";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { PointAccount, PointHousehold, PointItem, PointOrganisation, PointRequest, PointRule, PointTransfer, PointVoucher } from "../../../db/queries/points.js";
import type { Resident } from "../../../db/queries/residents.js";
import { showCode } from "../../../domain/points/accounts.js";
import type { HouseholdSummary } from "../../../domain/points/households.js";
import type { BudgetReport, RankRow } from "../../../domain/points/reports.js";
import { showVoucherCode } from "../../../domain/points/shop.js";
import { monthLabel } from "../../../domain/points/time.js";
import { maskPhone } from "../../../domain/residents.js";
import { organisationKinds, pointCategories, pointItemKinds } from "../../../vocabulary.js";
import { Field, Page, PostForm, type PageContext } from "../layout.js";
import { budgetChartSvg } from "../points-chart.js";
import { formatTime, placeName } from "./common.js";

const base = "/console/points";
export const communityHref = (code: string) => `${base}/c/${encodeURIComponent(code)}`;

const ruleName = (ctx: PageContext, r: Pick<PointRule, "nameZh" | "nameEn">) => (ctx.lang === "zh" ? r.nameZh : r.nameEn);
const signed = (n: number) => (n > 0 ? `+${n}` : `${n}`);

/** How staff name an account: a resident's member code (and masked phone), a household's or organisation's name. */
export function accountLabel(ctx: PageContext, account: PointAccount, names: Map<number, string>): string {
  const name = names.get(account.id) ?? `#${account.id}`;
  return `${ctx.t(`points-kind-${account.kind}`)} ${name}`;
}

const Key: FC<{ value: string }> = ({ value }) => <input type="hidden" name="key" value={value} />;

// ── overview ────────────────────────────────────────────────────────────────────────────────────

export const PointsHome: FC<{ ctx: PageContext; communities: PlaceRef[]; pending: number; notice?: string | null; error?: string | null; q?: string }> = ({ ctx, communities, pending, notice, error, q }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("nav-points")} nav="points" notice={notice} error={error}>
      <h1>{t("nav-points")}</h1>
      <section class="card">
        <h2>{t("points-find")}</h2>
        <form method="get" action={`${base}/award`}>
          <Field label={t("points-find-label")} hint={t("points-find-hint")} name="q" value={q} required autocomplete="off" />
          <button type="submit" data-testid="find">
            {t("search")}
          </button>
        </form>
      </section>
      <section class="card">
        <a class="button" href={`${base}/approvals`} data-testid="approvals">
          {t("points-approvals")} ({pending})
        </a>
        <a class="button secondary" href={`${base}/rules`}>
          {t("points-rulebook")}
        </a>
      </section>
      <section class="card">
        <h2>{t("points-communities")}</h2>
        {communities.length === 0 ? (
          <p class="muted">{t("home-no-roles")}</p>
        ) : (
          <ul class="list" data-testid="points-communities">
            {communities.map((c) => (
              <li>
                <a href={communityHref(c.code)}>{placeName(ctx, c)}</a>
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
};

export const CommunityPoints: FC<{ ctx: PageContext; place: PlaceRef; report: BudgetReport }> = ({ ctx, place, report }) => {
  const { t } = ctx;
  const href = communityHref(place.code);
  return (
    <Page ctx={ctx} title={`${placeName(ctx, place)} · ${t("nav-points")}`} nav="points">
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a>
      </p>
      <h1>{placeName(ctx, place)}</h1>
      <section class="card">
        <p data-testid="issued">
          {report.budget ? t("points-issued-of-budget", { issued: report.issued, budget: report.budget.points, year: report.year }) : t("points-issued-no-budget", { issued: report.issued, year: report.year })}
        </p>
        <a class="button" href={`${href}/shop`} data-testid="open-shop">
          {t("points-shop")}
        </a>
        {(
          [
            ["households", t("points-households")],
            ["rankings", t("points-rankings")],
            ["honours", t("points-honours")],
            ["budget", t("points-budget")],
          ] as const
        ).map(([page, label]) => (
          <a class="button secondary" href={`${href}/${page}`}>
            {label}
          </a>
        ))}
      </section>
      <section class="card">
        <h2>{t("points-export")}</h2>
        <form method="get" action={`${base}/export`}>
          <input type="hidden" name="place" value={`community:${place.code}`} />
          <Field label={t("points-month")} hint={t("points-month-hint")} name="month" value={monthLabel(report.year * 100 + 1)} required />
          <button type="submit">{t("points-export-button")}</button>
        </form>
      </section>
    </Page>
  );
};

// ── an account ──────────────────────────────────────────────────────────────────────────────────

export interface AccountView {
  account: PointAccount;
  place: PlaceRef;
  label: string;
  resident: Resident | undefined;
  entries: { transfer: PointTransfer; signed: number; reversed: boolean; what: string }[];
  rules: PointRule[];
  grids: { code: string; nameZh: string; nameEn: string; id: number }[];
  earnedThisYear: number;
  requests: PointRequest[];
  key: string;
  manages: boolean;
}

export const AccountPage: FC<{ ctx: PageContext; view: AccountView; notice?: string | null; error?: string | null; timeZone: string }> = ({ ctx, view, notice, error, timeZone }) => {
  const { t } = ctx;
  const a = view.account;
  const href = `${base}/accounts/${a.id}`;
  const awards = view.rules.filter((r) => r.points > 0);
  const penalties = view.rules.filter((r) => r.points < 0);
  return (
    <Page ctx={ctx} title={view.label} nav="points" notice={notice} error={error}>
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a> · <a href={communityHref(view.place.kind === "community" ? view.place.code : "")}>{placeName(ctx, view.place)}</a>
      </p>
      <h1 data-testid="account-title">{view.label}</h1>
      <section class="card">
        <dl>
          <dt>{t("points-balance")}</dt>
          <dd data-testid="balance">{a.balance}</dd>
          <dt>{t("points-earned-year")}</dt>
          <dd>{view.earnedThisYear}</dd>
          {view.resident?.phone ? (
            <>
              <dt>{t("field-phone")}</dt>
              <dd>{maskPhone(view.resident.phone)}</dd>
            </>
          ) : null}
          <dt>{t("points-place")}</dt>
          <dd>{placeName(ctx, view.place)}</dd>
        </dl>
        {view.manages && view.grids.length ? (
          <PostForm ctx={ctx} action={`${href}/grid`} class="inline">
            <label for="f-grid">{t("points-grid")}</label>
            <select id="f-grid" name="grid">
              <option value="">{t("points-no-grid")}</option>
              {view.grids.map((g) => (
                <option value={g.code} selected={g.id === a.gridId}>
                  {ctx.lang === "zh" ? g.nameZh : g.nameEn}
                </option>
              ))}
            </select>
            <button type="submit" class="secondary">
              {t("save")}
            </button>
          </PostForm>
        ) : null}
      </section>
      {a.kind !== "issuance" && a.kind !== "shop" ? (
        <section class="card">
          <h2>{t("points-award")}</h2>
          <PostForm ctx={ctx} action={`${href}/award`}>
            <Key value={view.key} />
            <label for="f-rule">{t("points-rule")}</label>
            <select id="f-rule" name="rule" required data-testid="award-rule">
              {pointCategories.map((c) => (
                <optgroup label={t(`points-category-${c}`)}>
                  {awards
                    .filter((r) => r.category === c)
                    .map((r) => (
                      <option value={r.code}>
                        {signed(r.points)} {ruleName(ctx, r)}
                        {r.approvalAbove !== null && r.points > r.approvalAbove ? ` (${t("points-needs-approval")})` : ""}
                      </option>
                    ))}
                </optgroup>
              ))}
            </select>
            <label for="f-evidence">{t("points-evidence")}</label>
            <textarea id="f-evidence" name="evidence" maxlength={500} data-testid="award-evidence"></textarea>
            <button type="submit" data-testid="award">
              {t("points-award-button")}
            </button>
          </PostForm>
        </section>
      ) : null}
      {a.kind !== "issuance" && a.kind !== "shop" ? (
        <section class="card">
          <h2>{t("points-penalty")}</h2>
          <PostForm ctx={ctx} action={`${href}/penalty`}>
            <Key value={view.key} />
            <label for="f-prule">{t("points-rule")}</label>
            <select id="f-prule" name="rule">
              <option value="">{t("points-penalty-amount-only")}</option>
              {penalties.map((r) => (
                <option value={r.code}>
                  {signed(r.points)} {ruleName(ctx, r)}
                </option>
              ))}
            </select>
            <Field label={t("points-amount")} hint={t("points-amount-hint")} name="amount" inputmode="numeric" />
            <label for="f-pevidence">{t("points-evidence")}</label>
            <textarea id="f-pevidence" name="evidence" maxlength={500} required></textarea>
            <button type="submit" class="danger">
              {t("points-penalty-button")}
            </button>
          </PostForm>
        </section>
      ) : null}
      {view.requests.length ? (
        <section class="card">
          <h2>{t("points-requests")}</h2>
          <ul class="list">
            {view.requests.map((r) => (
              <li>
                {r.ruleCode} · {r.amount} · <span class="tag">{t(`points-request-${r.status}`)}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section class="card">
        <h2>{t("points-entries")}</h2>
        {view.entries.length === 0 ? (
          <p class="muted">{t("points-no-entries")}</p>
        ) : (
          <ul class="list" data-testid="entries">
            {view.entries.map((e) => (
              <li>
                <strong>{signed(e.signed)}</strong> {e.what} <span class="muted">{formatTime(ctx, e.transfer.at, timeZone)}</span>
                {e.transfer.shortfall > 0 ? <span class="tag off">{t("points-shortfall", { shortfall: e.transfer.shortfall })}</span> : null}
                {e.reversed ? <span class="tag">{t("points-reversed")}</span> : null}
                {view.manages && !e.reversed && e.transfer.kind !== "reversal" ? (
                  <details>
                    <summary>{t("points-reverse")}</summary>
                    <PostForm ctx={ctx} action={`${base}/transfers/${e.transfer.id}/reverse`}>
                      <Key value={`${view.key}-r${e.transfer.id}`} />
                      <input type="hidden" name="back" value={String(a.id)} />
                      <Field label={t("points-reason")} name="reason" required />
                      <button type="submit" class="danger">
                        {t("points-reverse-button")}
                      </button>
                    </PostForm>
                  </details>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </Page>
  );
};

// ── the approval queue ──────────────────────────────────────────────────────────────────────────

export const ApprovalsPage: FC<{
  ctx: PageContext;
  queue: { request: PointRequest; label: string; place: PlaceRef; rule: PointRule | undefined; requestedBy: string | null; mine: boolean }[];
  notice?: string | null;
  error?: string | null;
}> = ({ ctx, queue, notice, error }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("points-approvals")} nav="points" notice={notice} error={error}>
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a>
      </p>
      <h1>{t("points-approvals")}</h1>
      <p class="muted">{t("points-approvals-explain")}</p>
      {queue.length === 0 ? (
        <div class="card">
          <p class="muted" data-testid="queue-empty">
            {t("points-approvals-empty")}
          </p>
        </div>
      ) : (
        queue.map((q) => (
          <section class="card" data-testid="request">
            <h2>
              {t(`points-request-kind-${q.request.kind}`)} · {q.rule ? ruleName(ctx, q.rule) : q.request.ruleCode} · {signed(q.request.amount)}
            </h2>
            <dl>
              <dt>{t("points-who")}</dt>
              <dd>
                <a href={`${base}/accounts/${q.request.accountId}`}>{q.label}</a> · {placeName(ctx, q.place)}
              </dd>
              <dt>{t("points-evidence")}</dt>
              <dd>{q.request.evidence ?? "—"}</dd>
              {q.request.photo ? (
                <>
                  <dt>{t("points-photo")}</dt>
                  <dd>{t("points-photo-telegram")}</dd>
                </>
              ) : null}
              <dt>{t("points-asked-by")}</dt>
              <dd>{q.requestedBy ?? t("points-asked-by-resident")}</dd>
            </dl>
            {q.mine ? (
              <p class="muted">{t("points-approve-not-own")}</p>
            ) : (
              <>
                <PostForm ctx={ctx} action={`${base}/approvals/${q.request.id}`} class="inline">
                  <input type="hidden" name="decision" value="approve" />
                  <button type="submit" data-testid="approve">
                    {t("points-approve")}
                  </button>
                </PostForm>
                <details>
                  <summary>{t("points-reject")}</summary>
                  <PostForm ctx={ctx} action={`${base}/approvals/${q.request.id}`}>
                    <input type="hidden" name="decision" value="reject" />
                    <Field label={t("points-reason")} name="reason" required />
                    <button type="submit" class="danger">
                      {t("points-reject")}
                    </button>
                  </PostForm>
                </details>
              </>
            )}
          </section>
        ))
      )}
    </Page>
  );
};

// ── the shop ────────────────────────────────────────────────────────────────────────────────────

const ItemFields: FC<{ ctx: PageContext; item?: PointItem }> = ({ ctx, item }) => {
  const { t } = ctx;
  return (
    <>
      <label for={`f-kind-${item?.id ?? "new"}`}>{t("points-item-kind")}</label>
      <select id={`f-kind-${item?.id ?? "new"}`} name="kind">
        {pointItemKinds.map((k) => (
          <option value={k} selected={item?.kind === k}>
            {t(`points-item-kind-${k}`)}
          </option>
        ))}
      </select>
      <div class="row two">
        <Field label={t("points-item-name-zh")} name="name_zh" value={item?.nameZh} required />
        <Field label={t("points-item-name-en")} name="name_en" value={item?.nameEn} required />
        <Field label={t("points-item-points")} name="points" value={item?.points} inputmode="numeric" required />
        <Field label={t("points-item-pickup-zh")} name="pickup_zh" value={item?.pickupZh} required />
        <Field label={t("points-item-pickup-en")} name="pickup_en" value={item?.pickupEn} required />
        <Field label={t("points-item-hours-zh")} name="hours_zh" value={item?.hoursZh} required />
        <Field label={t("points-item-hours-en")} name="hours_en" value={item?.hoursEn} required />
        <Field label={t("points-item-description-zh")} name="description_zh" value={item?.descriptionZh} />
        <Field label={t("points-item-description-en")} name="description_en" value={item?.descriptionEn} />
      </div>
      <label class="check">
        <input type="checkbox" name="active" checked={item ? item.active : true} /> {t("points-item-active")}
      </label>
    </>
  );
};

export const ShopPage: FC<{
  ctx: PageContext;
  place: PlaceRef;
  items: PointItem[];
  reserved: PointVoucher[];
  voucher?: { voucher: PointVoucher; item: PointItem | undefined } | null;
  manages: boolean;
  notice?: string | null;
  error?: string | null;
  timeZone: string;
}> = ({ ctx, place, items, reserved, voucher, manages, notice, error, timeZone }) => {
  const { t } = ctx;
  const href = `${communityHref(place.code)}/shop`;
  const itemName = (id: number) => {
    const item = items.find((i) => i.id === id);
    return item ? (ctx.lang === "zh" ? item.nameZh : item.nameEn) : `#${id}`;
  };
  return (
    <Page ctx={ctx} title={`${placeName(ctx, place)} · ${t("points-shop")}`} nav="points" notice={notice} error={error}>
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a> · <a href={communityHref(place.code)}>{placeName(ctx, place)}</a>
      </p>
      <h1>{t("points-shop")}</h1>
      <section class="card">
        <h2>{t("points-voucher-find")}</h2>
        <form method="get" action={href}>
          <Field label={t("points-voucher-code")} hint={t("points-voucher-code-hint")} name="voucher" required autocomplete="off" />
          <button type="submit" data-testid="find-voucher">
            {t("search")}
          </button>
        </form>
        {voucher ? (
          <div data-testid="voucher">
            <p>
              <strong>{showVoucherCode(voucher.voucher.code)}</strong> · {voucher.item ? itemName(voucher.item.id) : ""} · <span class="tag">{t(`points-voucher-${voucher.voucher.status}`)}</span>
            </p>
            {voucher.voucher.status === "reserved" ? (
              <>
                <PostForm ctx={ctx} action={`${href}/vouchers`} class="inline">
                  <input type="hidden" name="code" value={voucher.voucher.code} />
                  <input type="hidden" name="action" value="handover" />
                  <button type="submit" data-testid="hand-over">
                    {t("points-hand-over")}
                  </button>
                </PostForm>
                {manages ? (
                  <details>
                    <summary>{t("points-voucher-cancel")}</summary>
                    <PostForm ctx={ctx} action={`${href}/vouchers`}>
                      <input type="hidden" name="code" value={voucher.voucher.code} />
                      <input type="hidden" name="action" value="cancel" />
                      <Field label={t("points-reason")} name="reason" required />
                      <button type="submit" class="danger">
                        {t("points-voucher-cancel")}
                      </button>
                    </PostForm>
                  </details>
                ) : null}
              </>
            ) : null}
          </div>
        ) : null}
      </section>
      <section class="card">
        <h2>{t("points-vouchers-reserved")}</h2>
        {reserved.length === 0 ? (
          <p class="muted">{t("points-vouchers-none")}</p>
        ) : (
          <ul class="list">
            {reserved.map((v) => (
              <li>
                <a href={`${href}?voucher=${v.code}`}>{showVoucherCode(v.code)}</a> · {itemName(v.itemId)} <span class="muted">{formatTime(ctx, v.createdAt, timeZone)}</span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section class="card">
        <h2>{t("points-items")}</h2>
        <div class="scroll">
          <table data-testid="items">
            <thead>
              <tr>
                <th>{t("points-item-name")}</th>
                <th>{t("points-item-points")}</th>
                <th>{t("points-item-stock")}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((i) => (
                <tr>
                  <td>
                    {ctx.lang === "zh" ? i.nameZh : i.nameEn} {i.active ? null : <span class="tag off">{t("points-item-inactive")}</span>}
                  </td>
                  <td>{i.points}</td>
                  <td>{i.stock}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {manages ? (
        <>
          {items.map((i) => (
            <details class="card">
              <summary>
                {t("points-item-edit")}: {ctx.lang === "zh" ? i.nameZh : i.nameEn}
              </summary>
              <PostForm ctx={ctx} action={`${href}/items/${i.id}/stock`}>
                <Field label={t("points-item-restock")} hint={t("points-item-restock-hint")} name="change" inputmode="numeric" required />
                <button type="submit">{t("save")}</button>
              </PostForm>
              <PostForm ctx={ctx} action={`${href}/items/${i.id}`}>
                <ItemFields ctx={ctx} item={i} />
                <button type="submit">{t("save")}</button>
              </PostForm>
            </details>
          ))}
          <section class="card">
            <h2>{t("points-item-add")}</h2>
            <PostForm ctx={ctx} action={`${href}/items`}>
              <ItemFields ctx={ctx} />
              <Field label={t("points-item-stock")} name="stock" inputmode="numeric" value={0} />
              <button type="submit">{t("points-item-add")}</button>
            </PostForm>
          </section>
        </>
      ) : null}
    </Page>
  );
};

// ── households and organisations ────────────────────────────────────────────────────────────────

export const HouseholdsPage: FC<{
  ctx: PageContext;
  place: PlaceRef;
  households: HouseholdSummary[];
  organisations: { organisation: PointOrganisation; account: PointAccount | undefined }[];
  manages: boolean;
  joinCode?: { household: PointHousehold; code: string } | null;
  notice?: string | null;
  error?: string | null;
}> = ({ ctx, place, households, organisations, manages, joinCode, notice, error }) => {
  const { t } = ctx;
  const href = `${communityHref(place.code)}/households`;
  return (
    <Page ctx={ctx} title={`${placeName(ctx, place)} · ${t("points-households")}`} nav="points" notice={notice} error={error}>
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a> · <a href={communityHref(place.code)}>{placeName(ctx, place)}</a>
      </p>
      <h1>{t("points-households")}</h1>
      {joinCode ? (
        <div class="card" data-testid="join-code">
          <p>{t("points-join-code-for", { name: joinCode.household.name })}</p>
          <code class="secret">{showCode(joinCode.code)}</code>
        </div>
      ) : null}
      <section class="card">
        {households.length === 0 ? (
          <p class="muted">{t("points-households-none")}</p>
        ) : (
          <ul class="list" data-testid="households">
            {households.map((h) => (
              <li>
                {h.account ? <a href={`${base}/accounts/${h.account.id}`}>{h.household.name}</a> : h.household.name} · {h.account?.balance ?? 0}
                <div class="muted">
                  {h.members.map((m) => `${m.memberCode ? showCode(m.memberCode) : "—"}${m.head ? ` (${t("points-head")})` : ""}`).join("、") || t("points-no-members")}
                </div>
                {manages ? (
                  <>
                    <PostForm ctx={ctx} action={`${base}/households/${h.household.id}/members`} class="inline">
                      <Field label={t("points-add-member")} hint={t("points-member-code-hint")} name="member" />
                      <button type="submit" class="secondary">
                        {t("points-add-member")}
                      </button>
                    </PostForm>
                    <PostForm ctx={ctx} action={`${base}/households/${h.household.id}/code`} class="inline">
                      <button type="submit" class="secondary">
                        {t("points-make-join-code")}
                      </button>
                    </PostForm>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
      {manages ? (
        <section class="card">
          <h2>{t("points-household-add")}</h2>
          <PostForm ctx={ctx} action={href}>
            <Field label={t("points-household-name")} hint={t("points-household-name-hint")} name="name" required />
            <Field label={t("points-grid-code")} hint={t("points-grid-code-hint")} name="grid" />
            <Field label={t("points-head-code")} hint={t("points-member-code-hint")} name="head" />
            <button type="submit">{t("points-household-add")}</button>
          </PostForm>
        </section>
      ) : null}
      <h2>{t("points-organisations")}</h2>
      <section class="card">
        {organisations.length === 0 ? (
          <p class="muted">{t("points-organisations-none")}</p>
        ) : (
          <ul class="list" data-testid="organisations">
            {organisations.map((o) => (
              <li>
                {o.account ? <a href={`${base}/accounts/${o.account.id}`}>{ctx.lang === "zh" ? o.organisation.nameZh : o.organisation.nameEn}</a> : o.organisation.nameZh} ·{" "}
                {t(`points-organisation-${o.organisation.kind}`)} · {o.account?.balance ?? 0}
              </li>
            ))}
          </ul>
        )}
      </section>
      {manages ? (
        <section class="card">
          <h2>{t("points-organisation-add")}</h2>
          <PostForm ctx={ctx} action={`${communityHref(place.code)}/organisations`}>
            <label for="f-okind">{t("points-organisation-kind")}</label>
            <select id="f-okind" name="kind">
              {organisationKinds.map((k) => (
                <option value={k}>{t(`points-organisation-${k}`)}</option>
              ))}
            </select>
            <div class="row two">
              <Field label={t("points-item-name-zh")} name="name_zh" required />
              <Field label={t("points-item-name-en")} name="name_en" required />
            </div>
            <Field label={t("points-grid-code")} hint={t("points-grid-code-hint")} name="grid" />
            <button type="submit">{t("points-organisation-add")}</button>
          </PostForm>
        </section>
      ) : null}
    </Page>
  );
};

// ── rankings, honours, budget, rules ────────────────────────────────────────────────────────────

const RankTable: FC<{ ctx: PageContext; rows: RankRow[]; testid: string }> = ({ ctx, rows, testid }) =>
  rows.length === 0 ? (
    <p class="muted">{ctx.t("points-ranking-empty")}</p>
  ) : (
    <div class="scroll">
      <table data-testid={testid}>
        <thead>
          <tr>
            <th>{ctx.t("points-rank")}</th>
            <th>{ctx.t("points-who")}</th>
            <th>{ctx.t("points-earned")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr>
              <td>{r.rank}</td>
              <td>
                <a href={`${base}/accounts/${r.account.id}`}>{r.name}</a>
              </td>
              <td>{r.earned}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );

export const RankingsPage: FC<{
  ctx: PageContext;
  place: PlaceRef;
  title: string;
  period: string;
  grids?: { code: string; nameZh: string; nameEn: string }[];
  grid?: string;
  list: { residents: RankRow[]; households: RankRow[] };
  csv?: string;
  form: { name: string; label: string; hint: string };
}> = ({ ctx, place, title, period, grids, grid, list, csv, form }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={`${placeName(ctx, place)} · ${title}`} nav="points">
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a> · <a href={communityHref(place.code)}>{placeName(ctx, place)}</a>
      </p>
      <h1>
        {title} <span class="muted">{period}</span>
      </h1>
      <form method="get" class="card">
        <Field label={form.label} hint={form.hint} name={form.name} value={period} />
        {grids ? (
          <>
            <label for="f-rgrid">{t("points-grid")}</label>
            <select id="f-rgrid" name="grid">
              <option value="">{t("points-whole-community")}</option>
              {grids.map((g) => (
                <option value={g.code} selected={g.code === grid}>
                  {ctx.lang === "zh" ? g.nameZh : g.nameEn}
                </option>
              ))}
            </select>
          </>
        ) : null}
        <button type="submit">{t("points-show")}</button>
        {csv ? (
          <a class="button secondary" href={csv} data-testid="honours-csv">
            {t("points-export-button")}
          </a>
        ) : null}
      </form>
      <section class="card">
        <h2>{t("points-residents")}</h2>
        <RankTable ctx={ctx} rows={list.residents} testid="rank-residents" />
      </section>
      <section class="card">
        <h2>{t("points-households")}</h2>
        <RankTable ctx={ctx} rows={list.households} testid="rank-households" />
      </section>
    </Page>
  );
};

export const BudgetPage: FC<{ ctx: PageContext; place: PlaceRef; report: BudgetReport; manages: boolean; notice?: string | null; error?: string | null }> = ({ ctx, place, report, manages, notice, error }) => {
  const { t } = ctx;
  const chart = budgetChartSvg(report, (key, args) => t(key.startsWith("category-") ? `points-${key}` : `points-${key}`, args));
  return (
    <Page ctx={ctx} title={`${placeName(ctx, place)} · ${t("points-budget")}`} nav="points" notice={notice} error={error}>
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a> · <a href={communityHref(place.code)}>{placeName(ctx, place)}</a>
      </p>
      <h1>
        {t("points-budget")} <span class="muted">{report.year}</span>
      </h1>
      <section class="card">
        <p data-testid="budget-summary">
          {report.budget
            ? t("points-budget-summary", { budget: report.budget.points, issued: report.issued, share: report.budget.points ? Math.round((report.issued / report.budget.points) * 100) : 0, population: report.budget.population, rate: report.budget.pointsPerYuan })
            : t("points-issued-no-budget", { issued: report.issued, year: report.year })}
        </p>
        {raw(chart)}
        <ul class="legend">
          {[...pointCategories, "none" as const].map((c) => (
            <li>
              <span class={`swatch c-${c}`}></span>
              {t(`points-category-${c}`)}
            </li>
          ))}
        </ul>
        <div class="scroll">
          <table data-testid="budget-table">
            <thead>
              <tr>
                <th>{t("points-month")}</th>
                {pointCategories.map((c) => (
                  <th>{t(`points-category-${c}`)}</th>
                ))}
                <th>{t("points-total")}</th>
              </tr>
            </thead>
            <tbody>
              {report.months.map((m) => (
                <tr>
                  <td>{monthLabel(m.month)}</td>
                  {pointCategories.map((c) => (
                    <td>{m.byCategory[c]}</td>
                  ))}
                  <td>{m.total}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      {manages ? (
        <section class="card">
          <h2>{t("points-budget-set")}</h2>
          <PostForm ctx={ctx} action={`${communityHref(place.code)}/budget?year=${report.year}`}>
            <Field label={t("points-population")} hint={t("points-population-hint")} name="population" inputmode="numeric" value={report.budget?.population ?? ""} required />
            <Field label={t("points-per-yuan")} hint={t("points-per-yuan-hint")} name="points_per_yuan" inputmode="numeric" value={report.budget?.pointsPerYuan ?? 10} required />
            <button type="submit">{t("save")}</button>
          </PostForm>
        </section>
      ) : null}
    </Page>
  );
};

export const RulesPage: FC<{ ctx: PageContext; rules: PointRule[]; districtName: (id: number) => string }> = ({ ctx, rules, districtName }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("points-rulebook")} nav="points">
      <p class="crumbs">
        <a href={base}>{t("nav-points")}</a>
      </p>
      <h1>{t("points-rulebook")}</h1>
      <p class="muted">{t("points-rulebook-explain")}</p>
      {pointCategories.map((c) => (
        <section class="card">
          <h2>{t(`points-category-${c}`)}</h2>
          <div class="scroll">
            <table data-testid={`rules-${c}`}>
              <thead>
                <tr>
                  <th>{t("points-rule")}</th>
                  <th>{t("points-points")}</th>
                  <th>{t("points-rule-details")}</th>
                </tr>
              </thead>
              <tbody>
                {rules
                  .filter((r) => r.category === c)
                  .map((r) => (
                    <tr>
                      <td>
                        {ruleName(ctx, r)} <span class="muted">{r.code}</span>
                        {r.example ? <span class="tag">{t("points-example")}</span> : null}
                        {r.districtId !== null ? <span class="tag">{districtName(r.districtId)}</span> : null}
                        {r.active ? null : <span class="tag off">{t("points-rule-inactive")}</span>}
                      </td>
                      <td>{signed(r.points)}</td>
                      <td>
                        {[
                          t(`points-evidence-${r.evidence}`),
                          t("points-awarded-by", { role: t(`role-${r.awardedBy}`) }),
                          r.capDay ? t("points-cap-day", { n: r.capDay }) : null,
                          r.capMonth ? t("points-cap-month", { n: r.capMonth }) : null,
                          r.capYear ? t("points-cap-year", { n: r.capYear }) : null,
                          r.approvalAbove !== null ? t("points-approval-above", { n: r.approvalAbove }) : null,
                          r.claimable ? t("points-claimable") : null,
                        ]
                          .filter(Boolean)
                          .join(" · ")}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </Page>
  );
};
