// CPU profile of the tagger on the bench articles:
// `node --cpu-prof --cpu-prof-dir=/tmp/prof --import tsx scripts/bench/profile-tagger.ts [rounds]`,
// then read the top self-time functions with `node scripts/bench/profile-top.mjs /tmp/prof/<file>.cpuprofile`.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runTaggerBench } from './tagger-bench.ts';

const dir = join(import.meta.dirname, 'corpus', 'text');
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const rounds = Number(process.argv[2] ?? 3);
for (let r = 0; r < rounds; r++) {
  const res = runTaggerBench(texts, { bigBytes: 200_000 });
  console.log(`round ${r}: ${res.mbPerS.toFixed(2)} MB/s`);
}
