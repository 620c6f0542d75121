import { tagEntities } from '../../src/core/tag/index.ts';

// Tagger speed on corpus texts, the same in Node (bench-tagger.ts) and in
// Chromium (the bench page of the extension): throughput in MB (UTF-8
// bytes) per second over ~20 kB articles recombined from the corpus texts,
// the time of each 20 kB article, and one long text. The first call builds
// the gazetteer index and is reported apart; everything after it is steady state.

export interface TaggerBenchOptions {
  articles?: number;
  warmup?: number;
  articleBytes?: number;
  bigBytes?: number;
  /** CPU time used so far in ms (Node's process.cpuUsage); absent in a browser. */
  cpuMs?: () => number;
}

export interface TaggerBenchResult {
  firstCallMs: number;
  articles: number;
  totalMB: number;
  entities: number;
  mbPerS: number;
  /** Throughput per CPU second, where the CPU time is known: the one-core figure on a busy machine. */
  mbPerCpuS?: number;
  perArticleMs: number[];
  big: { mb: number; seconds: number; entities: number };
}

const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/** Articles of about `size` bytes, paragraphs drawn from the texts by a fixed LCG, so every run tags the same ones. */
function articleMaker(texts: readonly string[]) {
  let seed = 42;
  const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return (size: number): string => {
    const parts: string[] = [];
    let n = 0;
    while (n < size) {
      const t = texts[Math.floor(random() * texts.length)]!;
      parts.push(t);
      n += bytes(t) + 2;
    }
    return parts.join('\n\n');
  };
}

export function runTaggerBench(texts: readonly string[], options: TaggerBenchOptions = {}): TaggerBenchResult {
  if (texts.length === 0) throw new Error('no corpus texts to tag');
  const { articles: count = 200, warmup = 60, articleBytes = 20_000, bigBytes = 2_000_000, cpuMs } = options;
  const article = articleMaker(texts);
  const t0 = performance.now();
  tagEntities(texts[0]!);
  const firstCallMs = performance.now() - t0;

  for (let i = 0; i < warmup; i++) tagEntities(article(articleBytes));

  const articles = Array.from({ length: count }, () => article(articleBytes));
  const perArticleMs: number[] = [];
  // Bytes counted before the clock starts: encoding each article inside the
  // timed loop cost 0.2-0.45 ms an article in Chromium, a large share of it.
  const total = articles.reduce((n, a) => n + bytes(a), 0);
  let entities = 0;
  const cpu0 = cpuMs?.();
  const start = performance.now();
  for (const a of articles) {
    const s = performance.now();
    entities += tagEntities(a).length;
    perArticleMs.push(performance.now() - s);
  }
  const seconds = (performance.now() - start) / 1000;
  const cpuSeconds = cpu0 === undefined ? undefined : (cpuMs!() - cpu0) / 1000;

  const big = article(bigBytes);
  const sb = performance.now();
  const bigEntities = tagEntities(big).length;
  const bigSeconds = (performance.now() - sb) / 1000;

  const mb = total / 1e6;
  return {
    firstCallMs,
    articles: count,
    totalMB: mb,
    entities,
    mbPerS: mb / seconds,
    ...(cpuSeconds ? { mbPerCpuS: mb / cpuSeconds } : {}),
    perArticleMs,
    big: { mb: bytes(big) / 1e6, seconds: bigSeconds, entities: bigEntities },
  };
}
