// The budget chart, drawn on the server as SVG (the console runs no script): points issued per month,
// stacked by category, with the year's running total against the budget as a line.
import type { BudgetReport } from "../../domain/points/reports.js";
import { pointCategories } from "../../vocabulary.js";

export const categoryColours: Record<string, string> = {
  public_order: "#2563eb",
  public_virtue: "#db2777",
  community_building: "#0f766e",
  rewards_penalties: "#d97706",
  none: "#64748b",
};

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** `label(key)` gives the reader's words: "month-1" … "month-12", "chart-title", "chart-budget", "chart-cumulative". */
export function budgetChartSvg(report: BudgetReport, label: (key: string, args?: Record<string, string | number>) => string): string {
  const W = 720;
  const H = 320;
  const left = 56;
  const right = 16;
  const top = 20;
  const bottom = 40;
  const plotW = W - left - right;
  const plotH = H - top - bottom;
  const monthly = report.months.map((m) => Math.max(0, m.total));
  let running = 0;
  const cumulative = report.months.map((m) => (running += m.total));
  const budget = report.budget?.points ?? 0;
  const max = Math.max(1, ...monthly, ...cumulative, budget);
  const scale = (v: number) => top + plotH - (Math.max(0, v) / max) * plotH;
  const step = plotW / 12;
  const barW = step * 0.6;
  const parts: string[] = [];
  // Grid lines with their values.
  for (let i = 0; i <= 4; i++) {
    const v = Math.round((max * i) / 4);
    const y = scale(v);
    parts.push(`<line x1="${left}" x2="${W - right}" y1="${y}" y2="${y}" stroke="#e3ebe8"/>`, `<text x="${left - 6}" y="${y + 4}" text-anchor="end" font-size="12" fill="#52635d">${v}</text>`);
  }
  report.months.forEach((m, i) => {
    const x = left + i * step + (step - barW) / 2;
    let base = top + plotH;
    for (const c of [...pointCategories, "none"] as const) {
      const v = Math.max(0, m.byCategory[c]);
      if (!v) continue;
      const h = (v / max) * plotH;
      base -= h;
      parts.push(`<rect x="${x.toFixed(1)}" y="${base.toFixed(1)}" width="${barW.toFixed(1)}" height="${h.toFixed(1)}" fill="${categoryColours[c]}"><title>${escape(label(`month-${i + 1}`))} · ${escape(label(`category-${c}`))}: ${v}</title></rect>`);
    }
    parts.push(`<text x="${(left + i * step + step / 2).toFixed(1)}" y="${H - bottom + 18}" text-anchor="middle" font-size="12" fill="#52635d">${escape(label(`month-${i + 1}`))}</text>`);
  });
  const points = cumulative.map((v, i) => `${(left + i * step + step / 2).toFixed(1)},${scale(v).toFixed(1)}`).join(" ");
  parts.push(`<polyline points="${points}" fill="none" stroke="#1c2925" stroke-width="2"><title>${escape(label("chart-cumulative"))}</title></polyline>`);
  if (budget > 0) {
    const y = scale(budget).toFixed(1);
    parts.push(
      `<line x1="${left}" x2="${W - right}" y1="${y}" y2="${y}" stroke="#b91c1c" stroke-width="2" stroke-dasharray="6 4"><title>${escape(label("chart-budget"))}: ${budget}</title></line>`,
      `<text x="${W - right}" y="${Number(y) - 6}" text-anchor="end" font-size="12" fill="#b91c1c">${escape(label("chart-budget"))} ${budget}</text>`,
    );
  }
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${W} ${H}" role="img" aria-label="${escape(label("chart-title", { year: report.year }))}" data-testid="budget-chart" class="chart">${parts.join("")}</svg>`;
}
