// Small pieces shared by the console's pages.
import type { FC } from "hono/jsx";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { RoleAt } from "../../../domain/staff/actor.js";
import type { PlaceKind } from "../../../vocabulary.js";
import { Page, type PageContext } from "../layout.js";
import { formatMoment } from "../../../intl.js";

export const placeName = (ctx: PageContext, p: { nameZh: string; nameEn: string }) => (ctx.lang === "zh" ? p.nameZh : p.nameEn);

export const placeHref = (p: { kind: PlaceKind; code: string }) => `/console/places/${p.kind}/${encodeURIComponent(p.code)}`;

/** "网格员 @ 第一网格" */
export function roleText(ctx: PageContext, r: RoleAt): string {
  const role = ctx.t(`role-${r.role.role}`);
  return r.place ? ctx.t("role-at", { role, place: placeName(ctx, r.place) }) : role;
}

export const PlaceLink: FC<{ ctx: PageContext; place: PlaceRef }> = ({ ctx, place }) => (
  <a href={placeHref(place)}>
    {placeName(ctx, place)}{" "}
    <span class="muted">
      ({ctx.t(`kind-${place.kind}`)} · {place.code})
    </span>
  </a>
);

export function formatTime(ctx: PageContext, epochMs: number, timeZone: string): string {
  return formatMoment(ctx.lang, epochMs, { dateStyle: "medium", timeStyle: "short", timeZone });
}

export const NotFoundPage: FC<{ ctx: PageContext }> = ({ ctx }) => (
  <Page ctx={ctx} title={ctx.t("not-found-title")}>
    <div class="card">
      <h1>{ctx.t("not-found-title")}</h1>
      <p>{ctx.t("not-found-text")}</p>
      <a class="button secondary" href="/console">
        {ctx.t("nav-home")}
      </a>
    </div>
  </Page>
);

export const ForbiddenPage: FC<{ ctx: PageContext }> = ({ ctx }) => (
  <Page ctx={ctx} title={ctx.t("forbidden-title")}>
    <div class="card">
      <h1>{ctx.t("forbidden-title")}</h1>
      <p>{ctx.t("forbidden-text")}</p>
      <a class="button secondary" href="/console">
        {ctx.t("nav-home")}
      </a>
    </div>
  </Page>
);

export const ExpiredFormPage: FC<{ ctx: PageContext }> = ({ ctx }) => (
  <Page ctx={ctx} title={ctx.t("csrf-title")}>
    <div class="card">
      <h1>{ctx.t("csrf-title")}</h1>
      <p>{ctx.t("csrf-text")}</p>
      <a class="button secondary" href="/console">
        {ctx.t("nav-home")}
      </a>
    </div>
  </Page>
);
