import type { Figure, Stat, Target, Unit } from './bench-results.ts';
import type { Summary } from './summarize.ts';
import { checkTargets, ratioOf, statusOf } from './verdict.ts';

// The cells of one report row, shared by the terminal table and BENCHMARKS.md.

/** A number with the precision its size deserves: 0.42, 4.21, 42.1, 1,421. */
export function formatNumber(x: number): string {
  if (!Number.isFinite(x)) return 'n/a';
  const abs = Math.abs(x);
  if (abs >= 100) return Math.round(x).toLocaleString('en-US');
  if (abs >= 10) return x.toFixed(1);
  return x.toFixed(2);
}

export function formatValue(x: number, unit: Unit): string {
  if (unit === 'count') return Math.round(x).toLocaleString('en-US');
  if (unit === '%') return `${formatNumber(x)} %`;
  return `${formatNumber(x)} ${unit}`;
}

const STAT_LABEL: Record<Stat, string> = { median: 'p50', p95: 'p95', ratio: 'ratio' };
const OP_LABEL: Record<Target['op'], string> = { '<=': '≤', '>=': '≥', '<': '<' };

function limitText(target: Target, unit: Unit): string {
  return target.stat === 'ratio' ? `${formatNumber(target.limit)}×` : formatValue(target.limit, unit);
}

/** "p50 ≤ 25 ms, p95 ≤ 60 ms, ratio ≤ 1.30×"; a single measured value needs no statistic name. */
export function targetText(figure: Figure): string {
  if (figure.targets.length === 0) return '—';
  const singleValue = figure.value?.n === 1 || (!figure.value && figure.targets.every((t) => t.stat !== 'p95'));
  return figure.targets
    .map((t) => `${t.stat === 'ratio' || !singleValue ? `${STAT_LABEL[t.stat]} ` : ''}${OP_LABEL[t.op]} ${limitText(t, figure.unit)}`)
    .join(', ');
}

/** "24.3 / 51.0 ms (n=39)" for a distribution, "59.8 KB" for a single value. */
export function summaryText(value: Summary | undefined, unit: Unit): string {
  if (!value) return '—';
  if (value.n === 1) return formatValue(value.median, unit);
  const numbers = `${formatNumber(value.median)} / ${formatNumber(value.p95)}`;
  return `${unit === 'count' ? numbers : `${numbers} ${unit}`} (n=${value.n})`;
}

/** Ours over the baseline; two significant digits below 0.1 (0.012×), where fixed decimals would say 0.01. */
export function ratioText(figure: Figure): string {
  const ratio = ratioOf(figure);
  if (ratio === undefined) return '—';
  return `${ratio > 0 && ratio < 0.1 ? ratio.toPrecision(2) : formatNumber(ratio)}×`;
}

/** "met", "missed: p95 74.0 ms vs ≤ 60.0 ms (14.0 ms over, +23 %)", "not measured: …". */
export function verdictText(figure: Figure): string {
  const status = statusOf(figure);
  if (status === 'info') return '—';
  if (!figure.value) return `not measured: ${figure.error ?? 'no figure'}`;
  const checks = checkTargets(figure);
  if (status === 'met') return 'met';
  const misses = checks
    .filter((c) => !c.met)
    .map((c) => {
      const ratio = c.target.stat === 'ratio';
      const actual = ratio ? `${formatNumber(c.actual)}×` : formatValue(c.actual, figure.unit);
      const by = ratio ? `${formatNumber(c.over)}× over` : `${formatValue(c.over, figure.unit)} ${c.target.op === '>=' ? 'short' : 'over'}`;
      const share = `${c.target.op === '>=' ? '−' : '+'}${Math.round(c.overShare * 100)} %`;
      const name = ratio || figure.value!.n > 1 ? `${STAT_LABEL[c.target.stat]} ` : '';
      return `${name}${actual} vs ${OP_LABEL[c.target.op]} ${limitText(c.target, figure.unit)} (${by}, ${share})`;
    });
  if (status === 'not-measured') return `not measured: ${figure.error ?? 'baseline missing'}`;
  return `missed: ${misses.join('; ')}`;
}
