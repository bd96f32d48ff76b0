// The community's staff group (a Telegram forum supergroup): /link and /unlink, and each case's topic as
// the place to answer the resident. What a linked staff member writes in a topic goes to the resident,
// signed with their name; a message starting with // stays an internal note; /close, /assign <username>,
// /reopen and the buttons under the topic's first post act on the case. A complaint's statuses have their
// commands (./complaint-commands below): /checking, /scheduled, /working, /fixed <what was done> (a photo
// captioned /fixed … is the after-photo), /notours <where instead>, /duplicate <reference>. Messages from anyone who is not
// linked staff reaching the case, from bots, and service messages are ignored, never relayed.
import { Composer, type Api, type Context } from "grammy";
import type { Message } from "grammy/types";
import { caseOfTopic, staffGroupByChat } from "../db/queries/cases.js";
import { assignCase, CaseActionError, closeCase, MAX_STAFF_TEXT, noteOnCase, reopenCase, replyToCase, setCaseStatus } from "../domain/cases/actions.js";
import { caseInScope } from "../domain/cases/queue.js";
import { GroupRuleError, linkGroup, unlinkGroup } from "../domain/cases/groups.js";
import { seesCase, staffActor, staffOfTelegram } from "../domain/cases/staff.js";
import type { Content } from "../domain/cases/cases.js";
import type { DomainDeps } from "../domain/deps.js";
import { isNotFound } from "../domain/staff/errors.js";
import type { Viewer } from "../domain/staff/actor.js";
import { translator, type Translate } from "../i18n/index.js";
import type { Logger } from "../log.js";
import { caseButtons } from "./case-buttons.js";

/** A message that says something (not a topic made, a member joined, a pin). */
function contentOf(message: Message): Content | null {
  const caption = message.caption ? { text: message.caption } : {};
  if (message.text !== undefined) return { text: message.text };
  if (message.photo?.length) return { ...caption, attachment: { kind: "photo", telegramFileId: message.photo.at(-1)!.file_id } };
  if (message.voice) return { attachment: { kind: "voice", telegramFileId: message.voice.file_id } };
  if (message.document) return { ...caption, attachment: { kind: "document", telegramFileId: message.document.file_id, ...(message.document.file_name ? { fileName: message.document.file_name } : {}) } };
  if (message.location) return { attachment: { kind: "location", latitude: message.location.latitude, longitude: message.location.longitude } };
  return null;
}

/** What staff are told in the topic when an action is refused; nothing where the action was already done. */
function refusal(t: Translate, ref: string, error: CaseActionError, username: string): string | null {
  switch (error.code) {
    case "closed":
      return t("group-case-closed", { ref });
    case "changed":
      return t("group-case-changed", { ref });
    case "assignee":
      return t("group-assign-unknown", { username });
    case "invalid":
      if (error.args.max) return t("group-reply-too-long", { max: MAX_STAFF_TEXT });
      if (error.field === "note") return t("group-fixed-needs-note");
      if (error.field === "elsewhere") return t("group-notours-needs-where");
      if (error.field === "duplicate_of") return t("group-duplicate-unknown");
      if (error.field === "status") return t("group-status-refused");
      return null;
    case "not-closed":
    case "already-closed":
      return error.reason.startsWith("the complaint") || error.reason.startsWith("only") ? t("group-status-refused") : null;
  }
}

/** `/name args` at the start of a message or a photo's caption (addressed to this bot, or to no bot in particular). */
function commandOf(message: Message, botUsername: string): { name: string; args: string } | null {
  const body = message.text ?? message.caption;
  const entity = (message.text !== undefined ? message.entities : message.caption_entities)?.find((e) => e.type === "bot_command" && e.offset === 0);
  if (!entity || body === undefined) return null;
  const [name = "", target] = body.slice(1, entity.length).split("@");
  if (target && target.toLowerCase() !== botUsername.toLowerCase()) return null;
  return { name: name.toLowerCase(), args: body.slice(entity.length).trim() };
}

/** A complaint's statuses, by the topic's command for each. */
const complaintCommands = new Map<string, string>([
  ["checking", "investigating"],
  ["scheduled", "action_scheduled"],
  ["working", "in_progress"],
  ["fixed", "fixed"],
  ["notours", "not_responsible"],
  ["duplicate", "duplicate"],
]);

export function staffGroups(deps: DomainDeps, logger: Logger): Composer<Context> {
  const composer = new Composer<Context>();
  const groups = composer.chatType(["group", "supergroup"]);

  const tOf = (viewer: Viewer | undefined): Translate => translator(viewer?.member.language ?? "zh");
  const answer = (api: Api, message: Message, text: string) =>
    api.sendMessage(message.chat.id, text, message.is_topic_message && message.message_thread_id ? { message_thread_id: message.message_thread_id } : {});

  async function linking(api: Api, message: Message, viewer: Viewer | undefined, command: { name: string; args: string }, botId: number) {
    const t = tOf(viewer);
    if (!viewer) return answer(api, message, t("group-not-staff"));
    const chatId = String(message.chat.id);
    if (command.name === "unlink") {
      try {
        const place = await unlinkGroup(deps, viewer, chatId);
        return answer(api, message, t("group-unlinked", { community: place.nameZh }));
      } catch (error) {
        if (error instanceof GroupRuleError) return answer(api, message, t("group-not-linked"));
        throw error;
      }
    }
    if (message.chat.type !== "supergroup" || !message.chat.is_forum) return answer(api, message, t("group-not-forum"));
    const me = await api.getChatMember(message.chat.id, botId);
    if (me.status !== "administrator" || !me.can_manage_topics) return answer(api, message, t("group-bot-not-admin"));
    try {
      const place = await linkGroup(deps, viewer, chatId, command.args.split(/\s+/)[0] || undefined);
      return answer(api, message, t("group-linked", { community: viewer.member.language === "en" ? place.nameEn : place.nameZh }));
    } catch (error) {
      if (error instanceof GroupRuleError) return answer(api, message, t("group-no-community"));
      throw error;
    }
  }

  /** Acts on the topic's case; what went wrong is said in the topic. */
  async function onCase(api: Api, message: Message, viewer: Viewer, command: { name: string; args: string } | null) {
    const t = tOf(viewer);
    const c = await caseOfTopic(deps.db.orm, String(message.chat.id), message.message_thread_id!);
    // Chatter in a topic that is no case's, or a case beyond this person's roles: not ours to relay.
    if (!c || !(await seesCase(deps, viewer, c))) return;
    try {
      if (c.kind === "complaint" && command && (complaintCommands.has(command.name) || command.name === "close" || command.name === "reopen")) {
        const status = complaintCommands.get(command.name) ?? (command.name === "close" ? "closed" : "reopened");
        const photo = message.photo?.length ? { kind: "photo" as const, telegramFileId: message.photo.at(-1)!.file_id } : undefined;
        if (status === "duplicate") return await setCaseStatus(deps, viewer, c, status, "topic", undefined, { duplicateOf: command.args.split(/\s+/)[0] ?? "" });
        if (status === "not_responsible") return await setCaseStatus(deps, viewer, c, status, "topic", undefined, command.args ? { elsewhere: command.args } : {});
        return await setCaseStatus(deps, viewer, c, status, "topic", command.args || undefined, photo ? { attachment: photo } : {});
      }
      if (command?.name === "close") return await closeCase(deps, viewer, c, "topic");
      if (command?.name === "reopen") return await reopenCase(deps, viewer, c, "topic");
      if (command?.name === "assign") {
        const username = command.args.split(/\s+/)[0];
        if (!username) return answer(api, message, t("group-assign-usage"));
        return void (await assignCase(deps, viewer, c, username, "topic"));
      }
      if (command) return; // other commands in a topic are for other bots or people
      const content = contentOf(message);
      if (!content) return;
      if (content.text?.startsWith("//")) return await noteOnCase(deps, viewer, c, content.text.slice(2), "topic");
      await replyToCase(deps, viewer, c, content, "topic");
    } catch (error) {
      if (!(error instanceof CaseActionError)) throw error;
      const said = refusal(t, c.ref, error, command?.args ?? "");
      if (said) return answer(api, message, said);
    }
  }

  groups.on("message", async (ctx) => {
    const message = ctx.message;
    // Other bots, and anonymous admins posting as the group, are never relayed.
    if (!message.from || message.from.is_bot || message.sender_chat) return;
    const command = commandOf(message, ctx.me.username);
    const viewer = await staffOfTelegram(deps, message.from.id);
    if (command && (command.name === "link" || command.name === "unlink")) return linking(ctx.api, message, viewer, command, ctx.me.id);
    if (!viewer || !message.is_topic_message || !message.message_thread_id) return;
    if (!(await staffGroupByChat(deps.directory.orm, String(message.chat.id)))) return;
    await onCase(ctx.api, message, viewer, command);
  });

  groups.on("callback_query:data", async (ctx) => {
    const answered = ctx.answerCallbackQuery();
    try {
      const pressed = caseButtons.decode(ctx.callbackQuery.data);
      const viewer = await staffOfTelegram(deps, ctx.from.id);
      if (!pressed || !viewer) return;
      const [caseId] = pressed.values;
      const t = tOf(viewer);
      const thread = ctx.callbackQuery.message?.message_thread_id;
      const say = (text: string) => ctx.api.sendMessage(ctx.chat!.id, text, thread ? { message_thread_id: thread } : {});
      let c;
      try {
        c = await caseInScope(deps, viewer, caseId);
        if (pressed.action === "take") {
          await assignCase(deps, viewer, c, viewer.member.username, "topic");
          await say(t("group-case-taken", { staff: staffActor(viewer, "topic").name, ref: c.ref }));
        } else if (pressed.action === "st") {
          if (c.status !== pressed.values[1]) await setCaseStatus(deps, viewer, c, pressed.values[1], "topic");
        } else if (c.status !== "closed") {
          await closeCase(deps, viewer, c, "topic");
        }
      } catch (error) {
        if (isNotFound(error)) return;
        if (!(error instanceof CaseActionError) || !c) throw error;
        const said = refusal(t, c.ref, error, viewer.member.username);
        if (said) await say(said);
      }
    } catch (error) {
      logger.error({ err: error }, "a staff group button failed");
    } finally {
      await answered;
    }
  });

  return composer;
}
