import { describe, expect, it } from 'vitest';
import type { BenchResults, Figure } from './bench-results.ts';
import { formatNumber, ratioText, summaryText, targetText, verdictText } from './format-figure.ts';
import { formatMarkdown } from './format-report.ts';
import { quantile, single, summarize } from './summarize.ts';
import { checkTargets, ratioOf, statusOf } from './verdict.ts';

// The report writer must not be able to say "met" for a missed target, nor
// misstate by how much: these are the parts BENCHMARKS.md is made of.

const extract: Figure = {
  id: 'extract.page',
  workload: 'extract one corpus page',
  where: 'Chromium',
  unit: 'ms',
  value: { median: 20, p95: 75, n: 39 },
  baseline: { label: 'Readability', value: { median: 10, p95: 30, n: 39 } },
  targets: [
    { stat: 'median', op: '<=', limit: 25 },
    { stat: 'p95', op: '<=', limit: 60 },
    { stat: 'ratio', op: '<=', limit: 1.3 },
  ],
};

describe('summarize', () => {
  it('takes the median and p95 by nearest rank, whatever the order of the samples', () => {
    const samples = Array.from({ length: 100 }, (_, i) => 100 - i);
    expect(summarize(samples)).toEqual({ median: 50, p95: 95, n: 100 });
    expect(quantile([3, 1, 2], 0.5)).toBe(2);
    expect(quantile([7], 0.95)).toBe(7);
    expect(quantile([], 0.5)).toBeNaN();
    expect(single(4.2)).toEqual({ median: 4.2, p95: 4.2, n: 1 });
  });
});

describe('verdicts', () => {
  it('judges each target on its own statistic and says by how much a miss is', () => {
    const checks = checkTargets(extract);
    expect(checks.map((c) => [c.target.stat, c.actual, c.met])).toEqual([
      ['median', 20, true],
      ['p95', 75, false],
      ['ratio', 2, false],
    ]);
    expect(checks[1]!.over).toBe(15);
    expect(checks[1]!.overShare).toBeCloseTo(0.25);
    expect(statusOf(extract)).toBe('missed');
    expect(verdictText(extract)).toBe('missed: p95 75.0 ms vs ≤ 60.0 ms (15.0 ms over, +25 %); ratio 2.00× vs ≤ 1.30× (0.70× over, +54 %)');
  });

  it('reads a throughput below its floor as short, and a value on the limit as met', () => {
    const tagger: Figure = { id: 't', workload: 'tag', where: 'Node', unit: 'MB/s', value: single(3.5), targets: [{ stat: 'median', op: '>=', limit: 7 }] };
    expect(verdictText(tagger)).toBe('missed: 3.50 MB/s vs ≥ 7.00 MB/s (3.50 MB/s short, −50 %)');
    expect(statusOf({ ...tagger, value: single(7) })).toBe('met');
    const strict: Figure = { ...tagger, unit: 'ms', value: single(3), targets: [{ stat: 'median', op: '<', limit: 3 }] };
    expect(statusOf(strict)).toBe('missed');
  });

  it('says not measured, with the reason, when the workload failed or its baseline is missing', () => {
    const failed: Figure = { ...extract, value: undefined, baseline: undefined, error: 'Chromium crashed' };
    expect(statusOf(failed)).toBe('not-measured');
    expect(verdictText(failed)).toBe('not measured: Chromium crashed');
    const noBaseline: Figure = { ...extract, value: { median: 20, p95: 50, n: 39 }, baseline: undefined };
    expect(ratioOf(noBaseline)).toBeUndefined();
    expect(statusOf(noBaseline)).toBe('not-measured');
    expect(statusOf({ ...extract, targets: [] })).toBe('info');
  });
});

describe('formatting', () => {
  it('writes numbers, targets and distributions as the report shows them', () => {
    expect([formatNumber(0.4213), formatNumber(4.213), formatNumber(42.13), formatNumber(1421.3), formatNumber(NaN)]).toEqual(['0.42', '4.21', '42.1', '1,421', 'n/a']);
    expect(targetText(extract)).toBe('p50 ≤ 25.0 ms, p95 ≤ 60.0 ms, ratio ≤ 1.30×');
    expect(summaryText(extract.value, 'ms')).toBe('20.0 / 75.0 ms (n=39)');
    expect(summaryText(single(59.8), 'KB')).toBe('59.8 KB');
    expect(ratioText(extract)).toBe('2.00×');
    expect(ratioText({ ...extract, value: { median: 2.4, p95: 7.4, n: 480 }, baseline: { label: 'MiniSearch', value: { median: 194, p95: 827, n: 96 } } })).toBe('0.012×');
  });

  it('lists every missed target in BENCHMARKS.md and counts only met ones as met', () => {
    const ok: Figure = { id: 'size', workload: 'extract script', where: 'Node', unit: 'KB', value: single(59.8), targets: [{ stat: 'median', op: '<=', limit: 60 }] };
    const results: BenchResults = {
      machine: { cpu: 'CPU', cores: 2, memoryGB: 23, node: 'v20', chromium: '156', os: 'linux', date: '2026-12-07', commit: 'abc', loadStart: 1, loadEnd: 1 },
      durationS: 300,
      figures: [extract, ok],
      notes: [],
    };
    const md = formatMarkdown(results);
    expect(md).toContain('**1 of 2 targets met.**');
    expect(md).toMatch(/- \*\*extract one corpus page\*\* \(Chromium\): p95 75\.0 ms vs ≤ 60\.0 ms/);
    expect(md).not.toMatch(/extract script.*missed/);
  });
});
