// Bad input over HTTP is a 400 with the reason, never a 500.
import { zValidator } from "@hono/zod-validator";
import type { Context, ValidationTargets } from "hono";
import type { z } from "zod";

/** "input.text: empty message; limit: must be a number" */
export function reasons(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join(".") || "body"}: ${i.message}`).join("; ");
}

/** A route's parameters checked against a schema: 400 with the reasons when they do not fit. */
export function valid<T extends keyof ValidationTargets, S extends z.ZodType>(target: T, schema: S) {
  return zValidator(target, schema, (result, c) => {
    if (!result.success) return c.json({ error: reasons(result.error as unknown as z.ZodError) }, 400);
  });
}

/** The request's JSON body checked against a schema, or the 400 answer to send instead. */
export async function jsonBody<S extends z.ZodType>(c: Context, schema: S, what?: string): Promise<{ data: z.infer<S> } | Response> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    return c.json({ error: "the body is not JSON" }, 400);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) return c.json({ error: what ?? reasons(parsed.error) }, 400);
  return { data: parsed.data };
}
