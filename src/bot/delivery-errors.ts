// What a failed Bot API call means for a message in the outbox (../shared/telegram/bot-api-errors.json
// lists what Telegram says): wait and pause everything (429), give up on the person (they blocked the bot,
// left, or are gone), make the topic again (deleted), follow the group (moved to a supergroup), try later
// (network, 5xx), or stop trying (a request Telegram will never take).
import { GrammyError, HttpError } from "grammy";

export type Failure =
  | { kind: "pause"; seconds: number }
  | { kind: "recipient-gone" }
  | { kind: "topic-gone" }
  | { kind: "group-moved"; to: string }
  | { kind: "transient" }
  | { kind: "refused" };

const gone = [
  "bot was blocked by the user",
  "user is deactivated",
  "bot was kicked",
  "chat not found",
  "user not found",
  "bot can't initiate conversation",
  "bot can't send messages to bots",
  "group is deactivated",
  "have no rights to send a message",
  "not enough rights to send",
];
const topicGone = ["message thread not found", "TOPIC_DELETED", "TOPIC_CLOSED", "TOPIC_ID_INVALID"];

export function failureOf(error: unknown): Failure {
  if (error instanceof GrammyError) {
    const description = error.description;
    if (error.error_code === 429) return { kind: "pause", seconds: Math.max(1, Number(error.parameters?.retry_after ?? 5)) };
    if (error.parameters?.migrate_to_chat_id) return { kind: "group-moved", to: String(error.parameters.migrate_to_chat_id) };
    if (topicGone.some((t) => description.includes(t))) return { kind: "topic-gone" };
    if (error.error_code === 403 || gone.some((g) => description.includes(g))) return { kind: "recipient-gone" };
    if (error.error_code >= 500) return { kind: "transient" };
    return { kind: "refused" };
  }
  if (error instanceof HttpError) return { kind: "transient" };
  return { kind: "transient" };
}

/** A failure in words for the outbox row: the code and Telegram's description, never the request. */
export function describeFailure(error: unknown): string {
  if (error instanceof GrammyError) return `${error.error_code}: ${error.description}`.slice(0, 300);
  if (error instanceof HttpError) return `network: ${String(error.error instanceof Error ? error.error.message : error.error).slice(0, 200)}`;
  return error instanceof Error ? `${error.name}: ${error.message}`.slice(0, 300) : "unknown failure";
}
