// Real pages in Readability's test-page style: each folder holds the saved
// page (source.html), the fixed address it was served at (url.txt), what
// Bantin extracts from it (expected.json: the article fields, or the error;
// expected-metadata.json) and, for corpus pages, the gold phrases
// (gold.json, gold.body.txt). No network; TZ=UTC (vitest.config.ts).
//
// UPDATE_EXPECTED=1 rewrites expected*.json from the current extractor;
// review the diff by eye against the gold before committing it.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseHtml } from '../../src/cli/load-page.ts';
import { extractArticle } from '../../src/core/extract/extract-article.ts';
import { detectLanguage } from '../../src/core/lang/detect-language.ts';
import type { ExtractResult } from '../../src/core/schemas/article.ts';

const root = import.meta.dirname;
const update = process.env['UPDATE_EXPECTED'] === '1';
const folders = readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort();

// The shared scorer's comparison: whitespace and case folded, NFC.
const norm = (s: unknown): string => String(s ?? '').normalize('NFC').replace(/[\u00a0\s]+/g, ' ').trim().toLowerCase();
const tokens = (s: string): string[] => norm(s).match(/[\p{L}\p{N}]+/gu) ?? [];
function tokenF1(pred: string, gold: string): number {
  const g = new Map<string, number>();
  for (const t of tokens(gold)) g.set(t, (g.get(t) ?? 0) + 1);
  const p = tokens(pred);
  let tp = 0;
  for (const t of p) {
    const n = g.get(t) ?? 0;
    if (n > 0) [tp] = [tp + 1, g.set(t, n - 1)];
  }
  const precision = tp / p.length;
  const recall = tp / tokens(gold).length;
  return (2 * precision * recall) / (precision + recall);
}

const read = (folder: string, file: string): unknown => JSON.parse(readFileSync(join(root, folder, file), 'utf8'));
const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

function extract(folder: string): ExtractResult {
  const url = readFileSync(join(root, folder, 'url.txt'), 'utf8').trim();
  return extractArticle(parseHtml(readFileSync(join(root, folder, 'source.html'), 'utf8')), { url, detectLanguage });
}

describe.each(folders)('%s', (folder) => {
  const result = extract(folder);
  const article = result.ok ? result.article : null;
  const fields = article ? { title: article.title, lead: article.lead, text: article.text, byline: article.byline } : { ok: false, error: !result.ok && result.error };
  const metadata = article && {
    publishedAt: article.publishedAt,
    modifiedAt: article.modifiedAt,
    siteName: article.siteName,
    canonicalUrl: article.canonicalUrl,
    byline: article.byline,
    lang: article.lang,
    sources: article.sources,
    warnings: article.warnings,
  };
  if (update) {
    writeFileSync(join(root, folder, 'expected.json'), json(fields));
    if (metadata) writeFileSync(join(root, folder, 'expected-metadata.json'), json(metadata));
  }

  it('extracts the expected article', () => {
    expect(fields).toEqual(read(folder, 'expected.json'));
  });

  if (metadata) {
    it('extracts the expected metadata', () => {
      expect(metadata).toEqual(read(folder, 'expected-metadata.json'));
    });
    it('writes sanitised HTML with no active content', () => {
      expect(article?.html).not.toMatch(/<(script|style|iframe|frame|object|embed|svg|math|form|input|button|base|meta|link|noscript)\b|\son\w+\s*=|(javascript|vbscript|data):|style=/i);
      expect(`${article?.title} ${article?.lead} ${article?.text} ${article?.html}`).not.toContain('alert(');
    });
  }

  if (existsSync(join(root, folder, 'gold.json'))) {
    it('satisfies the gold: headline, every phrase kept, no boilerplate leaked', () => {
      const gold = read(folder, 'gold.json') as { title: string; must_contain: string[]; must_not_contain: string[] };
      const whole = norm([article?.title, article?.lead, article?.text, article?.byline].filter(Boolean).join('\n'));
      expect(norm(article?.title)).toBe(norm(gold.title));
      expect(gold.must_contain.filter((s) => !whole.includes(norm(s)))).toEqual([]);
      expect(gold.must_not_contain.filter((s) => whole.includes(norm(s)))).toEqual([]);
      const body = join(root, folder, 'gold.body.txt');
      if (existsSync(body)) {
        const pred = [article?.title, article?.lead, article?.text, article?.byline].filter(Boolean).join('\n');
        expect(tokenF1(pred, readFileSync(body, 'utf8'))).toBeGreaterThanOrEqual(0.97);
      }
    });
  }
});
