// Settings: language, community, text size and map (where the channel draws them), phone number,
// privacy choice. Every picker has a way back to the settings, and the settings a way back to the menu.
import { z } from "zod";
import { chooseLanguage, chooseMapApp, chooseTextSize, maskPhone, removePhone } from "../domain/residents.js";
import { placeOf } from "../domain/places.js";
import { languages, translator } from "../i18n/index.js";
import { mapApps, textSizes, type MapApp, type TextSize } from "../vocabulary.js";
import { buttonCodec, field } from "./buttons.js";
import { idle, say, type FlowContext, type Outcome } from "./context.js";
import { meaningOf } from "./conversation-words.js";
import { backToMenu } from "./menu.js";
import { flowModule } from "./module.js";
import { menuRows } from "./registry.js";
import { askPhone, consentAnswered, districtsStep, pathName, phoneSkipped, privacyNotice } from "./onboarding.js";
import type { Button, Input, Lang } from "./types.js";

const settingNames = ["lang", "community", "text", "map", "phone", "phone-remove", "privacy"] as const;
type SettingName = (typeof settingNames)[number];

export const settingsButtons = buttonCodec("s", {
  /** Change one setting. */
  set: [field.oneOf(settingNames)],
  /** The language chosen. */
  lang: [field.oneOf(languages as unknown as ["zh", "en"])],
  /** The text size chosen. */
  text: [field.oneOf(textSizes as unknown as ["normal", "large"])],
  /** The web map chosen. */
  map: [field.oneOf(mapApps as unknown as ["amap", "baidu"])],
  /** Back to the settings. */
  home: [],
});

const settingsState = (step: "community" | "phone" | "consent") => ({ flow: "settings", step, data: {} });
const backToSettings = (ctx: FlowContext): Button => settingsButtons.button(ctx.t("button-back"), "home");

async function showSettings(ctx: FlowContext): Promise<Outcome> {
  const r = ctx.resident;
  const path = r.communityId ? await placeOf(ctx.deps, r.communityId) : undefined;
  const rows: Button[][] = [[settingsButtons.button(ctx.t("button-language"), "set", "lang"), settingsButtons.button(ctx.t("button-community"), "set", "community")]];
  // Text size and map are offered only where the channel draws them.
  const looks = [
    ...(ctx.can.textSize ? [settingsButtons.button(ctx.t("button-text-size"), "set", "text")] : []),
    ...(ctx.can.mapChoice ? [settingsButtons.button(ctx.t("button-map"), "set", "map")] : []),
  ];
  if (looks.length) rows.push(looks);
  // A phone number is kept only with consent, and only where the channel can vouch it is the person's own.
  if (ctx.can.verifiedPhone && r.consent === "given") {
    rows.push([r.phone ? settingsButtons.button(ctx.t("button-phone-remove"), "set", "phone-remove") : settingsButtons.button(ctx.t("button-phone"), "set", "phone")]);
  }
  rows.push([settingsButtons.button(ctx.t("button-privacy"), "set", "privacy")]);
  rows.push([backToMenu(ctx)]);
  const lines = [
    ctx.t("settings-summary", {
      language: ctx.t(`language-${r.language}`),
      community: path ? pathName(ctx, path) : ctx.t("community-none"),
      phone: r.phone ? maskPhone(r.phone) : ctx.t("phone-none"),
      consent: ctx.t(`consent-state-${r.consent ?? "unasked"}`),
    }),
    ...(ctx.can.textSize ? [ctx.t("settings-text-size", { size: ctx.t(`text-size-${r.textSize}`) })] : []),
    ...(ctx.can.mapChoice ? [ctx.t("settings-map", { map: ctx.t(`map-app-${r.mapApp}`) })] : []),
  ];
  return say([{ kind: "text", text: lines.join("\n"), buttons: rows }], idle);
}

async function settingChosen(ctx: FlowContext, what: SettingName): Promise<Outcome> {
  switch (what) {
    case "lang":
      return say([
        {
          kind: "text",
          text: ctx.t("pick-language"),
          buttons: [languages.map((lang) => settingsButtons.button(translator(lang)(`language-${lang}`), "lang", lang)), [backToSettings(ctx)]],
        },
      ]);
    case "community":
      // The picker's first level offers "back" to here when the state says settings.
      return say([await districtsStep({ ...ctx, state: settingsState("community") }, 0)], settingsState("community"));
    case "text":
      return say([
        {
          kind: "text",
          text: ctx.t("pick-text-size"),
          buttons: [textSizes.map((size) => settingsButtons.button(ctx.t(`text-size-${size}`), "text", size)), [backToSettings(ctx)]],
        },
      ]);
    case "map":
      return say([
        {
          kind: "text",
          text: ctx.t("pick-map"),
          buttons: [mapApps.map((app) => settingsButtons.button(ctx.t(`map-app-${app}`), "map", app)), [backToSettings(ctx)]],
        },
      ]);
    case "phone":
      if (!ctx.can.verifiedPhone) return say([{ kind: "text", text: ctx.t("phone-telegram-only"), buttons: [[backToSettings(ctx)]] }]);
      if (ctx.resident.consent !== "given") return say([{ kind: "text", text: ctx.t("phone-needs-consent") }, privacyNotice(ctx, backToSettings(ctx))], settingsState("consent"));
      return say([askPhone(ctx)], settingsState("phone"));
    case "phone-remove":
      return { replies: [{ kind: "text", text: ctx.t("phone-removed"), menu: ctx.menu() }], state: idle, writes: removePhone(ctx.resident) };
    case "privacy":
      return say([privacyNotice(ctx, backToSettings(ctx))], settingsState("consent"));
  }
}

function languageChosen(ctx: FlowContext, lang: Lang): Outcome {
  // The answer is already in the new language, menu included.
  const t = translator(lang);
  const menu = menuRows(ctx.registry.menuEntries().map((entry) => t(entry.label)));
  return { replies: [{ kind: "text", text: t("language-set"), menu }], state: idle, writes: chooseLanguage(ctx.resident, lang) };
}

function textSizeChosen(ctx: FlowContext, size: TextSize): Outcome {
  return { replies: [{ kind: "text", text: ctx.t(`text-size-set-${size}`), menu: ctx.menu() }], state: idle, writes: chooseTextSize(ctx.resident, size) };
}

function mapChosen(ctx: FlowContext, app: MapApp): Outcome {
  return { replies: [{ kind: "text", text: ctx.t("map-set", { map: ctx.t(`map-app-${app}`) }), menu: ctx.menu() }], state: idle, writes: chooseMapApp(ctx.resident, app) };
}

/** Typed while a setting waits: "skip" under the phone question, "同意"/"不同意" under the notice. */
function typed(ctx: FlowContext, input: Input): Outcome | Promise<Outcome> | null {
  if (ctx.state.step === "phone") return phoneSkipped(ctx, input);
  if (ctx.state.step === "consent" && input.kind === "text") {
    const meaning = meaningOf(input.text);
    if (meaning === "agree" || meaning === "disagree") return consentAnswered(ctx, meaning === "agree" ? "yes" : "no");
  }
  return null;
}

export const settings = flowModule({
  name: "settings",
  commands: { settings: { run: showSettings, listed: true } },
  menu: { label: "menu-settings", position: 60, open: showSettings },
  buttons: {
    codec: settingsButtons,
    press(ctx, pressed) {
      switch (pressed.action) {
        case "set":
          return settingChosen(ctx, pressed.values[0]);
        case "lang":
          return languageChosen(ctx, pressed.values[0]);
        case "text":
          return textSizeChosen(ctx, pressed.values[0]);
        case "map":
          return mapChosen(ctx, pressed.values[0]);
        case "home":
          return showSettings(ctx);
      }
    },
  },
  state: z.object({ step: z.enum(["community", "phone", "consent"]), data: z.object({}) }),
  resume: typed,
});
