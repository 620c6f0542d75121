import type { BenchResults, Figure, QualityRow } from './bench-results.ts';
import { ratioText, summaryText, targetText, verdictText } from './format-figure.ts';
import { statusOf } from './verdict.ts';

// BENCHMARKS.md and the terminal table, both from the results of one run.

const HEADER = ['Workload', 'Where', 'Ours: median / p95', 'Baseline, same run: median / p95', 'Ratio', 'Target', 'Verdict'];

function cells(f: Figure): string[] {
  const baseline = f.baseline ? `${f.baseline.label}: ${summaryText(f.baseline.value, f.unit)}` : '—';
  return [f.workload, f.where, summaryText(f.value, f.unit), baseline, ratioText(f), targetText(f), verdictText(f)];
}

const escapeCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function markdownTable(rows: string[][]): string {
  const line = (r: string[]) => `| ${r.map(escapeCell).join(' | ')} |`;
  return [line(rows[0]!), `|${rows[0]!.map(() => '---').join('|')}|`, ...rows.slice(1).map(line)].join('\n');
}

const pct = (x: number | null) => (x === null ? 'n/a' : `${(100 * x).toFixed(1)} %`);

function qualitySection(quality: BenchResults['quality']): string[] {
  if (!quality) return [];
  const out = ['## Extraction quality on the corpus pages (Node, linkedom)', ''];
  if (quality.error) return [...out, `Not measured: ${quality.error}`, ''];
  const rows: string[][] = [['', 'Bantin', 'Plain Readability'], ...quality.rows.map((r: QualityRow) => [r.label, pct(r.bantin), pct(r.readability)])];
  return [...out, `${quality.pages} pages, scored by the shared scorer (\`npx tsx scripts/quality-extraction.ts\`).`, '', markdownTable(rows), ''];
}

function missesSection(figures: Figure[]): string[] {
  const missed = figures.filter((f) => statusOf(f) === 'missed');
  const unmeasured = figures.filter((f) => statusOf(f) === 'not-measured');
  const out = ['## Targets missed in this run', ''];
  if (missed.length === 0 && unmeasured.length === 0) return [...out, 'None: every target was measured and met.', ''];
  for (const f of missed) out.push(`- **${f.workload}** (${f.where}): ${verdictText(f).replace(/^missed: /, '')}`);
  for (const f of unmeasured) out.push(`- **${f.workload}** (${f.where}): ${verdictText(f)}`);
  return [...out, ''];
}

export function formatMarkdown(results: BenchResults): string {
  const m = results.machine;
  const met = results.figures.filter((f) => statusOf(f) === 'met').length;
  const judged = results.figures.filter((f) => f.targets.length > 0).length;
  const notes = results.figures.filter((f) => f.note).map((f) => `- **${f.workload}** (${f.where}): ${f.note}`);
  return [
    '# Benchmarks',
    '',
    `Written by \`npm run bench\` on ${m.date} in ${results.durationS.toFixed(0)} s; every figure and baseline below comes from that one run.`,
    'Times are wall-clock. Benchmarks print figures and never fail the test suite on time.',
    '',
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memoryGB} GB; ${m.os}; Node ${m.node}; Chromium ${m.chromium}; commit ${m.commit}.`,
    `Load average (1 min) ${m.loadStart.toFixed(1)} at the start, ${m.loadEnd.toFixed(1)} at the end: above ${m.cores} the benchmark shared the cores with other work and its times are longer than on an idle machine.`,
    '',
    `**${met} of ${judged} targets met.**`,
    '',
    markdownTable([HEADER, ...results.figures.map(cells)]),
    '',
    ...missesSection(results.figures),
    ...qualitySection(results.quality),
    '## How each figure is measured',
    '',
    ...notes,
    ...results.notes.map((n) => `- ${n}`),
    '',
  ].join('\n');
}

/** The same table for a terminal: aligned columns, long cells cut. */
export function formatTerminal(results: BenchResults): string {
  const widths = [44, 9, 30, 42, 7, 34, 0];
  const fit = (s: string, w: number) => (w === 0 ? s : s.length > w ? `${s.slice(0, w - 1)}…` : s.padEnd(w));
  const line = (r: string[]) => r.map((c, i) => fit(c, widths[i]!)).join(' ');
  return [line(HEADER), ...results.figures.map((f) => line(cells(f)))].join('\n');
}
