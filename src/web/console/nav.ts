// The console's navigation: a list that each job adds its entry to (cases, points, notices … come later).
// An entry is shown to whoever `visible` lets through (everyone when it is absent).
import type { Viewer } from "../../domain/staff/actor.js";

export interface NavEntry {
  /** Marks the current entry: the page's `nav` id. */
  id: string;
  /** A message id in src/i18n/console.ts. */
  label: string;
  path: string;
  visible?: (viewer: Viewer) => boolean;
}

export const navigation: NavEntry[] = [
  { id: "home", label: "nav-home", path: "/console" },
  { id: "places", label: "nav-places", path: "/console/places" },
  { id: "staff", label: "nav-staff", path: "/console/staff" },
  { id: "catalog", label: "nav-catalog", path: "/console/catalog" },
  { id: "points", label: "nav-points", path: "/console/points" },
  { id: "audit", label: "nav-audit", path: "/console/audit" },
  { id: "account", label: "nav-account", path: "/console/account" },
];
