// Shared by the quality scripts: runs Bantin and plain Readability on saved
// pages and scores both with the shared scorer (score-extraction.mjs).
// Plain Readability is what a reader view gives: its title, its textContent.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readability } from '@mozilla/readability';
import { loadPage, parseHtml } from '../../src/cli/load-page.ts';

export interface PageToScore {
  id: string;
  html: string;
  /** The address the page was served at, when known. */
  url?: string;
  gold: string;
  /** A gold body text (one paragraph a line), when there is one. */
  goldBody?: string;
}

export type ScoredPage = { id: string; perfect: boolean; titleOk: boolean | null; tokens: { f1: number } | null; missing: string[]; leaked: string[] };
export type Score = { summary: Record<string, number | null>; pages: ScoredPage[] };
export interface Comparison {
  bantin: Score;
  readability: Score;
  ms: { bantin: number; readability: number };
}

/** Extracts every page with Bantin and with plain Readability, and scores both against the gold. */
export async function compareExtractors(pages: readonly PageToScore[], scorer: string): Promise<Comparison> {
  const work = mkdtempSync(join(tmpdir(), 'bantin-quality-'));
  const dirs = { gold: join(work, 'gold'), bantin: join(work, 'bantin'), readability: join(work, 'readability') };
  for (const d of Object.values(dirs)) mkdirSync(d);
  const ms = { bantin: 0, readability: 0 };
  try {
    for (const page of pages) {
      copyFileSync(page.gold, join(dirs.gold, `${page.id}.json`));
      if (page.goldBody) copyFileSync(page.goldBody, join(dirs.gold, `${page.id}.body.txt`));
      let t = performance.now();
      const r = await loadPage(page.html, { url: page.url });
      ms.bantin += performance.now() - t;
      // A page Bantin refuses (not an article) gets no prediction: an empty clip.
      if (r.ok) writeFileSync(join(dirs.bantin, `${page.id}.json`), JSON.stringify({ title: r.article.title, lead: r.article.lead, text: r.article.text, byline: r.article.byline }));

      t = performance.now();
      try {
        const parsed = new Readability(parseHtml(readFileSync(page.html, 'utf8'))).parse();
        if (parsed) writeFileSync(join(dirs.readability, `${page.id}.json`), JSON.stringify({ title: parsed.title ?? '', text: parsed.textContent ?? '' }));
      } catch {
        // a throwing Readability scores as an empty prediction
      }
      ms.readability += performance.now() - t;
    }
    const score = (pred: string): Score =>
      JSON.parse(execFileSync(process.execPath, [scorer, '--gold', dirs.gold, '--pred', pred, '--json', '--verbose'], { encoding: 'utf8' }));
    return { bantin: score(dirs.bantin), readability: score(dirs.readability), ms };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The comparison as a table, then each page with what Bantin missed or leaked. */
export function formatComparison({ bantin, readability, ms }: Comparison, where: string): string {
  const pct = (x: number | null | undefined): string => (x === null || x === undefined ? 'n/a' : `${(100 * x).toFixed(1)}%`).padStart(10);
  const row = (label: string, key: string): string => `${label.padEnd(28)}${pct(bantin.summary[key])}${pct(readability.summary[key])}`;
  const bodies = bantin.pages.filter((p) => p.tokens).length;
  const n = Math.max(1, bantin.pages.length);
  const lines = [
    `Extraction quality on ${bantin.summary['pages']} pages of ${where}\n`,
    `${''.padEnd(28)}${'Bantin'.padStart(10)}${'Readability'.padStart(12)}`,
    row('perfect pages', 'perfectShare'),
    row('title right', 'titleAccuracy'),
    row('gold phrases kept', 'snippetRecall'),
    row('boilerplate leaked', 'boilerplateLeakage'),
  ];
  if (bodies) lines.push(row(`token F1 (${bodies} gold bodies)`, 'tokenF1'), row('token precision', 'tokenPrecision'), row('token recall', 'tokenRecall'));
  lines.push(`${'time per page'.padEnd(28)}${`${(ms.bantin / n).toFixed(0)} ms`.padStart(10)}${`${(ms.readability / n).toFixed(0)} ms`.padStart(10)}`);
  lines.push('\nper page (perfect / title):');
  for (const [i, p] of bantin.pages.entries()) {
    const q = readability.pages[i]!;
    const mark = (x: ScoredPage): string => `${x.perfect ? 'perfect' : 'imperfect'}/${x.titleOk === false ? 'wrong title' : 'title ok'}`;
    lines.push(`  ${p.id.padEnd(34)}${mark(p).padEnd(24)}${mark(q)}`);
    for (const s of p.missing) lines.push(`      bantin missing: ${s}`);
    for (const s of p.leaked) lines.push(`      bantin leaked:  ${s}`);
  }
  return lines.join('\n');
}
