// The search-quality fixture and the search's edge cases on D1, with the same cases as
// test/node/search.test.ts on better-sqlite3 (test/shared/search-cases.ts). The demo catalogue is
// imported once for the file (storage is per file, and the cases only read).
import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { openD1 } from "../../src/db/d1.js";
import type { DomainDeps } from "../../src/domain/deps.js";
import { searchCases, withDemoCatalog } from "../shared/search-cases.js";

let deps: DomainDeps;
beforeAll(async () => {
  deps = await withDemoCatalog(openD1(env.DB));
}, 120_000);

describe("service guide search on D1", () => {
  for (const [name, run] of Object.entries(searchCases)) {
    it(name, () => run(deps, expect));
  }
});
