// What every console route shares: its variables (the session's viewer, CSRF token and page context)
// and the way it answers with a page.
import type { Context } from "hono";
import type { JSXNode } from "hono/jsx";
import type { Viewer } from "../../domain/staff/actor.js";
import type { PageContext } from "./layout.js";

export type ConsoleEnv = {
  Variables: { viewer: Viewer; sessionId: string; csrf: string; page: PageContext; address: string | null };
};
export type ConsoleContext = Context<ConsoleEnv>;

export function html(c: ConsoleContext, node: JSXNode | unknown, status: 200 | 400 | 403 | 404 | 409 | 429 | 503 = 200) {
  return c.html(`<!doctype html>${String(node)}`, status);
}
