// One way for a test to talk to linli as a resident on Telegram, whichever project runs it: the node
// project drives the app in-process with its own fake Bot API (test/support/harness.ts), the workers
// project the real src/worker.ts on D1 with the shared fake of global-setup.ts (test/workers/telegram.ts).
// The shared case files (test/shared/*-cases.ts) are written against this and run by both.
import type { Update } from "grammy/types";
import type { Database } from "../../src/db/database.js";
import type { Resident } from "../../src/db/queries/residents.js";
import type { RecordedCall } from "../support/fake-telegram.js";
import type { Person } from "../support/updates.js";

export interface ChatDriver {
  /** Which database the app runs on. */
  driver: "sqlite" | "d1";
  db: Database;
  /** A person of this test run: ids differ between files and projects that share one fake Bot API. */
  person(n: number, languageCode?: string): Person;
  /** Any other request to the app (a path and fetch options). */
  request(path: string, init?: RequestInit): Promise<Response>;
  /** Posts an Update (or a raw body) to the webhook with the right secret; `headers`, when given, replace it. */
  post(update: Update | string | unknown, headers?: Record<string, string>): Promise<Response>;
  /** Texts of every sendMessage / editMessageText to a chat, in order. */
  said(chatId: number): Promise<string[]>;
  /** The inline keyboard of the last message sent (or edited) to a chat. */
  lastButtons(chatId: number): Promise<{ label: string; data: string }[]>;
  /** The Bot API calls about one chat (null: every call), optionally of one method. */
  calls(chatId: number | null, method?: string): Promise<RecordedCall[]>;
  /** Presses the button with this label in the last message to the person (answer must be 200); returns its data. */
  tap(who: Person, label: string | RegExp): Promise<string>;
  /** The resident row of a Telegram user, if there is one. */
  resident(telegramId: number): Promise<Resident | undefined>;
  /** The time the app reads now (the node harness keeps its own clock; on workerd it is the real one). */
  now(): number;
  /** Runs a job that runs on a clock (the outbox, escalation) once, now. */
  runJob(name: string): Promise<void>;
}

export type Cases = Record<string, (d: ChatDriver) => Promise<void>>;
