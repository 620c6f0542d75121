import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { E2E_BUILD_DIR, PRODUCTION_BUILD_DIR, REPO_ROOT } from '../../test/e2e/support/extension-build.ts';

// The bench measures the built extension: the e2e build (the production
// build plus the shortcut handler on the worker and the 127.0.0.1 host
// permission) for the browser figures, the production build for the size of
// the injected script and its manifest. Each is rebuilt when missing or
// older than the sources; a failed rebuild falls back to the build on disk,
// and the report says so.

const SOURCES = ['src', 'entrypoints', 'public', 'wxt.config.ts', 'package-lock.json'];

function newestSource(): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const stat = statSync(path);
    if (!stat.isDirectory()) {
      if (!/\.test\.tsx?$/.test(path)) newest = Math.max(newest, stat.mtimeMs);
      return;
    }
    for (const entry of readdirSync(path)) visit(join(path, entry));
  };
  for (const s of SOURCES) visit(join(REPO_ROOT, s));
  return newest;
}

export interface BuildState {
  dir: string;
  /** Set when the build on disk is older than the sources and could not be rebuilt. */
  stale?: string;
}

function ensure(dir: string, args: string[], newest: number, log: (s: string) => void): BuildState {
  const manifest = join(dir, 'manifest.json');
  if (existsSync(manifest) && statSync(manifest).mtimeMs >= newest) return { dir };
  log(`  npx wxt ${args.join(' ')} (${existsSync(manifest) ? 'sources changed since the last build' : 'no build yet'})`);
  // NODE_ENV=production: `--mode e2e` alone would give Vite's development output (see scripts/run-tests.mjs).
  const run = spawnSync('npx', ['wxt', ...args], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, NODE_ENV: 'production' } });
  if (run.status === 0) return { dir };
  const reason = `\`npx wxt ${args.join(' ')}\` failed: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`;
  if (!existsSync(manifest)) throw new Error(reason);
  log(`  ${reason}; measuring the build on disk`);
  return { dir, stale: reason };
}

export function ensureBuilds(log: (s: string) => void = console.log): { e2e: BuildState; production: BuildState } {
  const newest = newestSource();
  return {
    production: ensure(PRODUCTION_BUILD_DIR, ['build'], newest, log),
    e2e: ensure(E2E_BUILD_DIR, ['build', '--mode', 'e2e'], newest, log),
  };
}

const BUILD_FILES = ['manifest.json', 'background.js', 'extract.js', 'popup.html'];
const complete = (dir: string) => BUILD_FILES.every((f) => existsSync(join(dir, f)));

/**
 * A copy of a build, taken when the build is whole: other work on the
 * repository may be rebuilding .output at this very moment, which empties
 * the directory for a minute. Waits up to three minutes for it.
 */
export async function snapshotBuild(from: string, to: string): Promise<string> {
  for (let waited = 0; ; waited += 5_000) {
    if (complete(from)) {
      rmSync(to, { recursive: true, force: true });
      cpSync(from, to, { recursive: true });
      if (complete(to)) return to;
    }
    if (waited >= 180_000) throw new Error(`no complete build in ${from} (${BUILD_FILES.join(', ')}) after three minutes`);
    await new Promise((r) => setTimeout(r, 5_000));
  }
}
