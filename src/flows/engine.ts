// One input from one person → the replies, with the conversation's state loaded before and saved after.
// Both channels call `handleInput`; nothing here knows about grammY or Hono.
import { conversationKey, findConversation, saveConversation } from "../db/queries/residents.js";
import type { DomainDeps } from "../domain/deps.js";
import { identify, noteSeen, register, type Resident } from "../domain/residents.js";
import { negotiate, translator } from "../i18n/index.js";
import { parseChoice, type Choice } from "./choices.js";
import { idle, type FlowContext, type FlowState, type Outcome, type Who } from "./context.js";
import { answerQuestion, groupView, guideHome, showService } from "./guide.js";
import { help, menuItemForText, showMenu, staleButton, unexpectedInput, unknownCommand, type MenuItem } from "./menu.js";
import { communityPicked, consentAnswered, isSkip, phoneShared, phoneSkipped, start } from "./onboarding.js";
import { communitiesStep, districtsStep, streetsStep } from "./picker.js";
import { askForget, forgetAnswered, languageChosen, myData, settingChosen, showSettings } from "./settings.js";
import type { Input, Reply } from "./types.js";

/** Commands, with what each does; `cancel` leaves whatever flow the person is in. */
const commands: Record<string, (ctx: FlowContext, payload: string) => Outcome | Promise<Outcome>> = {
  start: (ctx, payload) => start(ctx, payload),
  menu: (ctx) => showMenu(ctx),
  guide: (ctx) => guideHome(ctx),
  help: (ctx) => help(ctx),
  settings: (ctx) => showSettings(ctx),
  mydata: (ctx) => myData(ctx),
  forget: (ctx) => askForget(ctx),
  cancel: (ctx) => showMenu(ctx, "cancelled"),
};

/** The commands shown in Telegram's command menu (see scripts/telegram-setup.ts). */
export const menuCommands = ["start", "menu", "guide", "settings", "mydata", "forget", "help", "cancel"] as const;

export interface Handled {
  replies: Reply[];
  /** The person's record was deleted (/forget): a channel should drop what it keeps too. */
  forgotten: boolean;
}

export async function handleInput(deps: DomainDeps, who: Who, input: Input): Promise<Handled> {
  // Two messages from one person handled at once: the loser of the version check goes again, once.
  for (let attempt = 0; ; attempt++) {
    const { saved, ...handled } = await handleOnce(deps, who, input);
    if (saved || attempt >= 1) return handled;
  }
}

async function handleOnce(deps: DomainDeps, who: Who, input: Input): Promise<Handled & { saved: boolean }> {
  const key = conversationKey(who.channel, who.externalId);
  // Two reads that do not depend on each other: on D1 each is a round trip, so they go together.
  const [resident, row] = await Promise.all([residentFor(deps, who), findConversation(deps.db.orm, key)]);
  const state: FlowState = row ? { flow: row.flow, step: row.step, data: row.data ?? {} } : idle;
  const ctx: FlowContext = {
    deps,
    who,
    resident,
    lang: resident.language,
    t: translator(resident.language),
    state,
  };
  const outcome = await route(ctx, input);
  const forgotten = outcome.forgotten === true;
  if (forgotten || outcome.state === undefined || sameState(outcome.state, state)) {
    return { replies: outcome.replies, forgotten, saved: true };
  }
  const saved = await saveConversation(deps.db.orm, key, row ? row.version : null, outcome.state, deps.now());
  return { replies: outcome.replies, forgotten, saved };
}

async function residentFor(deps: DomainDeps, who: Who): Promise<Resident> {
  const known = await identify(deps, who.channel, who.externalId);
  if (!known) return register(deps, who.channel, who.externalId, negotiate(who.languageCode));
  await noteSeen(deps, known);
  return known;
}

function sameState(a: FlowState, b: FlowState): boolean {
  return a.flow === b.flow && a.step === b.step && JSON.stringify(a.data) === JSON.stringify(b.data);
}

function route(ctx: FlowContext, input: Input): Promise<Outcome> | Outcome {
  switch (input.kind) {
    case "command": {
      // Own names only: "/constructor" must not find the prototype's.
      const name = input.name.toLowerCase();
      const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
      return command ? command(ctx, input.payload) : unknownCommand(ctx, input.name);
    }
    case "choice": {
      const choice = parseChoice(input.data);
      return choice ? chosen(ctx, choice) : staleButton(ctx);
    }
    case "contact":
      return phoneShared(ctx, input.phone, input.isOwn);
    case "text":
      return typed(ctx, input.text);
    case "location":
    case "photo":
    case "unsupported":
      return unexpectedInput(ctx);
  }
}

async function chosen(ctx: FlowContext, choice: Choice): Promise<Outcome> {
  switch (choice.action) {
    case "pk.d":
      return { replies: [await districtsStep(ctx, choice.page)] };
    case "pk.s": {
      const reply = await streetsStep(ctx, choice.id, choice.page);
      return reply ? { replies: [reply] } : staleButton(ctx);
    }
    case "pk.c": {
      const reply = await communitiesStep(ctx, choice.id, choice.page);
      return reply ? { replies: [reply] } : staleButton(ctx);
    }
    case "pk.pick":
      return communityPicked(ctx, choice.id);
    case "consent":
      return consentAnswered(ctx, choice.answer);
    case "set":
      return settingChosen(ctx, choice.what);
    case "lang":
      return languageChosen(ctx, choice.lang);
    case "forget":
      return choice.answer === "ask" ? askForget(ctx) : forgetAnswered(ctx, choice.answer);
    case "g.home":
      return guideHome(ctx, choice.page);
    case "g.grp":
      return (await groupView(ctx, choice.id, choice.page)) ?? staleButton(ctx);
    case "g.svc":
      return (await showService(ctx, choice.id)) ?? staleButton(ctx);
    case "nop":
      return { replies: [] };
    case "menu":
      return menuItem(ctx, choice.item);
  }
}

function menuItem(ctx: FlowContext, item: MenuItem | "menu"): Promise<Outcome> | Outcome {
  switch (item) {
    case "guide":
      return guideHome(ctx);
    case "settings":
      return showSettings(ctx);
    case "mydata":
      return myData(ctx);
    case "help":
      return help(ctx);
    case "menu":
      return showMenu(ctx);
  }
}

async function typed(ctx: FlowContext, text: string): Promise<Outcome> {
  if (ctx.state.step === "phone" && isSkip(ctx, text)) return phoneSkipped(ctx);
  const item = menuItemForText(ctx, text);
  if (item) return menuItem(ctx, item);
  // Anything else typed outside a form is a question for the service guide.
  return answerQuestion(ctx, text);
}
