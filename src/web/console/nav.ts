// The console's navigation: a list that each job adds its entry to (points, notices … come later).
// An entry is shown to whoever `visible` lets through (everyone when it is absent); `badges` adds what
// waits there (the cases waiting for an answer), worked out for each page a staff member opens.
import type { DomainDeps } from "../../domain/deps.js";
import { waitingCount } from "../../domain/cases/queue.js";
import { hearingSuggestions } from "../../domain/complaints/hearings.js";
import type { Viewer } from "../../domain/staff/actor.js";
import type { ConsoleT } from "../../i18n/console.js";

export interface NavBadge {
  text: string;
  /** Something is late: shown in the warning colour. */
  late?: boolean;
}

export interface NavEntry {
  /** Marks the current entry: the page's `nav` id. */
  id: string;
  /** A message id in src/i18n/console.ts. */
  label: string;
  path: string;
  visible?: (viewer: Viewer) => boolean;
  badges?: (deps: DomainDeps, viewer: Viewer, t: ConsoleT) => Promise<NavBadge[]>;
}

export const navigation: NavEntry[] = [
  { id: "home", label: "nav-home", path: "/console" },
  {
    id: "cases",
    label: "nav-cases",
    path: "/console/cases",
    async badges(deps, viewer, t) {
      const { waiting, overdue } = await waitingCount(deps, viewer.sees);
      return [
        ...(waiting ? [{ text: t("nav-cases-waiting", { count: waiting }) }] : []),
        ...(overdue ? [{ text: t("nav-cases-overdue", { count: overdue }), late: true }] : []),
      ];
    },
  },
  { id: "reports", label: "nav-reports", path: "/console/reports" },
  {
    id: "hearings",
    label: "nav-hearings",
    path: "/console/hearings",
    async badges(deps, viewer, t) {
      const suggested = (await hearingSuggestions(deps, viewer.sees)).length;
      return suggested ? [{ text: t("nav-hearings-suggested", { count: suggested }), late: true }] : [];
    },
  },
  { id: "places", label: "nav-places", path: "/console/places" },
  { id: "staff", label: "nav-staff", path: "/console/staff" },
  { id: "catalog", label: "nav-catalog", path: "/console/catalog" },
  { id: "points", label: "nav-points", path: "/console/points" },
  { id: "audit", label: "nav-audit", path: "/console/audit" },
  { id: "account", label: "nav-account", path: "/console/account" },
];

/** The badges of the entries this viewer sees, worked out side by side (on D1 each is its own round trip). */
export async function navBadges(deps: DomainDeps, viewer: Viewer, t: ConsoleT): Promise<Map<string, NavBadge[]>> {
  const shown = navigation.filter((entry) => entry.badges && (!entry.visible || entry.visible(viewer)));
  const badges = await Promise.all(shown.map((entry) => entry.badges!(deps, viewer, t)));
  return new Map(shown.map((entry, i) => [entry.id, badges[i]!]));
}
