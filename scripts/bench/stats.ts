/**
 * The benchmark's arithmetic, kept pure so it can be tested: medians, percentiles,
 * ratios and frame rates of noisy samples.
 */

/** The `p`-th percentile (0–100) of `values`, interpolated between closest ranks. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile out of range: ${p}`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low] ?? Number.NaN;
  const highValue = sorted[high] ?? Number.NaN;
  return lowValue + (highValue - lowValue) * (rank - low);
}

export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

/** `a / b`, or NaN when either is missing or `b` is zero. */
export function ratio(a: number, b: number): number {
  if (!Number.isFinite(a) || !Number.isFinite(b) || b === 0) return Number.NaN;
  return a / b;
}

/** Frames per second from rAF timestamps: intervals between the first and the last. */
export function framesPerSecond(timestamps: readonly number[]): number {
  const first = timestamps[0];
  const last = timestamps[timestamps.length - 1];
  if (first === undefined || last === undefined || last <= first) return Number.NaN;
  return ((timestamps.length - 1) * 1000) / (last - first);
}

/** The intervals between consecutive timestamps. */
export function intervals(timestamps: readonly number[]): number[] {
  return timestamps.slice(1).map((time, index) => time - (timestamps[index] ?? time));
}

export type Comparison = 'at-most' | 'at-least';

/** Whether `value` meets `limit` in the given direction (NaN never does). */
export function meets(value: number, comparison: Comparison, limit: number): boolean {
  if (!Number.isFinite(value)) return false;
  return comparison === 'at-most' ? value <= limit : value >= limit;
}
