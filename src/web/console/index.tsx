// /console: the staff console. Server-rendered pages (hono/jsx) and plain forms that work without
// JavaScript; no script at all, styles from /console/console.css only (strict CSP). Sessions are rows
// (src/domain/staff/sessions.ts); every POST carries the session's CSRF token; a place or person outside
// the reader's scope answers 404, exactly as one that does not exist.
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";
import { allGroups, allServices } from "../../db/queries/catalog.js";
import { communityIdsUnder, findStreet, placesBelow, placesByIds, type PlaceRef } from "../../db/queries/places.js";
import { rolesAtOrBelow, staffByIds } from "../../db/queries/staff.js";
import { loadViewer, rolesWithPlaces, type Viewer } from "../../domain/staff/actor.js";
import { accessList, setAccessAnswer } from "../../domain/staff/access.js";
import {
  addStaff,
  canManage,
  createInvite,
  grantRole,
  removeRole,
  setDisabled,
  setOwnLanguage,
  setPassword,
  staffInScope,
  updateProfile,
} from "../../domain/staff/accounts.js";
import { auditFor, AUDIT_PAGE } from "../../domain/staff/audit.js";
import { communityCard, setSupervisionPhone, updateCard } from "../../domain/staff/card.js";
import { StaffRuleError } from "../../domain/staff/errors.js";
import { openCaseCounts, unansweredQuestions } from "../../domain/staff/home.js";
import { inviteLink } from "../../domain/staff/links.js";
import { placeInScope, topPlaces } from "../../domain/staff/places.js";
import { isPlaceKind, isStaffRole, rolesAt } from "../../domain/staff/roles.js";
import { reaches, scopePlaces } from "../../domain/staff/scope.js";
import { randomToken, sameSecret, tokenHash as tokenHashOf, tokenShape } from "../../domain/staff/secrets.js";
import { currentSession, endSession, IDLE_MS, loginWithLink, loginWithPassword } from "../../domain/staff/sessions.js";
import { createApiToken, ownTokens, revokeOwnToken } from "../../domain/staff/tokens.js";
import type { DomainDeps } from "../../domain/deps.js";
import { isDatabaseUnavailable, RETRY_AFTER_SECONDS } from "../../db/unavailable.js";
import { consoleTranslator, errorText } from "../../i18n/console.js";
import { negotiate } from "../../i18n/index.js";
import type { Logger } from "../../log.js";
import { languages, type Lang, type PlaceKind } from "../../vocabulary.js";
import { clientAddress as defaultClientAddress } from "../client-address.js";
import type { TelegramFiles } from "../inbox.js";
import { caseRoutes } from "./cases.js";
import { hearingRoutes } from "./hearings.js";
import { reportRoutes } from "./reports.js";
import { html, type ConsoleContext, type ConsoleEnv } from "./html.js";
import type { PageContext } from "./layout.js";
import { navBadges } from "./nav.js";
import { AccountPage } from "./pages/account.js";
import { AuditPage } from "./pages/audit.js";
import { CardPage, cardFormFrom, cardFormOf, cardInputFrom } from "./pages/card.js";
import { AccessPage, CatalogPage } from "./pages/catalog.js";
import { DatabaseBusyPage } from "./pages/busy.js";
import { ExpiredFormPage, ForbiddenPage, NotFoundPage, placeName } from "./pages/common.js";
import { HomePage } from "./pages/home.js";
import { LoginPage } from "./pages/login.js";
import { PlacePage, PlacesPage, type NewStaffForm, type StaffHere } from "./pages/places.js";
import { StaffListPage, StaffPage } from "./pages/staff.js";
import { pointsConsole } from "./points.js";
import { consoleCss } from "./style.js";

export interface ConsoleOptions {
  domain: DomainDeps;
  logger: Logger;
  /** Mark cookies Secure even when the request arrives over http (behind a TLS-terminating proxy). */
  secureCookies?: boolean;
  /** The bot's username, for invitation links (t.me/<bot>?start=s-…); absent without Telegram. */
  botUsername?: () => string | undefined;
  clientAddress?: (c: Context) => string | null;
  /** Fetches a file a resident sent from Telegram (by its file id), to show it on a case's page. */
  telegramFiles?: TelegramFiles;
}

const SESSION_COOKIE = "linli_console";
const LOGIN_COOKIE = "linli_console_login";
const BODY_LIMIT = 64 * 1024;

type C = ConsoleContext;

// media-src: residents' voice notes play on a case's page, from the console's own file route.
const CSP = "default-src 'none'; style-src 'self'; img-src 'self' data:; media-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/** Notices after a change (POST → redirect → GET ?done=…): a fixed list, so a link cannot put words on the page. */
const notices = new Set(["saved", "role-added", "role-removed", "disabled", "enabled", "language", "password", "token-revoked", "logged-out"]);

/** Only a path inside the console may be where a login sends the browser next. */
function safeNext(next: unknown): string {
  return typeof next === "string" && /^\/console(\/[A-Za-z0-9/_.@-]*)?(\?[A-Za-z0-9=&_.-]*)?$/.test(next) && !next.startsWith("//") ? next : "/console";
}

const formValue = (body: Record<string, unknown>, name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");

/** Every text field a form sent, in order, repeated names included (files are not kept); none if it was no form. */
async function sentFields(c: C): Promise<[string, string][]> {
  const fields: [string, string][] = [];
  try {
    (await c.req.formData()).forEach((value, name) => {
      if (typeof value === "string") fields.push([name, value]);
    });
  } catch {
    // Not a form (the console takes no other body): nothing to keep.
  }
  return fields;
}

export function consoleApp(options: ConsoleOptions) {
  const { domain: deps, logger } = options;
  const addressOf = options.clientAddress ?? defaultClientAddress;
  const app = new Hono<ConsoleEnv>();
  const secure = (c: C) => options.secureCookies === true || new URL(c.req.url).protocol === "https:";

  const pageFor = (lang: Lang, viewer?: Viewer, csrf?: string): PageContext => ({ t: consoleTranslator(lang), lang, viewer, csrf });

  const setSession = (c: C, id: string) =>
    setCookie(c, SESSION_COOKIE, id, { path: "/console", httpOnly: true, sameSite: "Lax", secure: secure(c), maxAge: Math.floor(IDLE_MS / 1000) * 12 });

  // Every console answer: the strict CSP, no referrer (login links carry a token), never cached.
  app.use("*", async (c, next) => {
    c.set("address", addressOf(c));
    await next();
    // On the answer's own headers: c.header() once the answer is made copies the whole answer (src/app.ts).
    const headers = c.res.headers;
    headers.set("Content-Security-Policy", CSP);
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("X-Frame-Options", "DENY");
    if (!headers.has("Cache-Control")) headers.set("Cache-Control", "no-store");
  });
  app.post("*", bodyLimit({ maxSize: BODY_LIMIT, onError: (c) => c.text("request body too large", 413) }));

  app.get("/console.css", (c) => {
    c.header("Cache-Control", "public, max-age=3600");
    return c.body(consoleCss, 200, { "Content-Type": "text/css; charset=utf-8" });
  });

  // ── logging in and out ───────────────────────────────────────────────────────────────────────

  const loginPage = (c: C, status: 200 | 400 | 429, extra: { error?: string | null; notice?: string | null; username?: string; next?: string } = {}) => {
    // Before there is a session, the login form's CSRF token is a cookie of its own (double submit); a
    // second tab keeps the first tab's token working.
    const existing = getCookie(c, LOGIN_COOKIE);
    const token = existing && tokenShape.test(existing) ? existing : randomToken(24);
    setCookie(c, LOGIN_COOKIE, token, { path: "/console/login", httpOnly: true, sameSite: "Strict", secure: secure(c), maxAge: 60 * 60 });
    const lang = negotiate(c.req.header("Accept-Language"));
    return html(c, <LoginPage ctx={pageFor(lang)} loginCsrf={token} next={safeNext(extra.next ?? c.req.query("next"))} username={extra.username} error={extra.error} notice={extra.notice} />, status);
  };

  app.get("/login", async (c) => {
    const lang = negotiate(c.req.header("Accept-Language"));
    const t = consoleTranslator(lang);
    const done = c.req.query("done");
    return loginPage(c, 200, { notice: done === "logged-out" ? t("done-logged-out") : c.req.query("expired") ? t("login-expired") : null });
  });

  app.post("/login", async (c) => {
    const body = await c.req.parseBody();
    const lang = negotiate(c.req.header("Accept-Language"));
    const t = consoleTranslator(lang);
    const username = formValue(body, "username");
    const expected = getCookie(c, LOGIN_COOKIE);
    if (!expected || !sameSecret(formValue(body, "csrf"), expected)) {
      return loginPage(c, 400, { error: t("csrf-text"), username, next: formValue(body, "next") });
    }
    const result = await loginWithPassword(deps, { username, password: formValue(body, "password"), address: c.get("address"), replacing: getCookie(c, SESSION_COOKIE) });
    if (!result.ok) {
      if (result.reason === "throttled") {
        logger.warn({}, "console login throttled");
        c.header("Retry-After", String(Math.ceil(result.retryAfterMs / 1000)));
        return loginPage(c, 429, { error: t("login-throttled", { minutes: Math.max(1, Math.ceil(result.retryAfterMs / 60000)) }), username });
      }
      return loginPage(c, 400, { error: t("login-invalid"), username, next: formValue(body, "next") });
    }
    deleteCookie(c, LOGIN_COOKIE, { path: "/console/login" });
    setSession(c, result.session.id);
    return c.redirect(safeNext(formValue(body, "next")), 303);
  });

  app.get("/login/:token", async (c) => {
    const session = await loginWithLink(deps, c.req.param("token"), c.get("address"), getCookie(c, SESSION_COOKIE));
    if (!session) {
      const t = consoleTranslator(negotiate(c.req.header("Accept-Language")));
      return loginPage(c, 400, { error: t("login-link-invalid") });
    }
    setSession(c, session.id);
    return c.redirect("/console", 303);
  });

  // ── everything else needs a session ──────────────────────────────────────────────────────────

  app.use("*", async (c, next) => {
    const id = getCookie(c, SESSION_COOKIE);
    const current = await currentSession(deps, id);
    if (!current) {
      if (id) deleteCookie(c, SESSION_COOKIE, { path: "/console" });
      const next = c.req.method === "GET" ? c.req.path + (new URL(c.req.url).search || "") : "/console";
      return c.redirect(`/console/login?next=${encodeURIComponent(safeNext(next))}${id ? "&expired=1" : ""}`, 303);
    }
    const viewer = await loadViewer(deps, current.member, c.get("address"));
    c.set("viewer", viewer);
    c.set("sessionId", id!);
    c.set("csrf", current.session.csrfToken);
    const page = pageFor(current.member.language, viewer, current.session.csrfToken);
    c.set("page", page);
    // What waits behind the navigation's entries, on the pages that show it (not on files and form posts).
    if (c.req.method === "GET" && !c.req.path.includes("/files/")) page.navBadges = await navBadges(deps, viewer, page.t);
    if (c.req.method === "POST") {
      const body = await c.req.parseBody();
      if (!sameSecret(formValue(body, "csrf"), current.session.csrfToken)) return html(c, <ExpiredFormPage ctx={c.get("page")} />, 403);
    }
    await next();
  });

  app.onError(async (error, c) => {
    // The database busy, locked or full for a moment: nothing was saved; a form comes back with what was
    // sent in it, to send again (pages/busy.tsx), in the reader's language (the browser's, if the session
    // could not be read).
    if (isDatabaseUnavailable(error)) {
      logger.warn({ err: error, method: c.req.method, path: c.req.path }, "database unavailable; console answered 503");
      c.header("Retry-After", String(RETRY_AFTER_SECONDS));
      const page = (c as C).get("page") ?? pageFor(negotiate(c.req.header("Accept-Language")));
      const fields = c.req.method === "POST" ? await sentFields(c as C) : null;
      const { pathname, search } = new URL(c.req.url);
      return html(c as C, <DatabaseBusyPage ctx={page} action={pathname + search} fields={fields} retryAfter={RETRY_AFTER_SECONDS} />, 503);
    }
    if (error instanceof StaffRuleError && error.code === "not-found") return html(c as C, <NotFoundPage ctx={(c as C).get("page") ?? pageFor("zh")} />, 404);
    if (error instanceof StaffRuleError && error.code === "forbidden") return html(c as C, <ForbiddenPage ctx={(c as C).get("page") ?? pageFor("zh")} />, 403);
    throw error;
  });

  /** The error a rule gave, in the reader's words; a rule error that is not about the input is thrown on. */
  const ruleMessage = (c: C, error: unknown): string => {
    if (error instanceof StaffRuleError && error.code !== "not-found" && error.code !== "forbidden") return errorText(c.get("page").t, error, c.get("page").lang);
    throw error;
  };
  const noticeOf = (c: C) => {
    const done = c.req.query("done");
    return done && notices.has(done) ? c.get("page").t(`done-${done}`) : null;
  };

  app.post("/logout", async (c) => {
    await endSession(deps, c.get("sessionId"), c.get("viewer").member, c.get("address"));
    deleteCookie(c, SESSION_COOKIE, { path: "/console", secure: secure(c) });
    return c.redirect("/console/login?done=logged-out", 303);
  });

  // ── home ─────────────────────────────────────────────────────────────────────────────────────

  app.get("/", async (c) => {
    const viewer = c.get("viewer");
    const [cases, misses, places] = await Promise.all([openCaseCounts(deps, viewer.sees), unansweredQuestions(deps, viewer.sees), topPlaces(deps, viewer.sees)]);
    return html(c, <HomePage ctx={c.get("page")} cases={cases} misses={misses} places={places} notice={noticeOf(c)} />);
  });

  // ── places ───────────────────────────────────────────────────────────────────────────────────

  app.get("/places", async (c) => html(c, <PlacesPage ctx={c.get("page")} places={await topPlaces(deps, c.get("viewer").sees)} />));

  /** A place named in the URL, if the reader's scope reaches it (else the 404 page). */
  const placeOf = async (c: C, kind?: PlaceKind): Promise<PlaceRef> => {
    const k = kind ?? c.req.param("kind");
    if (!k || !isPlaceKind(k)) throw new StaffRuleError("not-found", "not found");
    return placeInScope(deps, c.get("viewer").sees, k, c.req.param("code") ?? "");
  };

  const ancestorsOf = async (place: PlaceRef): Promise<PlaceRef[]> => {
    const orm = deps.directory.orm;
    const out: PlaceRef[] = [];
    if (place.kind !== "district") out.push(...(await placesByIds(orm, "district", [place.districtId])));
    if ((place.kind === "community" || place.kind === "grid") && place.streetId !== null) out.push(...(await placesByIds(orm, "street", [place.streetId])));
    if (place.kind === "grid" && place.communityId !== null) out.push(...(await placesByIds(orm, "community", [place.communityId])));
    return out;
  };

  /** Staff with a role at or below a place, each with those roles. */
  const staffAtOrBelow = async (places: { kind: PlaceKind; id: number }[] | "everywhere"): Promise<StaffHere[]> => {
    const roles = await rolesAtOrBelow(deps.directory.orm, places);
    const members = await staffByIds(deps.directory.orm, roles.map((r) => r.staffId));
    const withPlaces = await rolesWithPlaces(deps, roles);
    return members.map((member) => ({ member, roles: withPlaces.filter((r) => r.role.staffId === member.id) }));
  };

  /** "role@code" choices for adding someone at a place: its own roles and those of the places just below. */
  const addOptions = (c: C, place: PlaceRef, below: PlaceRef[]) => {
    const t = c.get("page").t;
    const viewer = c.get("viewer");
    return [place, ...below]
      .filter((p) => reaches(viewer.manages, p))
      .flatMap((p) => rolesAt(p.kind).map((role) => ({ value: `${role}@${p.code}`, label: t("role-at", { role: t(`role-${role}`), place: placeName(c.get("page"), p) }) })));
  };

  const renderPlace = async (c: C, place: PlaceRef, extra: { form?: NewStaffForm; error?: string | null; invite?: { username: string; link: string | null; token: string } | null; status?: 200 | 400 } = {}) => {
    const viewer = c.get("viewer");
    const [ancestors, below, staff] = await Promise.all([ancestorsOf(place), placesBelow(deps.directory.orm, place), staffAtOrBelow([{ kind: place.kind, id: place.id }])]);
    const supervisionPhone = place.kind === "street" ? ((await findStreet(deps.directory.orm, place.id))?.supervisionPhone ?? null) : undefined;
    return html(
      c,
      <PlacePage
        ctx={c.get("page")}
        place={place}
        ancestors={ancestors}
        below={below}
        staff={staff}
        manages={reaches(viewer.manages, place)}
        addOptions={addOptions(c, place, below)}
        supervisionPhone={supervisionPhone}
        form={extra.form}
        error={extra.error}
        notice={noticeOf(c)}
        invite={extra.invite}
      />,
      extra.status ?? 200,
    );
  };

  app.get("/places/:kind/:code", async (c) => renderPlace(c, await placeOf(c)));

  app.post("/places/:kind/:code/staff", async (c) => {
    const place = await placeOf(c);
    const body = await c.req.parseBody();
    const form: NewStaffForm = {
      username: formValue(body, "username"),
      nameZh: formValue(body, "nameZh"),
      nameEn: formValue(body, "nameEn"),
      phone: formValue(body, "phone"),
      roleAt: formValue(body, "roleAt"),
    };
    const [role = "", code = ""] = form.roleAt!.split("@");
    try {
      if (!isStaffRole(role)) throw new StaffRuleError("invalid", "choose a role", "role");
      const added = await addStaff(deps, c.get("viewer"), {
        username: form.username!,
        nameZh: form.nameZh!,
        nameEn: form.nameEn,
        phone: form.phone,
        password: formValue(body, "password") || undefined,
        role,
        place: role === "admin" ? undefined : code,
      });
      const bot = options.botUsername?.();
      return renderPlace(c, place, { invite: { username: added.member.username, link: bot ? inviteLink(bot, added.inviteToken) : null, token: added.inviteToken } });
    } catch (error) {
      return renderPlace(c, place, { form, error: ruleMessage(c, error), status: 400 });
    }
  });

  app.post("/places/street/:code/supervision-phone", async (c) => {
    const place = await placeOf(c, "street");
    const body = await c.req.parseBody();
    try {
      await setSupervisionPhone(deps, c.get("viewer"), place.id, formValue(body, "phone"));
    } catch (error) {
      return renderPlace(c, place, { error: ruleMessage(c, error), status: 400 });
    }
    return c.redirect(`/console/places/street/${encodeURIComponent(place.code)}?done=saved`, 303);
  });

  // ── the community card ───────────────────────────────────────────────────────────────────────

  app.get("/places/community/:code/card", async (c) => {
    const place = await placeOf(c, "community");
    const card = await communityCard(deps, place.id);
    return html(c, <CardPage ctx={c.get("page")} place={place} card={card} form={cardFormOf(card)} manages={reaches(c.get("viewer").manages, place)} notice={noticeOf(c)} />);
  });

  app.post("/places/community/:code/card", async (c) => {
    const place = await placeOf(c, "community");
    const form = cardFormFrom(await c.req.parseBody());
    try {
      await updateCard(deps, c.get("viewer"), place.id, cardInputFrom(form));
    } catch (error) {
      const message = ruleMessage(c, error);
      const card = await communityCard(deps, place.id);
      return html(c, <CardPage ctx={c.get("page")} place={place} card={card} form={form} manages error={message} />, 400);
    }
    return c.redirect(`/console/places/community/${encodeURIComponent(place.code)}/card?done=saved`, 303);
  });

  // ── the access list ──────────────────────────────────────────────────────────────────────────

  app.get("/places/community/:code/services", async (c) => {
    const place = await placeOf(c, "community");
    return html(c, <AccessPage ctx={c.get("page")} place={place} list={await accessList(deps, place.id)} manages={reaches(c.get("viewer").manages, place)} notice={noticeOf(c)} />);
  });

  app.post("/places/community/:code/services/:service", async (c) => {
    const place = await placeOf(c, "community");
    const body = await c.req.parseBody();
    try {
      await setAccessAnswer(deps, c.get("viewer"), place.id, c.req.param("service"), {
        access: formValue(body, "access"),
        note_zh: formValue(body, "note_zh"),
        note_en: formValue(body, "note_en"),
      });
    } catch (error) {
      const message = ruleMessage(c, error);
      return html(c, <AccessPage ctx={c.get("page")} place={place} list={await accessList(deps, place.id)} manages error={message} />, 400);
    }
    return c.redirect(`/console/places/community/${encodeURIComponent(place.code)}/services?done=saved#s-${encodeURIComponent(c.req.param("service"))}`, 303);
  });

  // ── staff ────────────────────────────────────────────────────────────────────────────────────

  const STAFF_LIST_MAX = 200;

  app.get("/staff", async (c) => {
    const viewer = c.get("viewer");
    const q = (c.req.query("q") ?? "").trim().toLowerCase().slice(0, 40);
    let staff = await staffAtOrBelow(scopePlaces(viewer.sees));
    if (q) staff = staff.filter(({ member }) => [member.username, member.nameZh, member.nameEn ?? ""].some((s) => s.toLowerCase().includes(q)));
    return html(c, <StaffListPage ctx={c.get("page")} staff={staff.slice(0, STAFF_LIST_MAX)} q={q} more={staff.length > STAFF_LIST_MAX} />);
  });

  const renderStaff = async (c: C, username: string, extra: { error?: string | null; invite?: { link: string | null; token: string } | null; status?: 200 | 400 } = {}) => {
    const viewer = c.get("viewer");
    const { member, roles } = await staffInScope(deps, viewer, username);
    const visible = roles.filter((r) => (r.place ? reaches(viewer.sees, r.place) : viewer.sees.everywhere));
    return html(
      c,
      <StaffPage
        ctx={c.get("page")}
        member={member}
        roles={visible.map((role) => ({ role, removable: role.place ? reaches(viewer.manages, role.place) : viewer.manages.everywhere }))}
        hiddenRoles={roles.length - visible.length}
        manages={canManage(viewer, roles)}
        self={member.id === viewer.member.id}
        error={extra.error}
        notice={noticeOf(c)}
        invite={extra.invite}
      />,
      extra.status ?? 200,
    );
  };

  app.get("/staff/:username", async (c) => renderStaff(c, c.req.param("username")));

  /** A change to a staff member: done → back to their page with a notice; refused → their page with the reason. */
  const staffChange = (path: string, change: (c: C, username: string, body: Record<string, unknown>) => Promise<unknown>, done: string) =>
    app.post(`/staff/:username/${path}`, async (c) => {
      const username = c.req.param("username");
      await staffInScope(deps, c.get("viewer"), username); // 404 before anything else
      const body = await c.req.parseBody();
      try {
        await change(c, username, body);
      } catch (error) {
        return renderStaff(c, username, { error: ruleMessage(c, error), status: 400 });
      }
      return c.redirect(`/console/staff/${encodeURIComponent(username)}?done=${done}`, 303);
    });

  const roleFromForm = (body: Record<string, unknown>) => {
    const role = formValue(body, "role");
    if (!isStaffRole(role)) throw new StaffRuleError("invalid", "choose a role", "role");
    return { role, code: formValue(body, "place").trim() || null };
  };

  staffChange("roles", (c, username, body) => {
    const { role, code } = roleFromForm(body);
    return grantRole(deps, c.get("viewer"), username, role, code);
  }, "role-added");
  staffChange("roles/remove", (c, username, body) => {
    const { role, code } = roleFromForm(body);
    return removeRole(deps, c.get("viewer"), username, role, code);
  }, "role-removed");
  staffChange("disable", (c, username) => setDisabled(deps, c.get("viewer"), username, true), "disabled");
  staffChange("enable", (c, username) => setDisabled(deps, c.get("viewer"), username, false), "enabled");
  staffChange("profile", (c, username, body) =>
    updateProfile(deps, c.get("viewer"), username, { nameZh: formValue(body, "nameZh"), nameEn: formValue(body, "nameEn"), phone: formValue(body, "phone") }), "saved");

  app.post("/staff/:username/invite", async (c) => {
    const username = c.req.param("username");
    try {
      const token = await createInvite(deps, c.get("viewer"), username);
      const bot = options.botUsername?.();
      return renderStaff(c, username, { invite: { link: bot ? inviteLink(bot, token) : null, token } });
    } catch (error) {
      return renderStaff(c, username, { error: ruleMessage(c, error), status: 400 });
    }
  });

  // ── the catalogue ────────────────────────────────────────────────────────────────────────────

  app.get("/catalog", async (c) => {
    const viewer = c.get("viewer");
    const orm = deps.directory.orm;
    const [groups, services] = await Promise.all([allGroups(orm), allServices(orm)]);
    const places = scopePlaces(viewer.sees);
    const communityIds = await communityIdsUnder(orm, places);
    const communities = await placesByIds(orm, "community", communityIds);
    return html(
      c,
      <CatalogPage
        ctx={c.get("page")}
        groups={groups.map((group) => ({ group, services: services.filter((s) => s.groupId === group.id) })).filter((g) => g.services.length)}
        communities={communities}
      />,
    );
  });

  // ── the audit log ────────────────────────────────────────────────────────────────────────────

  app.get("/audit", async (c) => {
    const before = Number(c.req.query("before"));
    const rows = await auditFor(deps, c.get("viewer").sees, { before: Number.isSafeInteger(before) && before > 0 ? before : undefined, limit: AUDIT_PAGE });
    return html(c, <AuditPage ctx={c.get("page")} rows={rows} timeZone={deps.defaultTimeZone} next={rows.length === AUDIT_PAGE ? rows.at(-1)!.id : null} />);
  });

  // ── my account ───────────────────────────────────────────────────────────────────────────────

  const renderAccount = async (c: C, extra: { newToken?: string; error?: string | null; status?: 200 | 400 } = {}) => {
    const viewer = c.get("viewer");
    return html(
      c,
      <AccountPage
        ctx={c.get("page")}
        tokens={await ownTokens(deps, viewer)}
        hasPassword={viewer.member.passwordHash !== null}
        timeZone={deps.defaultTimeZone}
        newToken={extra.newToken}
        error={extra.error}
        notice={noticeOf(c)}
      />,
      extra.status ?? 200,
    );
  };

  app.get("/account", (c) => renderAccount(c));

  app.post("/account/language", async (c) => {
    const language = formValue(await c.req.parseBody(), "language");
    if (!(languages as readonly string[]).includes(language)) return renderAccount(c, { error: c.get("page").t("error-invalid", { field: c.get("page").t("field-language") }), status: 400 });
    await setOwnLanguage(deps, c.get("viewer"), language as Lang);
    return c.redirect("/console/account?done=language", 303);
  });

  app.post("/account/password", async (c) => {
    const body = await c.req.parseBody();
    const viewer = c.get("viewer");
    try {
      await setPassword(deps, viewer, viewer.member.username, formValue(body, "password"), { current: formValue(body, "current"), keepSession: tokenHashOf(c.get("sessionId")) });
    } catch (error) {
      return renderAccount(c, { error: ruleMessage(c, error), status: 400 });
    }
    return c.redirect("/console/account?done=password", 303);
  });

  app.post("/account/tokens", async (c) => {
    const viewer = c.get("viewer");
    try {
      const token = await createApiToken(deps, viewer, viewer.member.username, formValue(await c.req.parseBody(), "label"));
      return renderAccount(c, { newToken: token });
    } catch (error) {
      return renderAccount(c, { error: ruleMessage(c, error), status: 400 });
    }
  });

  app.post("/account/tokens/:id/revoke", async (c) => {
    const id = Number(c.req.param("id"));
    if (!Number.isSafeInteger(id)) throw new StaffRuleError("not-found", "not found");
    await revokeOwnToken(deps, c.get("viewer"), id);
    return c.redirect("/console/account?done=token-revoked", 303);
  });

  // ── points ───────────────────────────────────────────────────────────────────────────────────

  pointsConsole(app, deps);

  // ── cases ────────────────────────────────────────────────────────────────────────────────────

  app.route("/cases", caseRoutes({ domain: deps, telegramFiles: options.telegramFiles }));
  // Complaints' numbers and hearings (issue 10).
  app.route("/reports", reportRoutes({ domain: deps }));
  app.route("/hearings", hearingRoutes({ domain: deps }));

  // Unknown console paths get the console's 404 page (the app's own is JSON).
  app.all("*", (c) => html(c, <NotFoundPage ctx={c.get("page")} />, 404));

  return app;
}
