// Settings: language, community, phone number, privacy choice.
import { z } from "zod";
import { chooseLanguage, maskPhone, removePhone } from "../domain/residents.js";
import { placeOf } from "../domain/places.js";
import { languages, translator } from "../i18n/index.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import { flowModule } from "./module.js";
import { menuRows } from "./registry.js";
import { askPhone, districtsStep, pathName, phoneSkipped, privacyNotice } from "./onboarding.js";
import type { Button, Lang } from "./types.js";

export const settingsButtons = buttonCodec("s", {
  /** Change one setting. */
  set: [field.oneOf(["lang", "community", "phone", "phone-remove", "privacy"])],
  /** The language chosen. */
  lang: [field.oneOf(languages as unknown as ["zh", "en"])],
});

const settingsState = (step: "community" | "phone" | "consent") => ({ flow: "settings", step, data: {} });

async function showSettings(ctx: FlowContext): Promise<Outcome> {
  const r = ctx.resident;
  const path = r.communityId ? await placeOf(ctx.deps, r.communityId) : undefined;
  const rows: Button[][] = [[settingsButtons.button(ctx.t("button-language"), "set", "lang"), settingsButtons.button(ctx.t("button-community"), "set", "community")]];
  // A phone number is kept only with consent, and only where the channel can vouch it is the person's own.
  if (ctx.can.verifiedPhone && r.consent === "given") {
    rows.push([r.phone ? settingsButtons.button(ctx.t("button-phone-remove"), "set", "phone-remove") : settingsButtons.button(ctx.t("button-phone"), "set", "phone")]);
  }
  rows.push([settingsButtons.button(ctx.t("button-privacy"), "set", "privacy")]);
  const text = ctx.t("settings-summary", {
    language: ctx.t(`language-${r.language}`),
    community: path ? pathName(ctx, path) : ctx.t("community-none"),
    phone: r.phone ? maskPhone(r.phone) : ctx.t("phone-none"),
    consent: ctx.t(`consent-state-${r.consent ?? "unasked"}`),
  });
  return say([{ kind: "text", text, buttons: rows }], idle);
}

async function settingChosen(ctx: FlowContext, what: "lang" | "community" | "phone" | "phone-remove" | "privacy"): Promise<Outcome> {
  switch (what) {
    case "lang":
      return say([
        {
          kind: "text",
          text: ctx.t("pick-language"),
          buttons: [languages.map((lang) => settingsButtons.button(translator(lang)(`language-${lang}`), "lang", lang))],
        },
      ]);
    case "community":
      return say([await districtsStep(ctx, 0)], settingsState("community"));
    case "phone":
      if (!ctx.can.verifiedPhone) return say([{ kind: "text", text: ctx.t("phone-telegram-only") }]);
      if (ctx.resident.consent !== "given") return say([{ kind: "text", text: ctx.t("phone-needs-consent") }, privacyNotice(ctx)]);
      return say([askPhone(ctx)], settingsState("phone"));
    case "phone-remove":
      return { replies: [{ kind: "text", text: ctx.t("phone-removed"), menu: ctx.menu() }], state: idle, writes: removePhone(ctx.resident) };
    case "privacy":
      return say([privacyNotice(ctx)], settingsState("consent"));
  }
}

function languageChosen(ctx: FlowContext, lang: Lang): Outcome {
  // The answer is already in the new language, menu included.
  const t = translator(lang);
  const menu = menuRows(ctx.registry.menuEntries().map((entry) => t(entry.label)));
  return { replies: [{ kind: "text", text: t("language-set"), menu }], state: idle, writes: chooseLanguage(ctx.resident, lang) };
}

export const settings = flowModule({
  name: "settings",
  commands: { settings: { run: showSettings, listed: true } },
  menu: { label: "menu-settings", position: 60, open: showSettings },
  buttons: {
    codec: settingsButtons,
    press: (ctx, pressed) => (pressed.action === "set" ? settingChosen(ctx, pressed.values[0]) : languageChosen(ctx, pressed.values[0])),
  },
  state: z.object({ step: z.enum(["community", "phone", "consent"]), data: z.object({}) }),
  resume: (ctx, input) => (ctx.state.step === "phone" ? phoneSkipped(ctx, input) : null),
});
