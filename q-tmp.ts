import { openSqlite } from "./src/db/sqlite.js";
import { withDemoCatalog } from "./test/shared/search-cases.js";
import { searchServices } from "./src/domain/catalog/search.js";
const deps = await withDemoCatalog(openSqlite(":memory:"));
const qs: [string, string][] = JSON.parse(process.argv[2]!);
for (const [q, e] of qs) {
  const hits = await searchServices(deps, q, 5);
  const codes = hits.map((h) => `${h.service.code}(${h.score.toFixed(1)})`);
  const ok = hits.map(h=>h.service.code).includes(e) ? (hits[0]?.service.code === e ? "1 " : "3 ") : "XX";
  console.log(ok, q, "→", codes.join(", "), "| want", e);
}
