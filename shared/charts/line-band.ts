/** Line with interval band per group: shared by the life-course and trend charts. */
import { SUPPRESSED_COLOUR } from './theme';
import type { VegaLiteSpec } from './types';

export interface LinePoint {
  x: number;
  group: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  suppressed: boolean;
}

export interface LineBandOptions {
  xTitle: string;
  yTitle: string;
  yFormat: string;
  groups: string[];
  colours: readonly string[];
  width: number;
  height: number;
  xFormat?: string;
  /** Explicit x tick values (the life course labels every 10 years). */
  xValues?: number[];
  /** Label the line ends directly instead of a legend (UX.md: direct labels). */
  endLabels?: boolean;
}

export function lineBandLayers(points: LinePoint[], o: LineBandOptions): VegaLiteSpec {
  const colour = {
    field: 'group',
    type: 'nominal',
    scale: { domain: o.groups, range: o.colours },
    legend: o.endLabels ? null : { title: null, symbolType: 'stroke', symbolStrokeWidth: 4, symbolOpacity: 1 },
  };
  const x = {
    field: 'x',
    type: 'quantitative',
    title: o.xTitle,
    axis: { format: o.xFormat ?? 'd', tickMinStep: 1, ...(o.xValues ? { values: o.xValues } : {}) },
    scale: { zero: false, nice: false },
  };
  const published = { filter: 'datum.suppressed == false' };
  const ends = o.groups.map((g) => points.filter((p) => p.group === g && !p.suppressed).sort((a, b) => b.x - a.x)[0]).filter(Boolean);
  const layer: VegaLiteSpec[] = [
    // A published point without a value is a gap (see lifecourse smooth): break the paths there
    // instead of joining across it.
    {
      transform: [published],
      mark: { type: 'area', opacity: 0.18, invalid: 'break-paths-show-domains' },
      encoding: { x, y: { field: 'lower', type: 'quantitative', title: o.yTitle }, y2: { field: 'upper' }, color: colour },
    },
    {
      transform: [published],
      mark: {
        type: 'line',
        strokeWidth: 3,
        interpolate: 'monotone',
        invalid: 'break-paths-show-domains',
        ...(points.length <= 40 ? { point: { filled: true, size: 70 } } : {}),
      },
      encoding: { x, y: { field: 'value', type: 'quantitative', title: o.yTitle, axis: { format: o.yFormat, tickCount: 5 } }, color: colour },
    },
  ];
  if (points.some((p) => p.suppressed)) {
    layer.push({
      transform: [{ filter: 'datum.suppressed == true' }],
      mark: { type: 'tick', orient: 'vertical', color: SUPPRESSED_COLOUR, thickness: 2, size: 10 },
      encoding: { x, y: { datum: 0, type: 'quantitative' } },
    });
  }
  if (o.endLabels && ends.length > 0) {
    layer.push({
      data: { values: ends },
      mark: { type: 'text', align: 'left', dx: 8, fontSize: 14, fontWeight: 600 },
      encoding: { x: { field: 'x', type: 'quantitative' }, y: { field: 'value', type: 'quantitative' }, text: { field: 'group' }, color: colour },
    });
  }
  return { data: { values: points }, width: o.width, height: o.height, layer };
}
