// The contract every job's conversations follow (docs/architecture.md, "Flow modules"). A module
// declares what it answers; src/flows/engine.ts loads the state, asks the modules in order and commits.
import type { z } from "zod";
import type { Actions, ButtonCodec, Pressed } from "./buttons.js";
import type { Answer, FlowContext, FlowHooks, OfferPlace, Outcome } from "./context.js";
import type { Button, Input, Reply } from "./types.js";

export interface Command {
  run(ctx: FlowContext, payload: string): Answer;
  /** Shown in Telegram's command menu, described by the Fluent message `command-<name>`. */
  listed?: boolean;
}

export interface MenuEntry {
  /** Fluent message of the label (a tapped label comes back as text). */
  label: string;
  /** Where it stands in the main menu: lower first. */
  position: number;
  open(ctx: FlowContext): Answer;
}

export interface FlowModule<A extends Actions = Actions> extends FlowHooks {
  /** Unique; also the `flow` of every state this module owns. */
  name: string;
  /** Slash commands, by name (lower case). A command always leaves the flow the person is in. */
  commands?: Record<string, Command>;
  /** Its entry in the main menu, if it has one. Only modules that work have one. */
  menu?: MenuEntry;
  /** Its inline buttons: a codec with its own prefix, and what a press does. */
  buttons?: { codec: ButtonCodec<A>; press(ctx: FlowContext, pressed: Pressed<A>): Answer };
  /**
   * The steps it owns: checked whenever a stored state names this module. A state that does not parse
   * (stale after an upgrade, or tampered with) is dropped and the person starts afresh.
   */
  state?: z.ZodType<{ step: string | null; data: Record<string, unknown> }>;
  /** Inputs while its flow is active. Null lets the engine ask the other modules. */
  resume?(ctx: FlowContext, input: Input): Answer | null | Promise<Outcome | null>;
  /** Inputs it recognises from anywhere (asked in module order, after the active flow). Null: not mine. */
  claim?(ctx: FlowContext, input: Input): Answer | null | Promise<Outcome | null>;
  /** `/start <letter>-<value>` links it opens, by their letter (Telegram deep links, the web chat's ?start=). */
  deepLinks?: Record<string, (ctx: FlowContext, value: string) => Answer>;
  /** Buttons it offers in other modules' messages (e.g. "ask a person about this" under a service card). */
  offers?: Partial<Record<OfferPlace, (ctx: FlowContext, args: Record<string, unknown>) => Button | null>>;
  /**
   * Messages it sends a resident from the outbox (a staff reply, a request for a rating), rendered when
   * they are delivered, in the resident's language and for their channel, exactly as a direct reply.
   */
  notices?: Record<string, (ctx: FlowContext, args: Record<string, unknown>) => Reply[] | Promise<Reply[]>>;
}

/** What the engine says when nobody could: from the core module that owns those words. */
export interface Fallbacks {
  unknownCommand(ctx: FlowContext, name: string): Outcome;
  staleButton(ctx: FlowContext): Outcome;
  unexpected(ctx: FlowContext): Outcome;
}

/** A module whose buttons' types need not be known where it is listed. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFlowModule = FlowModule<any>;

/** Declares a module with its button types checked. */
export function flowModule<const A extends Actions>(module: FlowModule<A>): FlowModule<A> {
  return module;
}
