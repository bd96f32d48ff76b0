// A case's topic in its community's staff group (a Telegram forum supergroup): made when the case's first
// post is delivered, named with its reference and summary; posts rendered in the staff's words; closed and
// reopened with the case. A topic that staff deleted, or that Telegram no longer finds, is made again and
// the post delivered there — never dropped.
import type { Api } from "grammy";
import { findCase, forgetTopic, markTopicClosed, moveStaffGroup, rememberTopic, staffGroupOf, topicOf, type Case } from "../db/queries/cases.js";
import { findCommunity } from "../db/queries/places.js";
import { findResidentById } from "../db/queries/residents.js";
import type { OutboxRow } from "../db/queries/outbox.js";
import { maskPhone } from "../domain/residents.js";
import type { DomainDeps } from "../domain/deps.js";
import type { MediaStore } from "../domain/media.js";
import type { DeliveryResult, OutboxBody, TopicPost } from "../domain/outbox.js";
import { serviceById } from "../domain/catalog/browse.js";
import type { Reply } from "../flows/types.js";
import { local, translator, type Translate } from "../i18n/index.js";
import type { Lang } from "../vocabulary.js";
import { describeFailure, failureOf } from "./delivery-errors.js";
import { caseButtons } from "./case-buttons.js";
import { complaintAbout } from "../domain/complaints/about.js";
import { telegramChannel } from "./telegram-channel.js";

/** Staff read the group in Chinese, the community's language. */
const STAFF_LANGUAGE: Lang = "zh";
const MAX_TOPIC_NAME = 128;

async function introOf(deps: DomainDeps, t: Translate, c: Case): Promise<Reply> {
  const [resident, community, service] = await Promise.all([
    c.residentId ? findResidentById(deps.db.orm, c.residentId) : undefined,
    findCommunity(deps.directory.orm, c.communityId),
    c.serviceId ? serviceById(deps, c.serviceId) : undefined,
  ]);
  const text = t("topic-opened", {
    ref: c.ref,
    kind: t(`case-kind-${c.kind}`),
    resident: c.residentName ?? t("topic-none"),
    phone: resident?.phone ? maskPhone(resident.phone) : t("topic-none"),
    community: community ? local(community, "name", STAFF_LANGUAGE) : t("topic-none"),
    grid: c.gridId ? String(c.gridId) : t("topic-none"),
    language: t(`language-name-${c.language}`),
    channel: resident ? t(`channel-name-${resident.channel}`) : t("topic-none"),
    service: service ? t("topic-opened-service", { service: local(service, "title", STAFF_LANGUAGE) }) : "",
    summary: c.summary,
  });
  if (c.kind === "complaint") {
    const about = await complaintAbout(deps, c, STAFF_LANGUAGE);
    const lines = [
      t("topic-complaint-category", { category: about?.category ?? t("topic-none") }),
      t("topic-complaint-place", { place: about?.place ?? t("topic-none") }),
      ...(about?.map ? [t("topic-complaint-map", { url: about.map })] : []),
      ...(about?.photos ? [t("topic-complaint-photos", { count: about.photos })] : []),
      t("topic-complaint-help"),
    ];
    return {
      kind: "text",
      text: `${text}\n${lines.join("\n")}`,
      buttons: [
        [caseButtons.button(t("button-case-take"), "take", c.id)],
        [caseButtons.button(t("staff-case-status-investigating"), "st", c.id, "investigating"), caseButtons.button(t("staff-case-status-in_progress"), "st", c.id, "in_progress")],
      ],
    };
  }
  return { kind: "text", text, buttons: [[caseButtons.button(t("button-case-take"), "take", c.id), caseButtons.button(t("button-case-close"), "close", c.id)]] };
}

/** A post in the staff's words. */
export function renderPost(t: Translate, post: Exclude<TopicPost, { action: string }>): Reply[] {
  switch (post.post) {
    case "opened":
      return []; // the intro, made with the topic
    case "message": {
      const who = post.from === "resident";
      const replies: Reply[] = [];
      if (post.text !== undefined) replies.push({ kind: "text", text: who ? t("topic-resident-says", { text: post.text }) : t("topic-staff-says", { staff: post.staffName ?? "", text: post.text }) });
      else replies.push({ kind: "text", text: who ? t("topic-resident-sent") : t("topic-staff-sent", { staff: post.staffName ?? "" }) });
      if (post.attachment) replies.push({ kind: "media", attachment: post.attachment });
      return replies;
    }
    case "note":
      return [{ kind: "text", text: t("topic-note", { staff: post.staffName, text: post.text }) }];
    case "status": {
      const by = post.by === "resident" ? t("topic-by-resident") : post.by === "system" ? t("topic-by-system") : post.by;
      const replies: Reply[] = [{ kind: "text", text: t("topic-status", { status: t(`staff-case-status-${post.status}`), by }) + (post.text ? `\n${post.text}` : "") }];
      if (post.attachment) replies.push({ kind: "media", attachment: post.attachment });
      return replies;
    }
    case "followed":
      return [{ kind: "text", text: t("topic-followed") }];
    case "verdict": {
      const verdict = t(`staff-verdict-${post.verdict}`);
      if (post.comment) return [{ kind: "text", text: t("topic-verdict-comment", { verdict, rating: post.rating ?? "—", comment: post.comment }) }];
      if (post.rating) return [{ kind: "text", text: t("topic-verdict-rated", { verdict, rating: post.rating }) }];
      return [{ kind: "text", text: t("topic-verdict", { verdict }) }];
    }
    case "assigned":
      return [{ kind: "text", text: t("topic-assigned", { staff: post.staffName, by: post.by }) }];
    case "rated":
      return [{ kind: "text", text: post.comment ? t("topic-rated-comment", { rating: post.rating, comment: post.comment }) : t("topic-rated", { rating: post.rating }) }];
    case "escalated":
      return [{ kind: "text", text: t(`topic-escalated-${Math.min(3, Math.max(1, post.level))}`) }];
    case "unreachable":
      return [{ kind: "text", text: t("topic-unreachable") }];
  }
}

export function topicDeliverer(deps: DomainDeps, api: Api, media?: MediaStore) {
  const channel = telegramChannel(api, media);
  const t = translator(STAFF_LANGUAGE);

  /** The case's topic in its group: the one it has, or a new one with the case's intro as its first post. */
  async function topicFor(c: Case, chatId: string): Promise<{ threadId: number; fresh: boolean }> {
    const known = await topicOf(deps.db.orm, c.id);
    if (known && known.chatId === chatId) return { threadId: known.threadId, fresh: false };
    const name = t("topic-name", { ref: c.ref, summary: c.summary }).slice(0, MAX_TOPIC_NAME);
    const topic = await api.createForumTopic(chatId, name);
    await rememberTopic(deps.db.orm, { caseId: c.id, chatId, threadId: topic.message_thread_id, closed: false });
    await channel.deliver({ chatId, threadId: topic.message_thread_id }, [await introOf(deps, t, c)]);
    return { threadId: topic.message_thread_id, fresh: true };
  }

  return async function deliver(message: OutboxRow): Promise<DeliveryResult> {
    const body = message.body as unknown as OutboxBody;
    if (!("topic" in body)) return { outcome: "failed", error: "not a topic post", partsSent: 0 };
    const c = await findCase(deps.db.orm, Number(message.address));
    if (!c) return { outcome: "skipped", reason: "no such case" };
    const group = await staffGroupOf(deps.directory.orm, c.communityId);
    if (!group) return { outcome: "skipped", reason: "the community has no staff group" };
    let partsSent = message.partsSent;
    try {
      const post = body.topic;
      if ("action" in post) {
        const known = await topicOf(deps.db.orm, c.id);
        if (!known || known.chatId !== group.chatId) return { outcome: "skipped", reason: "no topic to " + post.action };
        if (post.action === "close") await api.closeForumTopic(group.chatId, known.threadId).catch(notModified);
        else await api.reopenForumTopic(group.chatId, known.threadId).catch(notModified);
        await markTopicClosed(deps.db.orm, c.id, post.action === "close");
        return { outcome: "sent" };
      }
      const { threadId } = await topicFor(c, group.chatId);
      const replies = renderPost(t, post);
      await channel.deliver({ chatId: group.chatId, threadId }, replies, { skip: partsSent, onSent: (n) => (partsSent = n) });
      return { outcome: "sent" };
    } catch (error) {
      const failure = failureOf(error);
      const described = describeFailure(error);
      switch (failure.kind) {
        case "topic-gone":
          // Deleted by staff, or gone: the next try makes it again and posts there.
          await forgetTopic(deps.db.orm, c.id);
          return { outcome: "retry", error: described, partsSent: 0, afterMs: 0 };
        case "group-moved":
          await deps.directory.atomic((orm) => moveStaffGroup(orm, group.chatId, failure.to));
          return { outcome: "retry", error: described, partsSent, afterMs: 0 };
        case "pause":
          return { outcome: "pause", seconds: failure.seconds, error: described, partsSent };
        case "transient":
          return { outcome: "retry", error: described, partsSent };
        case "recipient-gone":
          return { outcome: "failed", error: `the staff group cannot be reached: ${described}`, partsSent };
        case "refused":
          return { outcome: "failed", error: described, partsSent };
      }
    }
  };
}

/** Closing a closed topic (or reopening an open one) is no failure. */
function notModified(error: unknown): void {
  if (describeFailure(error).includes("TOPIC_NOT_MODIFIED")) return;
  throw error;
}
