/**
 * Redeployment flows drawn as gentle arcs, so that two flows into the same hub
 * and a flow along a river stay readable. Pure: from two points to a line.
 */

/** Points along a quadratic curve from `from` to `to`, bowed to the left by `bend` of its length. */
export function curvedLine(
  from: [number, number],
  to: [number, number],
  bend = 0.18,
  segments = 32,
): [number, number][] {
  const [x1, y1] = from;
  const [x2, y2] = to;
  const mx = (x1 + x2) / 2;
  const my = (y1 + y2) / 2;
  // The control point sits on the perpendicular through the middle.
  const cx = mx - (y2 - y1) * bend;
  const cy = my + (x2 - x1) * bend;
  const points: [number, number][] = [];
  for (let i = 0; i <= segments; i++) {
    const t = i / segments;
    const a = (1 - t) * (1 - t);
    const b = 2 * (1 - t) * t;
    const c = t * t;
    points.push([a * x1 + b * cx + c * x2, a * y1 + b * cy + c * y2]);
  }
  return points;
}
