#!/usr/bin/env node
// `npm run bench [-- --quick] [-- --no-build] [-- --only=tag,popup,extract,clip,store,export,import,search,script,quality]`: runs scripts/bench/run-bench.ts
// through tsx, with room for the 50,000-clip archive in the heap.
import { spawnSync } from 'node:child_process';

const run = spawnSync(
  process.execPath,
  ['--max-old-space-size=6144', '--import', 'tsx', 'scripts/bench/run-bench.ts', ...process.argv.slice(2)],
  { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } },
);
process.exit(run.status ?? 1);
