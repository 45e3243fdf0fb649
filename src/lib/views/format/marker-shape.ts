import type { QualifierMarker } from './qualifier-marker.ts';

/**
 * What each marker shape tells a reader, in legend order. The shape carries the
 * qualifier, so the chart still reads in grey scale: a triangle pointing up says
 * "the true number may be higher", one pointing down "it may be lower".
 */
export const MARKER_LEGEND: readonly { marker: QualifierMarker; symbol: string; label: string }[] = [
  { marker: 'exact', symbol: '●', label: 'stated as an exact number' },
  { marker: 'approx', symbol: '◆', label: 'approximate ("around", "about")' },
  { marker: 'min', symbol: '▲', label: 'a lower bound ("at least", "more than")' },
  { marker: 'max', symbol: '▼', label: 'an upper bound ("up to", "as many as")' },
];

/**
 * The SVG path (`d`) of a marker centred on `x, y` whose shape fits a circle of
 * radius `r`: ● a circle, ◆ a diamond, ▲ a triangle up, ▼ a triangle down.
 * Coordinates are rounded to 0.1 so the HTML is stable between builds.
 */
export function markerPath(marker: QualifierMarker, x: number, y: number, r: number): string {
  const p = (dx: number, dy: number) => `${fix(x + dx)},${fix(y + dy)}`;
  // Triangles are drawn a little larger than the circle so their area looks alike.
  const t = r * 1.2;
  switch (marker) {
    case 'exact':
      return `M${p(-r, 0)}a${fix(r)},${fix(r)} 0 1,0 ${fix(2 * r)},0a${fix(r)},${fix(r)} 0 1,0 ${fix(-2 * r)},0Z`;
    case 'approx':
      return `M${p(0, -t)}L${p(t, 0)}L${p(0, t)}L${p(-t, 0)}Z`;
    case 'min':
      return `M${p(0, -t)}L${p(t, t * 0.75)}L${p(-t, t * 0.75)}Z`;
    case 'max':
      return `M${p(0, t)}L${p(t, -t * 0.75)}L${p(-t, -t * 0.75)}Z`;
  }
}

function fix(value: number): number {
  return Math.round(value * 10) / 10;
}
