import type { Figure, Stat, Target } from './bench-results.ts';

// Whether a figure meets its targets, and if not by how much. The report
// prints exactly what this returns, so a missed target cannot read as met.

export interface TargetCheck {
  target: Target;
  /** The figure's statistic the target is about. */
  actual: number;
  met: boolean;
  /** How far past the limit, in the row's unit (0 when met). */
  over: number;
  /** `over` as a share of the limit (0.23 = 23 % worse than the target). */
  overShare: number;
}

/** Ours over the baseline, both medians; undefined without a baseline. */
export function ratioOf(figure: Figure): number | undefined {
  if (!figure.value || !figure.baseline) return undefined;
  const ratio = figure.value.median / figure.baseline.value.median;
  return Number.isFinite(ratio) ? ratio : undefined;
}

function statOf(figure: Figure, stat: Stat): number | undefined {
  if (stat === 'ratio') return ratioOf(figure);
  const value = figure.value?.[stat];
  return value === undefined || Number.isNaN(value) ? undefined : value;
}

function meets(actual: number, target: Target): boolean {
  if (target.op === '<=') return actual <= target.limit;
  if (target.op === '<') return actual < target.limit;
  return actual >= target.limit;
}

/** One check per target the figure can be judged on (a figure that was not measured has none). */
export function checkTargets(figure: Figure): TargetCheck[] {
  const checks: TargetCheck[] = [];
  for (const target of figure.targets) {
    const actual = statOf(figure, target.stat);
    if (actual === undefined) continue;
    const met = meets(actual, target);
    const over = met ? 0 : Math.abs(actual - target.limit);
    checks.push({ target, actual, met, over, overShare: target.limit === 0 ? Infinity : over / Math.abs(target.limit) });
  }
  return checks;
}

export type Status = 'met' | 'missed' | 'not-measured' | 'info';

export function statusOf(figure: Figure): Status {
  if (!figure.value) return 'not-measured';
  if (figure.targets.length === 0) return 'info';
  const checks = checkTargets(figure);
  // A miss shows even when another target of the row could not be judged (no baseline).
  if (checks.some((c) => !c.met)) return 'missed';
  return checks.length < figure.targets.length ? 'not-measured' : 'met';
}
