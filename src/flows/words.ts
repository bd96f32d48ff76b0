// The words of a conversation — thanks, OK, agree, menu, back, settings, help, "I want a person", hello,
// goodbye — in either language, answered politely from anywhere instead of being searched for (and kept
// as questions nobody answered). A claim, asked after the active flow's own steps and before the guide;
// a flow that has a use for one of them where it stands (「同意」 under the privacy notice) takes it first.
import { meaningOf, type Meaning } from "./conversation-words.js";
import { idle, say, type Answer, type FlowContext, type Outcome } from "./context.js";
import { showMenu } from "./menu.js";
import { flowModule } from "./module.js";
import { privacyNotice } from "./onboarding.js";
import { PERSON_MODULE, stationLine } from "./reach-a-person.js";

/** Opens another module's menu entry by its name, as the menu would. */
function openEntry(ctx: FlowContext, module: string): Answer | null {
  const entry = ctx.registry.menuEntries().find((e) => e.module === module);
  return entry ? entry.open(ctx) : null;
}

const politely = (ctx: FlowContext, key: string): Outcome => say([{ kind: "text", text: ctx.t(key), menu: ctx.menu() }]);

async function answer(ctx: FlowContext, meaning: Meaning): Promise<Outcome> {
  switch (meaning) {
    case "person": {
      // The talk-to-a-person job, once it exists; until then the station's phone, never a dead button.
      const person = openEntry(ctx, PERSON_MODULE);
      if (person) return person;
      return say([{ kind: "text", text: [ctx.t("words-person"), await stationLine(ctx)].join("\n"), menu: ctx.menu() }]);
    }
    case "menu":
      return showMenu(ctx);
    case "settings":
      return (await openEntry(ctx, "settings")) ?? showMenu(ctx);
    case "help":
      return (await openEntry(ctx, "menu")) ?? showMenu(ctx);
    case "back":
      return showMenu(ctx, ctx.state.flow ? "cancelled" : "menu-intro");
    case "agree":
    case "disagree":
      // Outside the notice a consent is not taken from a word: the notice comes with its buttons.
      if (ctx.resident.consent === null) return say([privacyNotice(ctx)]);
      return politely(ctx, `words-${meaning}-already`);
    case "no":
      return { ...politely(ctx, "words-no"), state: idle };
    case "thanks":
    case "yes":
    case "hello":
    case "bye":
      return politely(ctx, `words-${meaning}`);
  }
}

export const words = flowModule({
  name: "words",
  claim(ctx, input) {
    if (input.kind !== "text") return null;
    const meaning = meaningOf(input.text);
    return meaning ? answer(ctx, meaning) : null;
  },
});
