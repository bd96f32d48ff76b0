// Inline-button data. Telegram gives us back whatever a button carried, and anyone can forge it, so it is
// parsed here against a fixed grammar before any flow sees it. At most 64 bytes (Telegram's limit).
import { z } from "zod";
import type { Button } from "./types.js";

const digits = z.string().regex(/^\d{1,10}$/).transform(Number);
const id = digits.pipe(z.number().max(2_147_483_647));
const page = digits.pipe(z.number().max(10_000));

/** Every button the flows can draw, by its first word. */
export const choiceSchema = z.discriminatedUnion("action", [
  // community picker: list districts / streets of a district / communities of a street; pick one
  z.object({ action: z.literal("pk.d"), page }),
  z.object({ action: z.literal("pk.s"), id, page }),
  z.object({ action: z.literal("pk.c"), id, page }),
  z.object({ action: z.literal("pk.pick"), id }),
  // consent to the privacy notice
  z.object({ action: z.literal("consent"), answer: z.enum(["yes", "no"]) }),
  // settings
  z.object({ action: z.literal("set"), what: z.enum(["lang", "community", "phone", "phone-remove", "privacy"]) }),
  z.object({ action: z.literal("lang"), lang: z.enum(["zh", "en"]) }),
  // deleting one's data
  z.object({ action: z.literal("forget"), answer: z.enum(["ask", "yes", "no"]) }),
  // the service guide: all groups / one group / one service
  z.object({ action: z.literal("g.home"), page }),
  z.object({ action: z.literal("g.grp"), id, page }),
  z.object({ action: z.literal("g.svc"), id }),
  // a label that only informs (the "2/3" between page buttons)
  z.object({ action: z.literal("nop") }),
  // main-menu entries offered as inline buttons
  z.object({ action: z.literal("menu"), item: z.enum(["guide", "settings", "mydata", "help", "menu"]) }),
]);

export type Choice = z.infer<typeof choiceSchema>;

/** The field order of each action in the encoded form `action|field|field`. */
const fields: { [A in Choice["action"]]: (keyof Extract<Choice, { action: A }>)[] } = {
  "pk.d": ["page"],
  "pk.s": ["id", "page"],
  "pk.c": ["id", "page"],
  "pk.pick": ["id"],
  consent: ["answer"],
  set: ["what"],
  lang: ["lang"],
  forget: ["answer"],
  "g.home": ["page"],
  "g.grp": ["id", "page"],
  "g.svc": ["id"],
  nop: [],
  menu: ["item"],
};

/** An inline button that carries this choice. */
export function button(label: string, choice: Choice): Button {
  return { label, data: encodeChoice(choice) };
}

export function encodeChoice(choice: Choice): string {
  const names = fields[choice.action] as string[];
  const values = names.map((name) => String((choice as Record<string, unknown>)[name]));
  const data = [choice.action, ...values].join("|");
  if (new TextEncoder().encode(data).length > 64) throw new Error(`button data over 64 bytes: ${data}`);
  return data;
}

/** Returns null for data that no button of ours could have carried. */
export function parseChoice(data: string): Choice | null {
  if (data.length > 64) return null;
  const [action, ...values] = data.split("|");
  // Own names only: `in` would also find "toString" or "constructor" on every object's prototype.
  if (!action || !Object.hasOwn(fields, action)) return null;
  const names = fields[action as Choice["action"]] as string[];
  if (values.length !== names.length) return null;
  const parsed = choiceSchema.safeParse(Object.fromEntries([["action", action], ...names.map((n, i) => [n, values[i]])]));
  return parsed.success ? parsed.data : null;
}
