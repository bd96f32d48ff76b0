// Delivering the outbox's messages to Telegram chats (residents', and staff members' private chats): a
// notice is rendered by its flow module exactly as a direct reply would be, then sent through the same
// channel; a retry sends only the parts that had not gone out.
import type { Api } from "grammy";
import type { DomainDeps } from "../domain/deps.js";
import type { MediaStore } from "../domain/media.js";
import type { DeliveryResult, OutboxBody } from "../domain/outbox.js";
import type { OutboxRow } from "../db/queries/outbox.js";
import type { Engine } from "../flows/engine.js";
import type { Reply } from "../flows/types.js";
import { describeFailure, failureOf } from "./delivery-errors.js";
import { telegramCapabilities, telegramChannel } from "./telegram-channel.js";

export function telegramDeliverer(_deps: DomainDeps, api: Api, engine: Engine, media?: MediaStore) {
  const channel = telegramChannel(api, media);
  return async function deliver(message: OutboxRow): Promise<DeliveryResult> {
    const body = message.body as unknown as OutboxBody;
    let replies: Reply[];
    if ("replies" in body) replies = body.replies;
    else if ("notice" in body) replies = await engine.renderNotice({ channel: "telegram", externalId: message.address }, telegramCapabilities, body.notice);
    else return { outcome: "failed", error: "a topic post addressed to a chat", partsSent: 0 };
    // The person is gone (forgotten) or the notice says nothing for them.
    if (replies.length === 0) return { outcome: "skipped", reason: "nothing to say" };
    let partsSent = message.partsSent;
    try {
      await channel.deliver(message.address, replies, { skip: partsSent, onSent: (n) => (partsSent = n) });
      return { outcome: "sent" };
    } catch (error) {
      const failure = failureOf(error);
      const described = describeFailure(error);
      switch (failure.kind) {
        case "pause":
          return { outcome: "pause", seconds: failure.seconds, error: described, partsSent };
        case "recipient-gone":
          return { outcome: "unreachable", error: described, partsSent };
        case "transient":
        case "topic-gone":
        case "group-moved":
          return { outcome: "retry", error: described, partsSent };
        case "refused":
          return { outcome: "failed", error: described, partsSent };
      }
    }
  };
}
