import { parseBundleFile, type ParseBundleError } from '../../core/export/parse-bundle-file.ts';
import { planImport, type ImportPlan } from '../../core/export/plan-import.ts';
import { summarizeImportPlan, type ImportSummary } from '../../core/export/summarize-import-plan.ts';
import type { BundleFile } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { readImportExisting, type LibraryBaseline } from './read-import-existing.ts';

// Choosing a file writes nothing: it is read, checked and compared with the
// library into a plan and its summary, which the preview shows. Only
// applyImportPlan writes, after the user pressed "Nhập".

export type ImportStage = 'check' | 'compare' | 'plan';

export interface PreparedImport {
  scope: BundleFile['scope'];
  exportedAt: string;
  generator: string;
  bundleTitles: string[];
  clipCount: number;
  plan: ImportPlan;
  summary: ImportSummary;
  baseline: LibraryBaseline;
}

export type PrepareResult = { ok: true; prepared: PreparedImport } | { ok: false; error: ParseBundleError; detail?: string };

export interface PrepareOptions {
  onStage?: (stage: ImportStage) => void;
  now?: string;
}

/** A bundle file's text checked and planned against the library; a refused file comes back with its reason. */
export async function prepareImport(db: BantinDb, text: string, options: PrepareOptions = {}): Promise<PrepareResult> {
  options.onStage?.('check');
  const parsed = parseBundleFile(text);
  if (!parsed.ok) return parsed;
  const file = parsed.file;
  options.onStage?.('compare');
  const { existing, baseline } = await readImportExisting(db, file);
  options.onStage?.('plan');
  const plan = planImport(file, existing, { now: options.now ?? new Date().toISOString() });
  // Only the clips the plan changes need watching until it is applied.
  const changed = new Set(plan.updatedClips.map((c) => c.id));
  const updatedAt = Object.fromEntries(Object.entries(baseline.updatedAt).filter(([id]) => changed.has(id)));
  return {
    ok: true,
    prepared: {
      scope: file.scope,
      exportedAt: file.exportedAt,
      generator: file.generator,
      bundleTitles: file.bundles.map((b) => b.title),
      clipCount: file.clips.length,
      plan,
      summary: summarizeImportPlan(plan),
      baseline: { ...baseline, updatedAt },
    },
  };
}
