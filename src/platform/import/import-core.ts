import type { ParseBundleError } from '../../core/export/parse-bundle-file.ts';
import type { ImportSummary } from '../../core/export/summarize-import-plan.ts';
import type { BundleFile } from '../../core/schemas/index.ts';
import type { BantinDb } from '../db/bantin-db.ts';
import { applyImportPlan, ImportApplyError, type AppliedImport, type ImportApplyErrorCode } from './apply-import-plan.ts';
import { prepareImport, type ImportStage, type PreparedImport } from './prepare-import.ts';

// One import from file to library, wherever it runs (the import worker, or
// this thread where there is no worker). The plan (every incoming clip, tens
// of megabytes for a big file) stays here between the preview and "Nhập";
// only the summary travels to the page.

export type PrepareStage = 'read' | ImportStage;

/** What the preview shows: no clip data, only counts, titles and differences. */
export interface ImportPreviewInfo {
  scope: BundleFile['scope'];
  exportedAt: string;
  generator: string;
  clipCount: number;
  bundleTitles: string[];
  summary: ImportSummary;
}

export type PrepareOutcome = { ok: true; preview: ImportPreviewInfo } | { ok: false; error: ParseBundleError | 'unreadable'; detail?: string };

export type ApplyOutcome =
  | { ok: true; applied: AppliedImport; bundles: { id: string; title: string }[] }
  | { ok: false; code: ImportApplyErrorCode | 'nothing-prepared' };

export interface ImportCore {
  prepare: (file: Blob, onStage?: (stage: PrepareStage) => void) => Promise<PrepareOutcome>;
  apply: (onProgress?: (done: number, total: number) => void) => Promise<ApplyOutcome>;
}

const previewOf = (p: PreparedImport): ImportPreviewInfo => ({
  scope: p.scope, exportedAt: p.exportedAt, generator: p.generator, clipCount: p.clipCount, bundleTitles: p.bundleTitles, summary: p.summary,
});

export function createImportCore(db: BantinDb, now?: () => string): ImportCore {
  let prepared: PreparedImport | null = null;
  return {
    async prepare(file, onStage) {
      prepared = null;
      onStage?.('read');
      let text: string;
      try {
        text = await file.text();
      } catch (error) {
        return { ok: false, error: 'unreadable', detail: error instanceof Error ? error.message : String(error) };
      }
      const result = await prepareImport(db, text, { onStage, now: now?.() });
      if (!result.ok) return result;
      prepared = result.prepared;
      return { ok: true, preview: previewOf(result.prepared) };
    },
    async apply(onProgress) {
      if (!prepared) return { ok: false, code: 'nothing-prepared' };
      try {
        const applied = await applyImportPlan(db, prepared, { onProgress });
        const bundles = prepared.plan.bundles.map((b) => ({ id: b.id, title: b.title }));
        prepared = null;
        return { ok: true, applied, bundles };
      } catch (error) {
        return { ok: false, code: error instanceof ImportApplyError ? error.code : 'unknown' };
      }
    },
  };
}
