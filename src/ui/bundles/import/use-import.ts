import { useEffect, useRef, useState } from 'preact/hooks';
import type { AppliedImport } from '../../../platform/import/apply-import-plan.ts';
import type { ApplyOutcome, ImportPreviewInfo, PrepareOutcome, PrepareStage } from '../../../platform/import/import-core.ts';
import { openImportSession, type ImportSession } from '../../../platform/import/import-session.ts';

export type ImportState =
  | { step: 'idle' }
  | { step: 'preparing'; stage: PrepareStage; fileName: string }
  | { step: 'refused'; error: Extract<PrepareOutcome, { ok: false }>['error']; detail?: string; fileName: string }
  | { step: 'preview'; preview: ImportPreviewInfo; fileName: string; libraryChanged?: boolean }
  | { step: 'applying'; preview: ImportPreviewInfo; fileName: string; done?: number; total?: number }
  | { step: 'done'; applied: AppliedImport; bundles: { id: string; title: string }[] }
  | { step: 'failed'; preview: ImportPreviewInfo; fileName: string; code: Extract<ApplyOutcome, { ok: false }>['code'] | 'crashed' };

const isAbort = (error: unknown) => (error as { name?: unknown } | null)?.name === 'AbortError';

/**
 * The import's steps: a chosen file is prepared (read, checked, compared,
 * planned) without writing anything; the preview waits for "Nhập"; apply
 * writes the plan in one transaction. A library changed meanwhile gets a
 * fresh preview instead of a stale write. The work runs in the import worker.
 */
export function useImport(sessionOptions?: Parameters<typeof openImportSession>[0]) {
  const [state, setState] = useState<ImportState>({ step: 'idle' });
  const session = useRef<ImportSession | null>(null);
  const file = useRef<File | null>(null);
  useEffect(() => () => session.current?.close(), []);

  const prepare = async (chosen: File, libraryChanged = false) => {
    session.current?.close();
    const current = openImportSession(sessionOptions);
    session.current = current;
    file.current = chosen;
    const fileName = chosen.name;
    setState({ step: 'preparing', stage: 'read', fileName });
    try {
      const outcome = await current.prepare(chosen, (stage) => session.current === current && setState({ step: 'preparing', stage, fileName }));
      if (session.current !== current) return;
      setState(outcome.ok
        ? { step: 'preview', preview: outcome.preview, fileName, libraryChanged }
        : { step: 'refused', error: outcome.error, detail: outcome.detail, fileName });
    } catch (error) {
      if (session.current !== current || isAbort(error)) return;
      setState({ step: 'refused', error: 'unreadable', detail: error instanceof Error ? error.message : String(error), fileName });
    }
  };

  const apply = async () => {
    const current = session.current;
    if (state.step !== 'preview' || !current) return;
    const { preview, fileName } = state;
    setState({ step: 'applying', preview, fileName });
    try {
      const outcome = await current.apply((done, total) => session.current === current && setState({ step: 'applying', preview, fileName, done, total }));
      if (session.current !== current) return;
      if (outcome.ok) setState({ step: 'done', applied: outcome.applied, bundles: outcome.bundles });
      else if (outcome.code === 'library-changed' && file.current) await prepare(file.current, true);
      else setState({ step: 'failed', preview, fileName, code: outcome.code });
    } catch (error) {
      if (session.current === current && !isAbort(error)) setState({ step: 'failed', preview, fileName, code: 'crashed' });
    }
  };

  const close = () => {
    session.current?.close();
    session.current = null;
    file.current = null;
    setState({ step: 'idle' });
  };

  return { state, prepare: (chosen: File) => prepare(chosen), apply, close };
}
