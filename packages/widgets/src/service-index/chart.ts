// A small inline-SVG column chart of the monthly figures: on-time (solid) and late (hatched, so
// the difference never rests on colour alone) stacked per month. The SVG is one `role="img"` with
// a <title>; the numbers themselves are in the data table (the text alternative).
import { svg, type SVGTemplateResult } from 'lit';
import type { UnitStatsMonth } from '@motcua/contracts';

const COL = 40;
const BAR = 24;
const TOP = 12;
const PLOT = 140;
const AXIS = 24;

/** A round upper bound for the scale: 1, 2, 5 × 10ⁿ. */
export function niceMax(value: number): number {
  if (value <= 0) return 1;
  const p = 10 ** Math.floor(Math.log10(value));
  for (const m of [1, 2, 5, 10]) if (value <= m * p) return m * p;
  return 10 * p;
}

export function renderChart(months: readonly UnitStatsMonth[], labels: string[], title: string): SVGTemplateResult {
  const width = Math.max(1, months.length) * COL + 32;
  const height = TOP + PLOT + AXIS;
  const max = niceMax(Math.max(0, ...months.map((m) => m.resolvedOnTime + m.overdue)));
  const y = (v: number) => TOP + PLOT - (v / max) * PLOT;
  return svg`<svg class="chart" part="chart" role="img" aria-labelledby="chart-title" viewBox="0 0 ${width} ${height}" preserveAspectRatio="xMidYMid meet" focusable="false">
    <title id="chart-title">${title}</title>
    <defs>
      <pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" class="late-bg"></rect>
        <line x1="0" y1="0" x2="0" y2="6" class="late-line" stroke-width="3"></line>
      </pattern>
    </defs>
    <line class="axis" x1="28" x2=${width} y1=${y(0)} y2=${y(0)}></line>
    <line class="grid" x1="28" x2=${width} y1=${y(max)} y2=${y(max)}></line>
    <text class="tick" x="24" y=${y(max) + 4} text-anchor="end">${max}</text>
    <text class="tick" x="24" y=${y(0) + 4} text-anchor="end">0</text>
    ${months.map((m, i) => {
      const x = 32 + i * COL + (COL - BAR) / 2;
      const onTimeTop = y(m.resolvedOnTime);
      const lateTop = y(m.resolvedOnTime + m.overdue);
      return svg`<g>
        <rect class="on-time" x=${x} width=${BAR} y=${onTimeTop} height=${Math.max(0, y(0) - onTimeTop)}></rect>
        <rect class="late" x=${x} width=${BAR} y=${lateTop} height=${Math.max(0, onTimeTop - lateTop)} fill="url(#hatch)"></rect>
        <text class="tick" x=${x + BAR / 2} y=${height - 6} text-anchor="middle">${labels[i] ?? ''}</text>
      </g>`;
    })}
  </svg>`;
}
