// What the console's browser tests check on every page they open: axe-core's serious and critical
// findings at WCAG 2 A/AA, and text under 18 px or controls under 48 px tall (grid workers use phones).
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

export async function accessibilityProblems(page: Page): Promise<string[]> {
  await page.evaluate(axeSource);
  const results = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe;
    return axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
  });
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id} (${v.nodes.length})`);
}

export async function tooSmall(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    if (parseFloat(getComputedStyle(document.body).fontSize) < 18) out.push("body text");
    for (const el of Array.from(document.querySelectorAll<HTMLElement>("button, input:not([type=hidden]):not([type=checkbox]), select, textarea, nav a, a.button"))) {
      const h = el.getBoundingClientRect().height;
      if (h > 0 && h < 48) out.push(`${el.tagName.toLowerCase()} ${el.textContent?.trim() || (el as HTMLInputElement).name} ${h}px`);
    }
    return out;
  });
}
