// What needs a staff member, on the console's home page.
import { searchMissesIn } from "../../db/queries/catalog.js";
import { communityIdsUnder } from "../../db/queries/places.js";
import type { CaseKind } from "../../vocabulary.js";
import { caseCounts } from "../cases/queue.js";
import type { DomainDeps } from "../deps.js";
import { scopePlaces, type Scope } from "./scope.js";

const DAY_MS = 24 * 60 * 60 * 1000;

/** Cases of the scope that are not closed, per kind and status, with how many of them are overdue. */
export function openCaseCounts(deps: DomainDeps, sees: Scope): Promise<{ kind: CaseKind; status: string; count: number; overdue: number }[]> {
  return caseCounts(deps, sees);
}

/** What residents of the scope's communities asked and the guide did not find, most asked first. */
export async function unansweredQuestions(deps: DomainDeps, sees: Scope, days = 30, limit = 15) {
  const places = scopePlaces(sees);
  const since = deps.now() - days * DAY_MS;
  // search_misses belongs to people's side (deps.db); the communities come from the directory.
  if (places === "everywhere") return searchMissesIn(deps.db.orm, null, since, limit);
  const ids = await communityIdsUnder(deps.directory.orm, places);
  return ids.length ? searchMissesIn(deps.db.orm, ids, since, limit) : [];
}
