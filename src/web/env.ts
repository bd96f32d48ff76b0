import type { Logger } from "../log.js";

/** What every route may read from the request's context: its id and a logger that carries it. */
export type AppEnv = {
  Variables: { requestId: string; logger: Logger; secureHeadersNonce?: string };
};
