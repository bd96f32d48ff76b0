// Settings: language, community, phone number, privacy choice. Also /mydata and /forget.
import { removePhone, storedAbout, forget as forgetResident, chooseLanguage, maskPhone } from "../domain/residents.js";
import { languages, translator } from "../i18n/index.js";
import { button, type Choice } from "./choices.js";
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import { menuKeyboard } from "./menu.js";
import { askPhone, privacyNotice } from "./onboarding.js";
import { districtsStep, pathName } from "./picker.js";
import { communityPath } from "../db/queries/places.js";
import type { Button, Lang } from "./types.js";

/** A moment in the reader's language and their community's time zone. */
function formatDate(ctx: FlowContext, epochMs: number, timeZone: string): string {
  return new Intl.DateTimeFormat(ctx.lang === "zh" ? "zh-CN" : "en-GB", { dateStyle: "medium", timeStyle: "short", timeZone }).format(
    new Date(epochMs),
  );
}

export async function showSettings(ctx: FlowContext): Promise<Outcome> {
  const r = ctx.resident;
  const path = r.communityId ? await communityPath(ctx.deps.directory.orm, r.communityId) : undefined;
  const community = path ? pathName(ctx, path) : ctx.t("community-none");
  const rows: Button[][] = [
    [button(ctx.t("button-language"), { action: "set", what: "lang" }), button(ctx.t("button-community"), { action: "set", what: "community" })],
  ];
  // A phone number is kept only with consent, and only Telegram can prove it is the person's own.
  if (ctx.who.channel === "telegram" && r.consent === "given") {
    rows.push([
      r.phone
        ? button(ctx.t("button-phone-remove"), { action: "set", what: "phone-remove" })
        : button(ctx.t("button-phone"), { action: "set", what: "phone" }),
    ]);
  }
  rows.push([button(ctx.t("button-privacy"), { action: "set", what: "privacy" })]);
  return say(
    [
      {
        kind: "text",
        text: ctx.t("settings-summary", {
          language: ctx.t(`language-${r.language}`),
          community,
          phone: r.phone ? maskPhone(r.phone) : ctx.t("phone-none"),
          consent: ctx.t(`consent-state-${r.consent ?? "unasked"}`),
        }),
        buttons: rows,
      },
    ],
    idle,
  );
}

export async function settingChosen(ctx: FlowContext, what: Extract<Choice, { action: "set" }>["what"]): Promise<Outcome> {
  switch (what) {
    case "lang":
      return say([
        {
          kind: "text",
          text: ctx.t("pick-language"),
          buttons: [languages.map((lang) => button(translator(lang)(`language-${lang}`), { action: "lang", lang }))],
        },
      ]);
    case "community":
      return say([await districtsStep(ctx, 0)], { flow: "settings", step: "community", data: {} });
    case "phone":
      if (ctx.who.channel !== "telegram") return say([{ kind: "text", text: ctx.t("phone-telegram-only") }]);
      if (ctx.resident.consent !== "given") return say([{ kind: "text", text: ctx.t("phone-needs-consent") }, privacyNotice(ctx)]);
      return say([askPhone(ctx)], { flow: "settings", step: "phone", data: {} });
    case "phone-remove":
      await removePhone(ctx.deps, ctx.resident);
      return say([{ kind: "text", text: ctx.t("phone-removed"), menu: menuKeyboard(ctx) }], idle);
    case "privacy":
      return say([privacyNotice(ctx)], { flow: "settings", step: "consent", data: {} });
  }
}

export async function languageChosen(ctx: FlowContext, lang: Lang): Promise<Outcome> {
  await chooseLanguage(ctx.deps, ctx.resident, lang);
  const now = { ...ctx, lang, t: translator(lang), resident: { ...ctx.resident, language: lang } };
  return say([{ kind: "text", text: now.t("language-set"), menu: menuKeyboard(now) }], idle);
}

export async function myData(ctx: FlowContext): Promise<Outcome> {
  const { resident: r, place, conversation } = await storedAbout(ctx.deps, ctx.resident);
  const timeZone = place?.community.timeZone ?? ctx.deps.defaultTimeZone;
  const lines = [
    ctx.t("mydata-intro"),
    // The web chat's id is its session secret: shown only in part.
    ctx.t("mydata-identity", { channel: ctx.t(`channel-${r.channel}`), id: r.channel === "web" ? `${r.externalId.slice(0, 8)}…` : r.externalId }),
    ctx.t("mydata-language", { language: ctx.t(`language-${r.language}`) }),
    ctx.t("mydata-community", { community: place ? pathName(ctx, place) : ctx.t("community-none") }),
    ctx.t("mydata-phone", { phone: r.phone ? maskPhone(r.phone) : ctx.t("phone-none") }),
    ctx.t("mydata-consent", {
      consent: ctx.t(`consent-state-${r.consent ?? "unasked"}`),
      when: r.consentAt ? formatDate(ctx, r.consentAt, timeZone) : "—",
    }),
    ctx.t("mydata-since", { when: formatDate(ctx, r.createdAt, timeZone) }),
    ctx.t("mydata-conversation", { step: conversation?.flow ? `${conversation.flow}/${conversation.step ?? ""}` : ctx.t("mydata-conversation-idle") }),
    ctx.t("mydata-footer"),
  ];
  return say([
    {
      kind: "text",
      text: lines.join("\n"),
      buttons: [[button(ctx.t("button-forget"), { action: "forget", answer: "ask" })]],
    },
  ]);
}

export function askForget(ctx: FlowContext): Outcome {
  return say(
    [
      {
        kind: "text",
        text: ctx.t("forget-confirm"),
        buttons: [
          [
            button(ctx.t("button-forget-yes"), { action: "forget", answer: "yes" }),
            button(ctx.t("button-forget-no"), { action: "forget", answer: "no" }),
          ],
        ],
      },
    ],
    { flow: "forget", step: "confirm", data: {} },
  );
}

export async function forgetAnswered(ctx: FlowContext, answer: "yes" | "no"): Promise<Outcome> {
  // Only a confirmation given right after asking counts; an old "yes" button does nothing.
  if (ctx.state.flow !== "forget" || ctx.state.step !== "confirm") {
    return say([{ kind: "text", text: ctx.t("stale-button"), menu: menuKeyboard(ctx) }]);
  }
  if (answer === "no") return say([{ kind: "text", text: ctx.t("forget-cancelled"), menu: menuKeyboard(ctx) }], idle);
  await forgetResident(ctx.deps, ctx.resident);
  return { replies: [{ kind: "text", text: ctx.t("forget-done"), removeMenu: true }], forgotten: true };
}
