// The web chat's session: a random id — the person's identity here — in an HttpOnly cookie signed with
// HMAC-SHA-256 (WebCrypto via hono/cookie, the same on Node and Workers). A cookie the server did not
// sign, such as a planted `linli_chat=000…0`, is ignored and the browser gets a new session: nobody can
// choose the id a resident will use. The key is made once and kept in the database
// (src/domain/signing-keys.ts).
import type { Context } from "hono";
import { deleteCookie, getSignedCookie, setSignedCookie } from "hono/cookie";
import type { DomainDeps } from "../domain/deps.js";
import { signingKey } from "../domain/signing-keys.js";
import type { AppEnv } from "./env.js";
import { overTls, type Site } from "./public-url.js";

const COOKIE = "linli_chat";
const PATH = "/chat";
const sessionIdShape = /^[0-9a-f]{32}$/;

export interface ChatSessions {
  /** The session id this browser was given, or undefined (none, or not one of ours). */
  current(c: Context<AppEnv>): Promise<string | undefined>;
  /** Gives the browser a new session and returns its id. */
  start(c: Context<AppEnv>): Promise<string>;
  /** After /forget: the browser keeps nothing of the session either. */
  end(c: Context<AppEnv>): void;
}

export function chatSessions(domain: DomainDeps, site: Site): ChatSessions {
  const key = () => signingKey(domain, "web-session");
  return {
    async current(c) {
      const id = await getSignedCookie(c, await key(), COOKIE);
      return typeof id === "string" && sessionIdShape.test(id) ? id : undefined;
    },
    async start(c) {
      const id = Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, "0")).join("");
      await setSignedCookie(c, COOKIE, id, await key(), {
        path: PATH,
        httpOnly: true,
        sameSite: "Strict",
        secure: overTls(c, site),
        maxAge: 60 * 60 * 24 * 365,
      });
      return id;
    },
    end(c) {
      deleteCookie(c, COOKIE, { path: PATH, secure: overTls(c, site) });
    },
  };
}
