// Cases: the queue of my scope (filters, newest activity first, overdue ones flagged) and a case's page —
// who the resident is as staff may see them, the whole timeline, and the forms to answer, note, take,
// assign, close and reopen. Plain forms; files are served by the console after a scope check.
import type { FC } from "hono/jsx";
import type { PlaceRef } from "../../../db/queries/places.js";
import type { StaffMember } from "../../../db/queries/staff.js";
import type { CaseView, QueueLine, QueueQuery, TimelineEntry } from "../../../domain/cases/queue.js";
import { caseKinds, type CaseKind } from "../../../vocabulary.js";
import { named, Page, PostForm, type PageContext } from "../layout.js";
import { formatTime, placeHref, placeName } from "./common.js";

export const caseHref = (ref: string) => `/console/cases/${encodeURIComponent(ref)}`;

/** The queue's address with these filters (the page's links keep the filters they do not change). */
export function queueHref(q: QueueQuery, change: Partial<QueueQuery> = {}): string {
  const next = { ...q, ...change };
  const params = new URLSearchParams();
  if (next.status !== "active") params.set("status", next.status);
  if (next.kind) params.set("kind", next.kind);
  if (next.assignee !== "anyone") params.set("assignee", next.assignee);
  if (next.community) params.set("community", next.community.code);
  if (next.overdue) params.set("overdue", "1");
  if (next.page > 0) params.set("page", String(next.page + 1));
  const query = params.toString();
  return `/console/cases${query ? `?${query}` : ""}`;
}

const statusWord = (ctx: PageContext, status: string) => ctx.t(`case-status-${status}`);
const kindWord = (ctx: PageContext, kind: CaseKind) => ctx.t(`case-kind-${kind}`);

/** The resident's last words, short: what they wrote, or what they sent. */
function lastWordsText(ctx: PageContext, w: { text: string | null; attachment: string | null }): string {
  const text = (w.text ?? "").replace(/\s+/g, " ").trim();
  if (text) return text.length > 80 ? `${text.slice(0, 79)}…` : text;
  return w.attachment ? ctx.t(`case-${w.attachment}`) : "";
}

const OverdueFlag: FC<{ ctx: PageContext }> = ({ ctx }) => (
  <span class="flag" data-testid="overdue">
    ⏰ {ctx.t("case-overdue")}
  </span>
);

export const CaseCounts: FC<{ ctx: PageContext; counts: { kind: CaseKind; status: string; count: number; overdue: number }[] }> = ({ ctx, counts }) => (
  <ul class="list" data-testid="case-counts">
    {counts.map((c) => (
      <li>
        <a href={queueHref({ status: c.status, kind: c.kind, assignee: "anyone", overdue: false, page: 0 })}>
          {ctx.t("cases-count-line", { kind: kindWord(ctx, c.kind), status: statusWord(ctx, c.status), count: c.count })}
        </a>
        {c.overdue ? (
          <>
            {" "}
            <a class="flag" href={queueHref({ status: c.status, kind: c.kind, assignee: "anyone", overdue: true, page: 0 })}>
              {ctx.t("cases-count-overdue", { count: c.overdue })}
            </a>
          </>
        ) : null}
      </li>
    ))}
  </ul>
);

export const CasesPage: FC<{
  ctx: PageContext;
  query: QueueQuery;
  statuses: readonly string[];
  communities: PlaceRef[];
  lines: QueueLine[];
  more: boolean;
}> = ({ ctx, query, statuses, communities, lines, more }) => {
  const { t } = ctx;
  return (
    <Page ctx={ctx} title={t("cases-title")} nav="cases">
      <h1>{t("cases-title")}</h1>
      <form method="get" action="/console/cases" class="card filters" data-testid="case-filters">
        <div class="row two">
          <div>
            <label for="f-status">{t("cases-filter-status")}</label>
            <select id="f-status" name="status">
              <option value="active" selected={query.status === "active"}>
                {t("cases-status-active")}
              </option>
              {statuses.map((s) => (
                <option value={s} selected={query.status === s}>
                  {statusWord(ctx, s)}
                </option>
              ))}
              <option value="all" selected={query.status === "all"}>
                {t("cases-status-all")}
              </option>
            </select>
          </div>
          <div>
            <label for="f-kind">{t("cases-filter-kind")}</label>
            <select id="f-kind" name="kind">
              <option value="" selected={!query.kind}>
                {t("cases-kind-any")}
              </option>
              {caseKinds.map((k) => (
                <option value={k} selected={query.kind === k}>
                  {kindWord(ctx, k)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label for="f-assignee">{t("cases-filter-assignee")}</label>
            <select id="f-assignee" name="assignee">
              {(["anyone", "me", "nobody"] as const).map((a) => (
                <option value={a} selected={query.assignee === a}>
                  {t(`cases-assignee-${a}`)}
                </option>
              ))}
            </select>
          </div>
          {communities.length > 1 ? (
            <div>
              <label for="f-community">{t("cases-filter-community")}</label>
              <select id="f-community" name="community">
                <option value="" selected={!query.community}>
                  {t("cases-community-any")}
                </option>
                {communities.map((p) => (
                  <option value={p.code} selected={query.community?.id === p.id}>
                    {placeName(ctx, p)}
                  </option>
                ))}
              </select>
            </div>
          ) : null}
        </div>
        <label class="check">
          <input type="checkbox" name="overdue" value="1" checked={query.overdue} />
          {t("cases-filter-overdue")}
        </label>
        <button type="submit" data-testid="filter">
          {t("cases-filter-apply")}
        </button>
      </form>
      <div class="card">
        {lines.length === 0 ? (
          <p class="muted" data-testid="no-cases">
            {t("cases-empty")}
          </p>
        ) : (
          <ul class="list queue" data-testid="queue">
            {lines.map((l) => (
              <li class={l.overdue ? "overdue" : undefined} data-testid="queue-line" data-ref={l.case.ref}>
                <a href={caseHref(l.case.ref)}>
                  <strong>{l.case.ref}</strong>
                  <span class="summary">{l.case.summary}</span>
                </a>
                <div>
                  <span class="tag">{kindWord(ctx, l.case.kind)}</span>
                  <span class={l.case.status === "closed" ? "tag" : "tag status"}>{statusWord(ctx, l.case.status)}</span>
                  {l.overdue ? <OverdueFlag ctx={ctx} /> : null}
                </div>
                <div class="muted">
                  {l.community ? placeName(ctx, l.community) : ""}
                  {l.grid ? ` · ${placeName(ctx, l.grid)}` : ""}
                  {" · "}
                  {l.assignee ? t("cases-assignee", { name: named(ctx.lang, l.assignee) }) : t("cases-unassigned")}
                </div>
                {l.lastWords ? (
                  <p class="words" data-testid="last-words">
                    {t("cases-last-words", { words: lastWordsText(ctx, l.lastWords) })}
                  </p>
                ) : null}
                <div class="muted">{t("cases-last-activity", { time: formatTime(ctx, l.case.lastActivityAt, l.timeZone) })}</div>
              </li>
            ))}
          </ul>
        )}
        <div class="pager">
          {query.page > 0 ? (
            <a class="button secondary" href={queueHref(query, { page: query.page - 1 })} data-testid="newer">
              {t("cases-newer")}
            </a>
          ) : null}
          {more ? (
            <a class="button secondary" href={queueHref(query, { page: query.page + 1 })} data-testid="older">
              {t("cases-older")}
            </a>
          ) : null}
          {query.page > 0 || more ? <span class="muted">{t("cases-page", { page: query.page + 1 })}</span> : null}
        </div>
      </div>
    </Page>
  );
};

// ── a case ─────────────────────────────────────────────────────────────────────────────────────

const fileHref = (ref: string, eventId: number) => `${caseHref(ref)}/files/${eventId}`;
const mapHref = (lat: number, lon: number) => `https://www.openstreetmap.org/?mlat=${lat}&mlon=${lon}#map=17/${lat}/${lon}`;

const AttachmentView: FC<{ ctx: PageContext; refText: string; entry: TimelineEntry }> = ({ ctx, refText, entry }) => {
  const a = entry.attachment;
  if (!a) return null;
  const { t } = ctx;
  switch (a.kind) {
    case "photo":
      return (
        <a href={fileHref(refText, entry.id)} class="file">
          <img src={fileHref(refText, entry.id)} alt={t("case-photo")} loading="lazy" />
        </a>
      );
    case "voice":
      return (
        <div class="file">
          <audio controls preload="none" src={fileHref(refText, entry.id)} aria-label={t("case-voice")} />
          <a href={fileHref(refText, entry.id)}>{t("case-voice")}</a>
        </div>
      );
    case "document":
      return (
        <a class="file" href={fileHref(refText, entry.id)}>
          {a.fileName ? t("case-document-named", { name: a.fileName }) : t("case-document")}
        </a>
      );
    case "location":
      return typeof a.latitude === "number" && typeof a.longitude === "number" ? (
        <a class="file" href={mapHref(a.latitude, a.longitude)} rel="noopener noreferrer" data-testid="location">
          📍 {t("case-location")} ({a.latitude.toFixed(5)}, {a.longitude.toFixed(5)})
        </a>
      ) : null;
  }
};

function staffName(ctx: PageContext, view: CaseView, id: unknown): string {
  if (typeof id !== "number") return ctx.t("case-none");
  return view.people.get(id)?.name[ctx.lang] ?? ctx.t("case-none");
}

const TimelineItem: FC<{ ctx: PageContext; view: CaseView; entry: TimelineEntry }> = ({ ctx, view, entry }) => {
  const { t } = ctx;
  const time = formatTime(ctx, entry.at, view.timeZone);
  const ref = view.case.ref;
  const who = entry.actor === "resident" ? t("case-actor-resident") : entry.actor === "system" ? t("case-actor-system") : staffName(ctx, view, entry.staff?.id);
  const via = typeof entry.detail.via === "string" && ["console", "topic", "api"].includes(entry.detail.via) ? ` · ${t(`case-via-${entry.detail.via}`)}` : "";
  const text = entry.text ? <p class="text">{entry.text}</p> : null;
  switch (entry.kind) {
    case "message_in":
      return (
        <li class="in" data-testid="event" data-kind={entry.kind}>
          <span class="meta">
            {who} · {time}
          </span>
          {text}
          <AttachmentView ctx={ctx} refText={ref} entry={entry} />
        </li>
      );
    case "message_out":
      return (
        <li class="out" data-testid="event" data-kind={entry.kind}>
          <span class="meta">
            {who} · {t("case-event-message-out")}
            {via} · {time}
          </span>
          {text}
          <AttachmentView ctx={ctx} refText={ref} entry={entry} />
        </li>
      );
    case "note":
      return (
        <li class="note" data-testid="event" data-kind={entry.kind}>
          <span class="meta">
            📝 {who} · {t("case-event-note")}
            {via} · {time}
          </span>
          {text}
        </li>
      );
    case "rating":
      return (
        <li class="event" data-testid="event" data-kind={entry.kind}>
          <span class="meta">
            {who} · {time}
          </span>
          {entry.detail.comment === true ? t("case-event-comment") : t("case-event-rating", { rating: Number(entry.detail.rating ?? 0) })}
          {text}
        </li>
      );
    default: {
      const what =
        entry.kind === "status"
          ? t("case-event-status", { from: statusWord(ctx, String(entry.detail.from ?? "")), to: statusWord(ctx, String(entry.detail.to ?? "")) })
          : entry.kind === "assignment"
            ? t("case-event-assignment", { to: staffName(ctx, view, entry.detail.to) })
            : entry.kind === "escalation"
              ? t("case-event-escalation", { level: Number(entry.detail.level ?? 1) })
              : entry.detail.unreachable
                ? t("case-event-unreachable")
                : t("case-event-delivery");
      return (
        <li class={entry.kind === "delivery" || entry.kind === "escalation" ? "event warn" : "event"} data-testid="event" data-kind={entry.kind}>
          <span class="meta">
            {who} · {time}
          </span>
          {what}
          {text}
        </li>
      );
    }
  }
};

/** A complaint's own: its category, place and map, photos, followers, what it duplicates, where instead, the verdicts. */
const ComplaintSection: FC<{ ctx: PageContext; view: CaseView }> = ({ ctx, view }) => {
  const { t } = ctx;
  const about = view.complaint!;
  const k = about.complaint;
  const none = t("case-none");
  const time = (ms: number | null) => (ms === null ? none : formatTime(ctx, ms, view.timeZone));
  return (
    <section class="card" data-testid="complaint-about">
      <h2>{t("complaint-about")}</h2>
      <dl>
        <dt>{t("complaint-category")}</dt>
        <dd data-testid="complaint-category">{about.category || none}</dd>
        <dt>{t("complaint-description")}</dt>
        <dd>{k.description}</dd>
        <dt>{t("complaint-place")}</dt>
        <dd data-testid="complaint-place">
          {about.place ?? none}
          {about.map ? (
            <>
              {" "}
              <a href={about.map} rel="noopener noreferrer" data-testid="complaint-map">
                📍 {t("complaint-map")}
              </a>
            </>
          ) : null}
        </dd>
        <dt>{t("complaint-photos")}</dt>
        <dd data-testid="complaint-photos">{about.photos}</dd>
        <dt>{t("complaint-followers")}</dt>
        <dd data-testid="complaint-followers">{about.followers}</dd>
        <dt>{t("complaint-name")}</dt>
        <dd>{k.anonymous ? t("complaint-name-hidden") : t("complaint-name-shown")}</dd>
        <dt>{t("complaint-acknowledge-due")}</dt>
        <dd>{time(k.acknowledgeDueAt)}</dd>
        <dt>{t("complaint-resolve-due")}</dt>
        <dd>{time(k.resolveDueAt)}</dd>
        {about.duplicateOf ? (
          <>
            <dt>{t("complaint-duplicate-of")}</dt>
            <dd>
              <a href={caseHref(about.duplicateOf)}>{about.duplicateOf}</a>
            </dd>
          </>
        ) : null}
        {k.elsewhereZh ? (
          <>
            <dt>{t("complaint-elsewhere")}</dt>
            <dd>{ctx.lang === "en" ? (k.elsewhereEn ?? k.elsewhereZh) : k.elsewhereZh}</dd>
          </>
        ) : null}
        <dt>{t("complaint-verdicts")}</dt>
        <dd data-testid="complaint-verdicts">
          {about.verdicts.length
            ? about.verdicts.map((v) => `${t(`complaint-verdict-${v.verdict}`)}${v.rating ? ` ${v.rating}/5` : ""}${v.comment ? `「${v.comment}」` : ""}`).join(" · ")
            : none}
          {k.unconfirmed ? ` · ${t("complaint-unconfirmed")}` : ""}
        </dd>
      </dl>
    </section>
  );
};

export const CasePage: FC<{
  ctx: PageContext;
  view: CaseView;
  assignable: StaffMember[];
  notice?: string | null;
  error?: string | null;
  /** What was typed, kept when a form is refused. */
  form?: { reply?: string; note?: string; statusNote?: string };
}> = ({ ctx, view, assignable, notice, error, form }) => {
  const { t } = ctx;
  const c = view.case;
  const me = ctx.viewer?.member.id;
  const r = view.resident;
  const none = t("case-none");
  const time = (ms: number | null) => (ms === null ? none : formatTime(ctx, ms, view.timeZone));
  const action = (path: string) => `${caseHref(c.ref)}/${path}`;
  return (
    <Page ctx={ctx} title={t("case-title", { ref: c.ref })} nav="cases" notice={notice} error={error}>
      <p class="crumbs">
        <a href="/console/cases">{t("case-back")}</a>
      </p>
      <h1>
        {t("case-title", { ref: c.ref })} <span class="tag status" data-testid="case-status">{statusWord(ctx, c.status)}</span> {view.overdue ? <OverdueFlag ctx={ctx} /> : null}
      </h1>
      <p class="summary">{c.summary}</p>
      {view.overdue ? (
        <p class="warning" data-testid="overdue-text">
          ⏰ {c.dueAt !== null ? t("case-overdue-due", { due: time(c.dueAt) }) : t("case-overdue-text")}
          {c.escalation >= 2 ? ` ${t(c.escalation >= 3 ? "case-escalated-3" : "case-escalated-2")}` : ""}
        </p>
      ) : null}

      <section class="card" data-testid="case-about">
        <h2>{t("case-about")}</h2>
        <dl>
          <dt>{t("case-field-kind")}</dt>
          <dd>{kindWord(ctx, c.kind)}</dd>
          <dt>{t("case-field-community")}</dt>
          <dd>{view.community ? <a href={placeHref(view.community)}>{placeName(ctx, view.community)}</a> : none}</dd>
          <dt>{t("case-field-grid")}</dt>
          <dd>{view.grid ? <a href={placeHref(view.grid)}>{placeName(ctx, view.grid)}</a> : none}</dd>
          <dt>{t("case-field-assignee")}</dt>
          <dd data-testid="case-assignee">{view.assignee ? `${staffName(ctx, view, view.assignee.id)}${view.assignee.id === me ? ` ${t("case-you")}` : ""}` : t("cases-unassigned")}</dd>
          {view.service ? (
            <>
              <dt>{t("case-field-service")}</dt>
              <dd>{ctx.lang === "zh" ? view.service.titleZh : view.service.titleEn}</dd>
            </>
          ) : null}
          <dt>{t("case-field-opened")}</dt>
          <dd>{time(c.openedAt)}</dd>
          <dt>{t("case-field-due")}</dt>
          <dd>{time(c.dueAt)}</dd>
          <dt>{t("case-field-first-response")}</dt>
          <dd>{time(c.firstResponseAt)}</dd>
          <dt>{t("case-field-closed")}</dt>
          <dd>{time(c.closedAt)}</dd>
          <dt>{t("case-field-rating")}</dt>
          <dd>{c.rating === null ? none : t("case-rating", { rating: c.rating })}</dd>
        </dl>
      </section>

      {view.complaint ? <ComplaintSection ctx={ctx} view={view} /> : null}

      <section class="card" data-testid="case-resident">
        <h2>{t("case-resident")}</h2>
        {r.forgotten ? (
          <p class="muted">{t("case-resident-forgotten")}</p>
        ) : (
          <dl>
            <dt>{t("case-resident-name")}</dt>
            <dd>{r.name ?? none}</dd>
            <dt>{t("case-resident-phone")}</dt>
            <dd>{r.phone ?? none}</dd>
            <dt>{t("case-resident-language")}</dt>
            <dd>{t(`language-${r.language}`)}</dd>
            <dt>{t("case-resident-channel")}</dt>
            <dd>{r.channel ? t(`channel-${r.channel}`) : none}</dd>
          </dl>
        )}
        {r.unreachable ? (
          <p class="warning" data-testid="unreachable">
            {t("case-resident-unreachable")}
          </p>
        ) : null}
      </section>

      <section class="card">
        <h2>{t("case-timeline")}</h2>
        {view.timeline.length === 0 ? (
          <p class="muted">{t("case-timeline-empty")}</p>
        ) : (
          <ol class="timeline" data-testid="timeline">
            {view.timeline.map((e) => (
              <TimelineItem ctx={ctx} view={view} entry={e} />
            ))}
          </ol>
        )}
        {view.delivery.length ? (
          <>
            <h3>{t("case-delivery")}</h3>
            <ul class="list" data-testid="delivery">
              {view.delivery.map((d) => {
                const route = t(`case-route-${d.route}`);
                const line =
                  d.state === "failed"
                    ? t("case-delivery-failed", { route, error: d.lastError ?? "" })
                    : d.state === "unreachable"
                      ? t("case-delivery-unreachable", { route, error: d.lastError ?? "" })
                      : t("case-delivery-pending", { route });
                return <li class={d.state === "failed" || d.state === "unreachable" ? "warn" : undefined}>{`${formatTime(ctx, d.createdAt, view.timeZone)} · ${line}`}</li>;
              })}
            </ul>
          </>
        ) : null}
      </section>

      <section class="card" id="reply">
        <h2>{t("case-reply")}</h2>
        {c.status === "closed" ? (
          <p class="muted">{t("case-closed-reply")}</p>
        ) : (
          <PostForm ctx={ctx} action={action("reply")}>
            <label for="f-reply">
              {t("case-reply")}
              <span class="hint">{t("case-reply-hint")}</span>
            </label>
            <textarea id="f-reply" name="text" required maxlength={4000}>
              {form?.reply ?? ""}
            </textarea>
            <button type="submit" data-testid="send-reply">
              {t("case-reply-send")}
            </button>
          </PostForm>
        )}
      </section>

      <section class="card" id="note">
        <h2>{t("case-note")}</h2>
        <PostForm ctx={ctx} action={action("note")}>
          <label for="f-note">
            {t("case-note")}
            <span class="hint">{t("case-note-hint")}</span>
          </label>
          <textarea id="f-note" name="text" required maxlength={4000}>
            {form?.note ?? ""}
          </textarea>
          <button type="submit" class="secondary" data-testid="add-note">
            {t("case-note-add")}
          </button>
        </PostForm>
      </section>

      <section class="card" id="actions">
        <h2>{t("case-actions")}</h2>
        {c.status !== "closed" && c.assigneeStaffId !== me ? (
          <PostForm ctx={ctx} action={action("take")}>
            <button type="submit" data-testid="take">
              {t("case-take")}
            </button>
          </PostForm>
        ) : null}
        {assignable.length ? (
          <PostForm ctx={ctx} action={action("assign")}>
            <label for="f-assignee">{t("case-assign-to")}</label>
            <select id="f-assignee" name="username">
              {assignable.map((m) => (
                <option value={m.username} selected={m.id === c.assigneeStaffId}>
                  {`${named(ctx.lang, m)} (${m.username})${m.id === me ? ` ${t("case-you")}` : ""}`}
                </option>
              ))}
            </select>
            <button type="submit" class="secondary" data-testid="assign">
              {t("case-assign")}
            </button>
          </PostForm>
        ) : null}
        {view.complaint && view.nextStatuses.length ? (
          <PostForm ctx={ctx} action={action("status")}>
            <label for="f-status">{t("complaint-set-status")}</label>
            <select id="f-status" name="status" data-testid="status-select">
              {view.nextStatuses.map((s) => (
                <option value={s}>{statusWord(ctx, s)}</option>
              ))}
            </select>
            <label for="f-status-note">
              {t("complaint-status-note")}
              <span class="hint">{t("complaint-status-note-hint")}</span>
            </label>
            <textarea id="f-status-note" name="note" maxlength={4000}>
              {form?.statusNote ?? ""}
            </textarea>
            <label for="f-elsewhere">
              {t("complaint-elsewhere")}
              <span class="hint">{t("complaint-elsewhere-hint")}</span>
            </label>
            <input id="f-elsewhere" name="elsewhere" maxlength={4000} />
            <label for="f-duplicate">
              {t("complaint-duplicate-of")}
              <span class="hint">{t("complaint-duplicate-hint")}</span>
            </label>
            <input id="f-duplicate" name="duplicate_of" maxlength={32} />
            <button type="submit" data-testid="set-status">
              {t("complaint-set-status-button")}
            </button>
          </PostForm>
        ) : null}
        {!view.complaint && view.nextStatuses.includes("closed") ? (
          <PostForm ctx={ctx} action={action("close")}>
            <p class="muted">{t("case-close-hint")}</p>
            <button type="submit" class="secondary" data-testid="close">
              {t("case-close")}
            </button>
          </PostForm>
        ) : null}
        {!view.complaint && c.status === "closed" && view.nextStatuses.length ? (
          <PostForm ctx={ctx} action={action("reopen")}>
            <button type="submit" class="secondary" data-testid="reopen">
              {t("case-reopen")}
            </button>
          </PostForm>
        ) : null}
      </section>
    </Page>
  );
};
