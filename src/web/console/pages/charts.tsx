// SVG charts drawn on the server (no script, no library): grouped bars of the three rates, a monthly
// trend, bars of counts. Colours are attributes, never inline styles (the console's CSP allows styles
// from its stylesheet only). Every chart has a title for screen readers; the same figures are in the
// tables beside it.
import type { FC } from "hono/jsx";
import { percent, type Score } from "../../../domain/complaints/scorecards.js";
import type { PageContext } from "../layout.js";

export const rateKeys = ["response", "resolution", "satisfaction"] as const;
const colours: Record<(typeof rateKeys)[number], string> = { response: "#0f766e", resolution: "#1d4ed8", satisfaction: "#b45309" };
const WIDTH = 640;
const LABEL = 170;

const Legend: FC<{ ctx: PageContext; y: number }> = ({ ctx, y }) => (
  <g>
    {rateKeys.map((k, i) => (
      <g>
        <rect x={LABEL + i * 150} y={y} width="14" height="14" fill={colours[k]} />
        <text x={LABEL + i * 150 + 20} y={y + 12} font-size="14" fill="#1c2925">
          {ctx.t(`reports-${k}`)}
        </text>
      </g>
    ))}
  </g>
);

/** Three bars per place: its response, resolution and satisfaction rates (0–100%). */
export const RatesChart: FC<{ ctx: PageContext; items: { label: string; score: Score }[] }> = ({ ctx, items }) => {
  const rowHeight = 44;
  const height = 30 + items.length * rowHeight;
  const span = WIDTH - LABEL - 60;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="chart-rates-title" data-testid="chart-rates">
      <title id="chart-rates-title">{ctx.t("reports-chart-rates")}</title>
      <Legend ctx={ctx} y={4} />
      {items.map((item, row) => (
        <g>
          <text x={LABEL - 8} y={30 + row * rowHeight + 24} font-size="14" text-anchor="end" fill="#1c2925">
            {item.label.length > 12 ? `${item.label.slice(0, 11)}…` : item.label}
          </text>
          {rateKeys.map((k, i) => {
            const rate = item.score[k];
            const y = 30 + row * rowHeight + 4 + i * 12;
            return (
              <g>
                <rect x={LABEL} y={y} width={Math.max(0, Math.round((rate ?? 0) * span))} height="10" fill={colours[k]} />
                <text x={LABEL + Math.round((rate ?? 0) * span) + 4} y={y + 9} font-size="11" fill="#52635d">
                  {percent(rate)}
                </text>
              </g>
            );
          })}
        </g>
      ))}
    </svg>
  );
};

/** The three rates month by month (lines), over the complaints received (grey bars, their own scale). */
export const TrendChart: FC<{ ctx: PageContext; months: { month: string; score: Score }[] }> = ({ ctx, months }) => {
  const height = 240;
  const top = 30;
  const bottom = height - 30;
  const left = 50;
  const step = months.length > 1 ? (WIDTH - left - 20) / (months.length - 1) : 0;
  const x = (i: number) => Math.round(left + i * step);
  const y = (rate: number) => Math.round(bottom - rate * (bottom - top));
  const most = Math.max(1, ...months.map((m) => m.score.received));
  const barWidth = Math.max(8, Math.min(40, step / 2));
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="chart-trend-title" data-testid="chart-trend">
      <title id="chart-trend-title">{ctx.t("reports-chart-trend")}</title>
      <Legend ctx={ctx} y={4} />
      {[0, 0.5, 1].map((r) => (
        <g>
          <line x1={left} x2={WIDTH - 10} y1={y(r)} y2={y(r)} stroke="#d3dfda" />
          <text x={left - 6} y={y(r) + 4} font-size="12" text-anchor="end" fill="#52635d">
            {`${r * 100}%`}
          </text>
        </g>
      ))}
      {months.map((m, i) => (
        <g>
          <rect x={Math.round(x(i) - barWidth / 2)} y={Math.round(bottom - (m.score.received / most) * (bottom - top) * 0.5)} width={Math.round(barWidth)} height={Math.round((m.score.received / most) * (bottom - top) * 0.5)} fill="#e3ebe8" />
          <text x={x(i)} y={height - 10} font-size="12" text-anchor="middle" fill="#52635d">
            {m.month}
          </text>
        </g>
      ))}
      {rateKeys.map((k) => {
        const points = months.flatMap((m, i) => (m.score[k] === null ? [] : [`${x(i)},${y(m.score[k]!)}`]));
        return (
          <g>
            {points.length > 1 ? <polyline points={points.join(" ")} fill="none" stroke={colours[k]} stroke-width="3" /> : null}
            {points.map((p) => {
              const [cx, cy] = p.split(",");
              return <circle cx={cx} cy={cy} r="4" fill={colours[k]} />;
            })}
          </g>
        );
      })}
    </svg>
  );
};

/** One bar per category: how many complaints it had. */
export const CountChart: FC<{ ctx: PageContext; items: { label: string; count: number }[] }> = ({ ctx, items }) => {
  const rowHeight = 26;
  const height = 10 + items.length * rowHeight;
  const most = Math.max(1, ...items.map((i) => i.count));
  const span = WIDTH - LABEL - 60;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${height}`} width="100%" role="img" aria-labelledby="chart-categories-title" data-testid="chart-categories">
      <title id="chart-categories-title">{ctx.t("reports-chart-categories")}</title>
      {items.map((item, row) => (
        <g>
          <text x={LABEL - 8} y={10 + row * rowHeight + 14} font-size="14" text-anchor="end" fill="#1c2925">
            {item.label.length > 12 ? `${item.label.slice(0, 11)}…` : item.label}
          </text>
          <rect x={LABEL} y={10 + row * rowHeight + 2} width={Math.round((item.count / most) * span)} height="16" fill="#0f766e" />
          <text x={LABEL + Math.round((item.count / most) * span) + 4} y={10 + row * rowHeight + 15} font-size="12" fill="#52635d">
            {String(item.count)}
          </text>
        </g>
      ))}
    </svg>
  );
};
