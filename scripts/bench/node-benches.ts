import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { readManifest } from '../../test/e2e/support/extension-build.ts';
import { REPO_ROOT } from '../../test/e2e/support/extension-build.ts';
import type { QualityRow } from './report/bench-results.ts';
import type { TaggerBenchResult } from './tagger-bench.ts';

// The figures measured in Node: the tagger (in a process of its own, so the
// first call really builds the gazetteer index), extraction quality against
// plain Readability (scripts/quality-extraction.ts), and the injected
// script's size and the production manifest.

function tsx(script: string, args: string[]): string {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(REPO_ROOT, script), ...args], { cwd: REPO_ROOT, encoding: 'utf8', maxBuffer: 64 * 2 ** 20 });
  if (run.status !== 0) throw new Error(`${script} exited with ${run.status}: ${(run.stderr || run.stdout).trim().split('\n').slice(-3).join(' ')}`);
  return run.stdout;
}

export function nodeTagger(): TaggerBenchResult {
  return JSON.parse(tsx('scripts/bench/bench-tagger.ts', ['--json'])) as TaggerBenchResult;
}

export interface QualityResult {
  pages: number;
  rows: QualityRow[];
}

export function extractionQuality(): QualityResult {
  type Summary = Record<string, number | null>;
  const out = JSON.parse(tsx('scripts/quality-extraction.ts', ['--json'])) as { bantin: Summary; readability: Summary };
  const row = (label: string, key: string): QualityRow => ({ label, bantin: out.bantin[key] ?? null, readability: out.readability[key] ?? null });
  return {
    pages: out.bantin['pages'] ?? 0,
    rows: [
      row('perfect pages', 'perfectShare'),
      row('title accuracy', 'titleAccuracy'),
      row('token F1 (pages with a gold body)', 'tokenF1'),
      row('gold phrases kept', 'snippetRecall'),
      row('boilerplate leaked (lower is better)', 'boilerplateLeakage'),
    ],
  };
}

export interface ScriptSize {
  extractKB: number;
  extractGzipKB: number;
  readabilityKB: number;
  /** Content scripts and host permissions of the production manifest: ways a page gets a script unasked. */
  injectionGrants: string[];
}

export async function scriptSize(productionDir: string): Promise<ScriptSize> {
  const extract = readFileSync(join(productionDir, 'extract.js'));
  const readability = await build({
    stdin: { contents: "import { Readability } from '@mozilla/readability'; globalThis.Readability = Readability;", resolveDir: REPO_ROOT, loader: 'js' },
    bundle: true, minify: true, format: 'iife', write: false, logLevel: 'error',
  });
  const manifest = readManifest(productionDir);
  const injectionGrants = [
    ...(manifest.content_scripts ?? []).flatMap((c) => c.matches.map((m) => `content_scripts: ${m}`)),
    ...(manifest.host_permissions ?? []).map((h) => `host_permissions: ${h}`),
    ...(manifest.optional_host_permissions ?? []).map((h) => `optional_host_permissions: ${h}`),
  ];
  return {
    extractKB: extract.length / 1024,
    extractGzipKB: gzipSync(extract).length / 1024,
    readabilityKB: readability.outputFiles[0]!.contents.length / 1024,
    injectionGrants,
  };
}
