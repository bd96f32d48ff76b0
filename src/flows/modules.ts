// The flow modules a deployment runs, in the order they are asked about free text and other inputs no
// active flow took. Onboarding is first (during setup it lets the others answer, then nudges); the
// conversation words come just before the guide, which is last: anything typed that nobody else claims
// is a question for it.
import { guide } from "./guide.js";
import { hearing } from "./hearing.js";
import { community } from "./community.js";
import { human } from "./human.js";
import { fallbacks, menu } from "./menu.js";
import type { AnyFlowModule } from "./module.js";
import { onboardingModule } from "./onboarding.js";
import { points } from "./points.js";
import { privacy } from "./privacy.js";
import { report } from "./report.js";
import { settings } from "./settings.js";
import { staff } from "./staff.js";
import { words } from "./words.js";

export const residentModules: readonly AnyFlowModule[] = [onboardingModule, menu, settings, privacy, staff, human, report, community, points, hearing, words, guide];

export { fallbacks };
