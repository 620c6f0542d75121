import { useRef } from 'preact/hooks';
import { getBantinDb } from '../../../platform/db/open-db.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { useBundlesDb } from '../bundles-db.tsx';
import { ImportDialog } from './import-dialog.tsx';
import { importMessages } from './import-messages.ts';
import { useImport } from './use-import.ts';

/** "Nhập bản tin / khôi phục sao lưu": choose a file, see what it would do, then import it. */
export function ImportButton({ label }: { label?: string }) {
  const t = useMessages(importMessages);
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const db = useBundlesDb();
  // The worker opens the extension's own database: another one (a test's) is imported into here.
  const { state, prepare, apply, close } = useImport({ db, inline: db !== getBantinDb() });
  const onClose = () => {
    close();
    button.current?.focus();
  };
  return (
    <>
      <button ref={button} type="button" onClick={() => input.current?.click()}>{label ?? t('import.open')}</button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json"
        hidden
        aria-label={label ?? t('import.open')}
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (file) void prepare(file);
        }}
      />
      {state.step !== 'idle' && <ImportDialog state={state} onApply={apply} onClose={onClose} />}
    </>
  );
}
