// One input from one person → the replies. The engine loads the person and their conversation, asks the
// flow modules (src/flows/module.ts) who answers, and commits what the answer changed together with the
// conversation's next state in one atomic write, guarded by the state's version. A person sending two
// messages at once (two isolates, two processes) cannot commit both on the same state: the loser starts
// again from a fresh read, and nothing it decided was written. Nothing here knows a job, grammY or Hono.
import { together, type Change } from "../domain/change.js";
import { askAgain, commitTurn, conversationKey, readTurn, type Conversation, type TurnAsk, type TurnReads } from "../domain/conversations.js";
import type { DomainDeps } from "../domain/deps.js";
import { admit, admittedMeanwhile, identify, noteSeen, passerBy, type Resident } from "../domain/residents.js";
import { negotiate, translator } from "../i18n/index.js";
import { idle, type FlowContext, type FlowState, type Outcome, type Who } from "./context.js";
import type { AnyFlowModule, Fallbacks } from "./module.js";
import { createRegistry, menuRows, type Registry } from "./registry.js";
import type { Capabilities, Input, Reply } from "./types.js";

/** How often a person's message is tried again when their conversation moved under it. */
const ATTEMPTS = 3;

export interface Handled {
  replies: Reply[];
  /** The person's record was deleted (/forget): a channel should drop what it keeps too. */
  forgotten: boolean;
  /** The Telegram update was handled before (a redelivery): nothing was done. */
  redelivered?: boolean;
  /** When `repliesTo` was given: earlier replies still wait in the outbox for that chat (these go behind them). */
  repliesWaiting?: boolean;
}

export interface Engine {
  readonly registry: Registry;
  /**
   * `options`: what a channel adds to the input, read with the turn's first reads (one round trip on D1).
   * A redelivered Telegram update (`options.updateId` seen before) is answered with `redelivered` and nothing else.
   */
  handle(who: Who, can: Capabilities, input: Input, options?: TurnAsk): Promise<Handled>;
  /**
   * A module's notice for a resident, rendered as its direct replies are: in their language, for their
   * channel. Empty when the resident is gone (forgotten) or the notice is unknown.
   */
  renderNotice(who: Who, can: Capabilities, notice: { module: string; name: string; args: Record<string, unknown> }): Promise<Reply[]>;
}

const redelivered = (): Handled => ({ replies: [], forgotten: false, redelivered: true });

export class ConversationBusyError extends Error {
  constructor(key: string) {
    super(`the conversation ${key.split(":")[0]}:… changed under ${ATTEMPTS} attempts in a row`);
  }
}

export function createEngine(deps: DomainDeps, modules: readonly AnyFlowModule[], fallbacks: Fallbacks): Engine {
  const registry = createRegistry(modules);

  function contextOf(who: Who, can: Capabilities, resident: Resident, state: FlowState): FlowContext {
    const t = translator(resident.language);
    const ctx: FlowContext = {
      deps,
      who,
      can,
      resident,
      lang: resident.language,
      t,
      state,
      registry,
      menu: () => menuRows(registry.menuEntries().map((entry) => t(entry.label))),
      claimAfter: (module, input) => claimFrom(ctx, input, registry.modules.findIndex((m) => m.name === module) + 1),
    };
    return ctx;
  }

  /** One attempt; a conflict says what to read with on the next. */
  async function handleOnce(who: Who, can: Capabilities, input: Input, options: TurnAsk): Promise<Handled | { conflict: true; again: TurnAsk }> {
    // The update's id, the person, the conversation and the outbox check: one round trip on D1.
    const read = await readTurn(deps, who.channel, who.externalId, options);
    if (!read.first) return redelivered();
    const handled = await answerTurn(who, can, input, read);
    if (handled === "conflict") return { conflict: true, again: askAgain(options, read) };
    return read.repliesWaiting === undefined ? handled : { ...handled, repliesWaiting: read.repliesWaiting };
  }

  async function answerTurn(who: Who, can: Capabilities, input: Input, read: TurnReads): Promise<Handled | "conflict"> {
    const stored = read.resident;
    const row = read.conversation;
    // Someone without a record stays without one unless this input leaves something to keep.
    const resident = stored ?? (await passerBy(deps, who.channel, who.externalId, negotiate(who.languageCode)));
    const state = stateOf(row);
    const ctx = contextOf(who, can, resident, state);
    const outcome = await route(ctx, input);
    /** Commits a next state (none: save none) and writes on what was read; once written, wakes the jobs they name. */
    const commit = async (next: FlowState | undefined, writes: Change | undefined) => {
      const moved = next !== undefined && !sameState(next, state);
      const result = await commitTurn(deps, { key: conversationKey(who.channel, who.externalId), row, next, moved, writes, update: read.recordWithCommit });
      if (result === "written") for (const job of writes?.wakes ?? []) deps.wake?.(job);
      return result;
    };
    const seen = outcome.forgotten || !stored ? null : noteSeen(deps, resident);
    const writes = outcome.writes ? together(stored ? null : admit(resident), outcome.writes, seen) : seen ?? undefined;
    const committed = await commit(outcome.forgotten ? undefined : (outcome.state ?? state), writes);
    if (committed === "redelivered") return redelivered();
    if (committed === "conflict") return "conflict";
    // Another message of this new person (or another new person) was stored first: read again.
    if (committed === "refused" && !stored && (await admittedMeanwhile(deps, resident))) return "conflict";
    if (committed !== "refused") {
      const more = outcome.afterCommit ? await outcome.afterCommit() : [];
      return { replies: [...outcome.replies, ...more], forgotten: committed === "written" && outcome.forgotten === true };
    }
    if (!outcome.refused) throw new Error("a guard refused the writes of a flow that says nothing for it");
    // What to say instead may look at how things are now, move the conversation on, and write what the
    // refusal itself leaves behind (a ledger keeps a refused key refused): one more turn, on the same read.
    const instead = await outcome.refused();
    const again = await commit(instead.state ?? state, instead.writes);
    if (again === "redelivered") return redelivered();
    if (again === "conflict") return "conflict";
    if (again === "refused") throw new Error("a guard refused what a flow wrote for a refusal");
    return { replies: instead.replies, forgotten: false };
  }

  /** A stored state names its module and must parse as that module's; otherwise the person starts afresh. */
  function stateOf(row: Conversation | undefined): FlowState {
    if (!row?.flow) return idle;
    const module = registry.module(row.flow);
    const stored = { step: row.step, data: row.data ?? {} };
    if (!module) return idle;
    if (module.state && !module.state.safeParse(stored).success) return idle;
    return { flow: row.flow, ...stored };
  }

  async function route(ctx: FlowContext, input: Input): Promise<Outcome> {
    if (input.kind === "command") {
      const command = registry.command(input.name.toLowerCase());
      return command ? leaving(await command.run(ctx, input.payload)) : fallbacks.unknownCommand(ctx, input.name);
    }
    if (input.kind === "choice") {
      const press = registry.pressed(input.data);
      return press ? press(ctx) : fallbacks.staleButton(ctx);
    }
    // The main menu is reachable from anywhere, also in the middle of a form.
    const entry = input.kind === "text" ? registry.menuEntryFor(input.text) : undefined;
    if (entry) return leaving(await entry.open(ctx));
    const active = registry.module(ctx.state.flow);
    const resumed = active?.resume ? await active.resume(ctx, input) : null;
    if (resumed) return resumed;
    return (await claimFrom(ctx, input, 0)) ?? fallbacks.unexpected(ctx);
  }

  /** Asks each module's claim, in list order from `first`. */
  async function claimFrom(ctx: FlowContext, input: Input, first: number): Promise<Outcome | null> {
    for (const module of registry.modules.slice(first)) {
      const claimed = module.claim ? await module.claim(ctx, input) : null;
      if (claimed) return claimed;
    }
    return null;
  }

  return {
    registry,
    async renderNotice(who, can, notice) {
      const render = registry.module(notice.module)?.notices?.[notice.name];
      const resident = render ? await identify(deps, who.channel, who.externalId) : undefined;
      if (!render || !resident) return [];
      return render(contextOf(who, can, resident, idle), notice.args);
    },
    async handle(who, can, input, options = {}) {
      let turn = options;
      for (let attempt = 1; attempt <= ATTEMPTS; attempt++) {
        const handled = await handleOnce(who, can, input, turn);
        if (!("conflict" in handled)) return handled;
        turn = handled.again;
      }
      throw new ConversationBusyError(conversationKey(who.channel, who.externalId));
    },
  };
}

/** A command or a menu entry leaves the flow the person was in, unless it starts one of its own. */
function leaving(outcome: Outcome): Outcome {
  return outcome.state === undefined && !outcome.forgotten ? { ...outcome, state: idle } : outcome;
}

function sameState(a: FlowState, b: FlowState): boolean {
  return a.flow === b.flow && a.step === b.step && JSON.stringify(a.data) === JSON.stringify(b.data);
}
