// Inline-button data, one codec per flow module. Telegram gives back whatever a button carried and
// anyone can forge it, so data is parsed against the module's own grammar before the module sees it:
// `<prefix>.<action>|<value>|<value>`, at most 64 bytes (Telegram's limit). Values are strings on the
// wire; each field is a zod schema that parses the string into what the action needs.
import { z } from "zod";
import type { Button } from "./types.js";

/** A field parses one value from its wire string. */
export type Field = z.ZodType<unknown, string>;
export type Actions = Record<string, readonly Field[]>;
type Values<F extends readonly Field[]> = { -readonly [I in keyof F]: z.output<F[I]> };

/** A pressed button, decoded: which action and its values. */
export type Pressed<A extends Actions> = { [K in keyof A & string]: { action: K; values: Values<A[K]> } }[keyof A & string];

const digits = z.string().regex(/^\d{1,10}$/).transform(Number);

/** Field types the modules share. */
export const field = {
  /** A row id. */
  id: digits.pipe(z.number().int().max(2_147_483_647)),
  /** A page number of a list. */
  page: digits.pipe(z.number().int().max(10_000)),
  /** One word out of a fixed few. */
  oneOf: <const T extends readonly [string, ...string[]]>(values: T) => z.enum(values),
};

export interface ButtonCodec<A extends Actions = Actions> {
  readonly prefix: string;
  /** An inline button that carries this action and its values. */
  button<K extends keyof A & string>(label: string, action: K, ...values: Values<A[K]>): Button;
  /** The wire form, for tests and for channels that carry data elsewhere. */
  encode<K extends keyof A & string>(action: K, ...values: Values<A[K]>): string;
  /** Null for data that no button of this module could have carried. */
  decode(data: string): Pressed<A> | null;
}

const PREFIX = /^[a-z][a-z0-9]{0,5}$/;
const MAX_BYTES = 64;

export function buttonCodec<const A extends Actions>(prefix: string, actions: A): ButtonCodec<A> {
  if (!PREFIX.test(prefix)) throw new Error(`button prefix "${prefix}" must be 1–6 characters a–z, 0–9`);
  // Looked up by a name that arrives from outside: own entries only, never the prototype chain.
  const byName = new Map<string, readonly Field[]>(Object.entries(actions));

  const encode = (action: string, values: unknown[]): string => {
    const fields = byName.get(action);
    if (!fields || fields.length !== values.length) throw new Error(`button ${prefix}.${action} takes ${fields?.length ?? 0} values`);
    const parts = values.map(String);
    if (parts.some((p) => p.includes("|"))) throw new Error(`button ${prefix}.${action}: a value contains "|"`);
    const data = [`${prefix}.${action}`, ...parts].join("|");
    if (new TextEncoder().encode(data).length > MAX_BYTES) throw new Error(`button data over ${MAX_BYTES} bytes: ${data}`);
    return data;
  };

  return {
    prefix,
    button: (label, action, ...values) => ({ label, data: encode(action, values) }),
    encode: (action, ...values) => encode(action, values),
    decode(data) {
      if (data.length > MAX_BYTES) return null;
      const [head = "", ...raw] = data.split("|");
      if (!head.startsWith(`${prefix}.`)) return null;
      const action = head.slice(prefix.length + 1);
      const fields = byName.get(action);
      if (!fields || fields.length !== raw.length) return null;
      const values: unknown[] = [];
      for (const [i, f] of fields.entries()) {
        const parsed = f.safeParse(raw[i]);
        if (!parsed.success) return null;
        values.push(parsed.data);
      }
      return { action, values } as Pressed<A>;
    },
  };
}

/** The prefix of button data (`g` of `g.svc|12`), or null. */
export function prefixOf(data: string): string | null {
  const dot = data.indexOf(".");
  return dot > 0 ? data.slice(0, dot) : null;
}
