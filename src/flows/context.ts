import type { DomainDeps } from "../domain/deps.js";
import type { Resident } from "../domain/residents.js";
import type { Translate } from "../i18n/index.js";
import type { Channel, Lang, Reply } from "./types.js";

/** Who is talking, as the channel knows them. */
export interface Who {
  channel: Channel;
  /** Telegram user id, or the web chat's session id. */
  externalId: string;
  /** Telegram `language_code` or the browser's Accept-Language, for a first greeting. */
  languageCode?: string;
}

/** Where a person is in a conversation; persisted between messages. */
export interface FlowState {
  flow: string | null;
  step: string | null;
  data: Record<string, unknown>;
}

export const idle: FlowState = { flow: null, step: null, data: {} };

export interface FlowContext {
  deps: DomainDeps;
  who: Who;
  resident: Resident;
  lang: Lang;
  t: Translate;
  state: FlowState;
}

/** What handling one input produced: replies, and the next state (undefined: leave it as it was). */
export interface Outcome {
  replies: Reply[];
  state?: FlowState;
  /** The resident's record was deleted; do not save any state. */
  forgotten?: boolean;
}

/** The name of a place, group or anything named in both languages, in the reader's. */
export function localName(ctx: Pick<FlowContext, "lang">, named: { nameZh: string; nameEn: string }): string {
  return ctx.lang === "zh" ? named.nameZh : named.nameEn;
}

export function say(replies: Reply[], state?: FlowState): Outcome {
  return state === undefined ? { replies } : { replies, state };
}
