// Tagger speed on one core: `npx tsx scripts/bench/bench-tagger.ts [corpus-text-dir] [--json]`.
// Prints throughput in MB (UTF-8 bytes) of text per second, and the median
// and p95 time to tag a 20 kB article, on articles recombined from the
// development corpus (tagger-bench.ts, which the Chromium bench runs too).
// On a shared machine the wall clock includes time other processes hold the
// core: the CPU-time figure is the one-core throughput. --json prints the
// raw result for `npm run bench`.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { quantile } from './report/summarize.ts';
import { runTaggerBench } from './tagger-bench.ts';

const json = process.argv.includes('--json');
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? join(import.meta.dirname, 'corpus', 'text');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));

const cpuMs = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};
const r = runTaggerBench(texts, { cpuMs });

if (json) {
  console.log(JSON.stringify(r));
} else {
  const q = (p: number) => quantile(r.perArticleMs, p).toFixed(2);
  console.log(`corpus: ${texts.length} texts from ${dir}; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  console.log(`first call (builds the gazetteer index): ${r.firstCallMs.toFixed(1)} ms`);
  console.log(`20 kB articles: ${r.articles}, ${r.totalMB.toFixed(2)} MB, ${r.entities} entities`);
  console.log(`  throughput: ${r.mbPerS.toFixed(2)} MB/s wall clock, ${r.mbPerCpuS?.toFixed(2) ?? 'n/a'} MB per CPU second`);
  console.log(`  per article: median ${q(0.5)} ms, p95 ${q(0.95)} ms, max ${Math.max(...r.perArticleMs).toFixed(2)} ms`);
  console.log(`one ${r.big.mb.toFixed(1)} MB text: ${r.big.seconds.toFixed(2)} s, ${(r.big.mb / r.big.seconds).toFixed(2)} MB/s, ${r.big.entities} entities`);
}
