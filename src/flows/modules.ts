// The flow modules a deployment runs, in the order they are asked about free text and other inputs no
// active flow took. The guide comes last: anything typed that nobody else claims is a question for it.
import { guide } from "./guide.js";
import { fallbacks, menu } from "./menu.js";
import type { AnyFlowModule } from "./module.js";
import { onboardingModule } from "./onboarding.js";
import { points } from "./points.js";
import { privacy } from "./privacy.js";
import { settings } from "./settings.js";

export const residentModules: readonly AnyFlowModule[] = [onboardingModule, menu, settings, privacy, points, guide];

export { fallbacks };
