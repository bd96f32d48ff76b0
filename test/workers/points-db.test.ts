// The ledger's rules held by D1 itself, a failing statement undoing its whole batch
// (test/shared/points-db-cases.ts).
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import { pointsDbCases } from "../shared/points-db-cases.js";

const db = openD1(env.DB);

describe("the points ledger's rules in D1", () => {
  for (const [name, run] of Object.entries(pointsDbCases)) it(name, () => run(db, expect));
});
