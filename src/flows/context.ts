import type { Change } from "../domain/change.js";
import type { DomainDeps } from "../domain/deps.js";
import type { Resident } from "../domain/residents.js";
import type { Translate } from "../i18n/index.js";
import type { Button, Capabilities, Channel, Input, Lang, Reply } from "./types.js";

/** Who is talking, as the channel knows them. */
export interface Who {
  channel: Channel;
  /** Telegram user id, or the web chat's session id. */
  externalId: string;
  /** Telegram `language_code` or the browser's Accept-Language, for a first greeting. */
  languageCode?: string;
  /** How the channel names the person (a Telegram first name), shown to staff on a case; never stored otherwise. */
  displayName?: string;
}

/** Where a person is in a conversation; persisted between messages. `flow` names the module that owns it. */
export interface FlowState {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
}

export const idle: FlowState = { flow: null, step: null, data: {} };

export interface FlowContext {
  deps: DomainDeps;
  who: Who;
  /** What the person's channel can do. */
  can: Capabilities;
  /** As loaded for this input; flows never change it, they return changes. */
  resident: Readonly<Resident>;
  lang: Lang;
  t: Translate;
  state: FlowState;
  /** The modules this deployment runs, as far as a flow needs them: the menu, the help, the command list. */
  registry: ModuleIndex;
  /** The main menu's labels, in rows, in the reader's language. */
  menu(): string[][];
  /**
   * What the modules listed after `module` claim this input as (the engine's step 6, from there on), or
   * null: for a module that answers something and then adds a word of its own.
   */
  claimAfter(module: string, input: Input): Promise<Outcome | null>;
}

/** A main-menu entry, as another module sees it. */
export interface MenuEntryView {
  module: string;
  /** Fluent message of the label. */
  label: string;
  open(ctx: FlowContext): Answer;
}

/**
 * Where a module may offer a button in another module's message (an extension point, not a job's name).
 * Reaching a person from "nothing found" needs none: that is the person job's menu entry (../flows/reach-a-person.ts).
 */
export type OfferPlace =
  /** Under a service card of the guide; args: { serviceId }. */
  "service-card";

/** What a module lets the others call when its flow is the active one. */
export interface FlowHooks {
  /** The person asked to leave (/cancel). */
  leave?(ctx: FlowContext): Answer;
  /** The community this flow asked the person to choose was chosen (the choice is written with this outcome). */
  afterCommunity?(ctx: FlowContext, communityId: number): Answer;
  /** The person agreed to the privacy notice this flow showed them (the consent is written with this outcome). */
  afterConsent?(ctx: FlowContext): Answer;
}

export interface ModuleIndex {
  /** Menu entries in the order residents use them. */
  menuEntries(): MenuEntryView[];
  /** Commands for Telegram's command menu and the help, in module order. */
  listedCommands(): string[];
  /** The hooks of a module, by its name (the active flow's, usually). */
  hooksOf(name: string | null): FlowHooks | undefined;
  /** The buttons modules offer at a place in another's message, in module order. */
  offers(ctx: FlowContext, place: OfferPlace, args: Record<string, unknown>): Button[];
  /** What a `/start <letter>-<value>` link opens (a QR poster's `c-`, a staff invitation's `s-`), by its letter. */
  deepLink(prefix: string): ((ctx: FlowContext, value: string) => Answer) | undefined;
}

/** What handling one input produced. The engine commits `writes` and `state` together, or neither. */
export interface Outcome {
  replies: Reply[];
  /** The next state; undefined leaves it as it was. */
  state?: FlowState;
  /** Changes to the database, committed atomically with the state (see src/flows/engine.ts). */
  writes?: Change;
  /**
   * What to say instead when a guard in `writes` refuses them (none of them is written then). It may read
   * why, and its own `state` and `writes` are committed in their place.
   */
  refused?: () => Answer;
  /** The person's record was deleted: no state is saved, and a channel drops what it keeps too. */
  forgotten?: boolean;
  /** More replies, made once the writes are committed (to show what they made, e.g. a case's reference). */
  afterCommit?: () => Promise<Reply[]>;
}

/** What a handler gives back: an outcome, now or later. */
export type Answer = Outcome | Promise<Outcome>;

export function say(replies: Reply[], state?: FlowState): Outcome {
  return state === undefined ? { replies } : { replies, state };
}
