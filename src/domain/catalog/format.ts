// The catalogue file format (YAML or JSON; CSV for services only): what staff import and export, and what
// the demo catalogue is written in. Documented in docs/catalog.md.
import { z } from "zod";

const code = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,47}$/, { error: "a code is 1–48 characters: a–z, 0–9 and -, starting with a letter or digit" });

/** A text every resident reads, in both languages. */
const bilingual = (max: number) =>
  z.object({
    zh: z.string().trim().min(1, { error: "Chinese text is required" }).max(max),
    en: z.string().trim().min(1, { error: "English text is required" }).max(max),
  });

const bilingualList = (maxItems: number) =>
  z.object({
    zh: z.array(z.string().trim().min(1).max(300)).max(maxItems),
    en: z.array(z.string().trim().min(1).max(300)).max(maxItems),
  });

const hhmm = /^([01]\d|2[0-3]):[0-5]\d$/;
/** "08:30-12:00" */
export const timeRange = z
  .string()
  .regex(/^\d{2}:\d{2}-\d{2}:\d{2}$/, { error: 'opening hours are written "08:30-12:00"' })
  .refine((r) => {
    const [from, to] = r.split("-") as [string, string];
    return hhmm.test(from) && hhmm.test(to) && from < to;
  }, { error: "an opening range must start before it ends, within 00:00–23:59" });

export const weekdays = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const;
export type Weekday = (typeof weekdays)[number];

export const weeklyHours = z.partialRecord(z.enum(weekdays), z.array(timeRange).max(4));

export const hoursException = z.object({
  date: z.iso.date({ error: "a date is written 2026-10-01" }),
  /** Closed all day, or open these ranges instead of the usual ones. */
  closed: z.boolean().default(false),
  open: z.array(timeRange).max(4).default([]),
  note: bilingual(200).optional(),
});

export const agencySchema = z.object({
  code,
  name: bilingual(120),
  address: bilingual(200),
  phone: z.string().trim().max(40).optional(),
  complaint_phone: z.string().trim().max(40).optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  location: z.object({ lat: z.number().min(-90).max(90), lon: z.number().min(-180).max(180) }).optional(),
  /** Usual weekly opening hours, in the time zone of the community being served. */
  hours: weeklyHours.default({}),
  exceptions: z.array(hoursException).default([]),
});

/**
 * Where a row is listed among its kind, lowest first. Optional: a new row without one goes after
 * everything already there (in the file's order), and a row that exists keeps its place.
 */
const sort = z.number({ error: "sort is a whole number" }).int().min(0).max(1_000_000).optional();

/** The largest catalogue file an import reads (YAML, JSON or CSV). */
export const MAX_CATALOG_FILE_BYTES = 10 * 1024 * 1024;

export const groupSchema = z.object({
  code,
  name: bilingual(80),
  /** The upper-level group, for a two-level tree. */
  parent: code.optional(),
  sort,
});

export { accessAnswers, type AccessAnswer } from "../../vocabulary.js";
import { accessAnswers } from "../../vocabulary.js";

export const serviceSchema = z.object({
  code,
  group: code,
  title: bilingual(120),
  /** What it is in one short line, the first thing the card says (else the summary's first sentence). */
  brief: bilingual(120).optional(),
  summary: bilingual(600),
  eligibility: bilingual(600),
  materials: bilingualList(30),
  steps: bilingualList(20),
  /** The office that decides or issues it. */
  agency: code,
  fee: bilingual(120),
  /** 承诺时限 */
  time_limit: bilingual(120),
  /** Words and synonyms residents use (低保 ↔ 最低生活保障), in both languages. */
  keywords: bilingualList(40).default({ zh: [], en: [] }),
  /** The community access list (准入目录): handled here, helped with here, or not here (go to the agency). */
  access: z.enum(accessAnswers),
  /** Can a proxy agent file it for the resident (代办)? */
  proxy: z.boolean().default(false),
  /** Is it a certificate the community stamps (盖章证明)? */
  certificate: z.boolean().default(false),
  sort,
});

/** A community's own answer on its access list, where it differs from the service's. */
export const communityAnswerSchema = z.object({
  community: z.string().regex(/^[a-z0-9-]{1,24}$/, { error: "a community code is 1–24 characters: a–z, 0–9 and -" }),
  service: code,
  access: z.enum(accessAnswers),
  /** What residents of that community should know, e.g. which day the station does it. */
  note: bilingual(300).optional(),
});

export const catalogSchema = z.object({
  agencies: z.array(agencySchema).default([]),
  groups: z.array(groupSchema).default([]),
  services: z.array(serviceSchema).default([]),
  community_answers: z.array(communityAnswerSchema).default([]),
});

export type AgencyInput = z.infer<typeof agencySchema>;
export type GroupInput = z.infer<typeof groupSchema>;
export type ServiceInput = z.infer<typeof serviceSchema>;
export type CommunityAnswerInput = z.infer<typeof communityAnswerSchema>;
/** As written in a file (defaults not yet applied). */
export type CatalogFile = z.input<typeof catalogSchema>;
export type Catalog = z.infer<typeof catalogSchema>;
