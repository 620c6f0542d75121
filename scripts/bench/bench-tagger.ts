// Tagger speed on one core: `npx tsx scripts/bench/bench-tagger.ts [corpus-text-dir]`.
// Prints throughput in MB (UTF-8 bytes) of text per second, and the median
// and p95 time to tag a 20 kB article, on articles recombined from the
// development corpus. The first call (building the gazetteer index) is
// reported apart; everything after it is steady state. On a shared machine
// the wall clock includes time other processes hold the core: the CPU-time
// figure is the one-core throughput.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { tagEntities } from '../../src/core/tag/index.ts';

const dir = process.argv[2] ?? '/work/shared/corpus/text';
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
if (!texts.length) throw new Error(`no .txt files in ${dir}`);

const bytes = (s: string) => Buffer.byteLength(s, 'utf8');
// A deterministic shuffle, so every run measures the same articles.
let seed = 42;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

/** An article of about `size` bytes, paragraphs drawn from the corpus texts. */
function article(size: number): string {
  const parts: string[] = [];
  let n = 0;
  while (n < size) {
    const t = texts[Math.floor(random() * texts.length)]!;
    parts.push(t);
    n += bytes(t) + 2;
  }
  return parts.join('\n\n');
}

const t0 = performance.now();
tagEntities(texts[0]!);
const first = performance.now() - t0;

// Warm up the JIT on a few articles.
for (let i = 0; i < 60; i++) tagEntities(article(20_000));

const articles = Array.from({ length: 200 }, () => article(20_000));
const times: number[] = [];
let total = 0;
let entities = 0;
const start = performance.now();
const cpu0 = process.cpuUsage();
for (const a of articles) {
  const s = performance.now();
  entities += tagEntities(a).length;
  times.push(performance.now() - s);
  total += bytes(a);
}
const elapsed = (performance.now() - start) / 1000;
const cpuUsed = process.cpuUsage(cpu0);
const cpuSeconds = (cpuUsed.user + cpuUsed.system) / 1e6;

const big = article(2_000_000);
const sb = performance.now();
const bigCount = tagEntities(big).length;
const bigSeconds = (performance.now() - sb) / 1000;

times.sort((a, b) => a - b);
const q = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const mb = (n: number) => n / 1e6;
console.log(`corpus: ${texts.length} texts from ${dir}`);
console.log(`first call (builds the gazetteer index): ${first.toFixed(1)} ms`);
console.log(`20 kB articles: ${articles.length}, ${mb(total).toFixed(2)} MB, ${entities} entities`);
console.log(`  throughput: ${(mb(total) / elapsed).toFixed(2)} MB/s wall clock, ${(mb(total) / cpuSeconds).toFixed(2)} MB per CPU second`);
console.log(`  per article: median ${q(0.5).toFixed(2)} ms, p95 ${q(0.95).toFixed(2)} ms, max ${times[times.length - 1]!.toFixed(2)} ms`);
console.log(`one ${mb(bytes(big)).toFixed(1)} MB text: ${bigSeconds.toFixed(2)} s, ${(mb(bytes(big)) / bigSeconds).toFixed(2)} MB/s, ${bigCount} entities`);
