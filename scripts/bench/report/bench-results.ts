import type { Summary } from './summarize.ts';

// What one `npm run bench` produced, as written to test-output/bench.json
// and read back by the report writer. Everything here is plain data.

export type Unit = 'ms' | 's' | 'MB/s' | 'MB' | 'KB' | '%' | 'count';

/** Which statistic of a row a target constrains; `ratio` is ours / baseline (medians). */
export type Stat = 'median' | 'p95' | 'ratio';

export interface Target {
  stat: Stat;
  op: '<=' | '>=' | '<';
  /** In the row's unit; a plain factor for `ratio`. */
  limit: number;
}

export interface Figure {
  /** Stable key, e.g. `extract.page`. */
  id: string;
  workload: string;
  where: 'Chromium' | 'Node';
  unit: Unit;
  /** Undefined when the workload could not run; `error` then says why. */
  value?: Summary;
  baseline?: { label: string; value: Summary };
  /** Empty for figures reported for information. */
  targets: Target[];
  /** How it was measured, in one sentence. */
  note?: string;
  error?: string;
}

export interface QualityRow {
  label: string;
  bantin: number | null;
  readability: number | null;
}

export interface Machine {
  cpu: string;
  cores: number;
  memoryGB: number;
  node: string;
  chromium: string;
  os: string;
  date: string;
  commit: string;
  /** 1-minute load average when the bench started and ended: other work on the machine shows here. */
  loadStart: number;
  loadEnd: number;
}

export interface BenchResults {
  machine: Machine;
  durationS: number;
  figures: Figure[];
  quality?: { pages: number; rows: QualityRow[]; error?: string };
  notes: string[];
}
