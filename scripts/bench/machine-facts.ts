import { execFileSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type } from 'node:os';
import { REPO_ROOT } from '../../test/e2e/support/extension-build.ts';
import type { Machine } from './report/bench-results.ts';

// What the figures were measured on. The load average matters on a shared
// two-core machine: above 2, the bench waited for the cores.

function git(args: string[]): string {
  try {
    return execFileSync('git', args, { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
}

export function machineFacts(): Omit<Machine, 'chromium' | 'loadEnd'> {
  const dirty = git(['status', '--porcelain', '--untracked-files=no']) !== '';
  return {
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cores: cpus().length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${type()} ${release()}`,
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    commit: `${git(['rev-parse', '--short', 'HEAD']) || 'unknown'}${dirty ? ' with uncommitted changes' : ''}`,
    loadStart: loadavg()[0] ?? NaN,
  };
}
