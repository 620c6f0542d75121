// Median and p95 of a set of samples, the two figures every benchmark row
// reports. Nearest rank on the sorted samples (no interpolation), so a p95
// is always a time that was actually measured; with fewer than 20 samples
// it is the slowest or near it, and the report says how many there were.

export interface Summary {
  median: number;
  p95: number;
  /** How many samples; 1 for a single measured value. */
  n: number;
}

/** The sample at quantile q (0..1) by nearest rank; NaN without samples. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN;
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.ceil(q * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))]!;
}

export function summarize(samples: readonly number[]): Summary {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), n: samples.length };
}

/** One measured value (a size, a throughput over a whole batch). */
export function single(value: number): Summary {
  return { median: value, p95: value, n: 1 };
}
