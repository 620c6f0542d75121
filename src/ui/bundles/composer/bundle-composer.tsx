import { useMessages } from '../../i18n/use-messages.ts';
import { errorCode } from '../error-code.ts';
import { ComposerEditor } from './composer-editor.tsx';
import { composerMessages } from './composer-messages.ts';
import { ComposerTop } from './composer-top.tsx';
import { useComposerData } from './use-composer-data.ts';

/** bundles.html#bundle=<id>: the composer of one bundle, once it and its clips are read. */
export function BundleComposer({ bundleId }: { bundleId: string }) {
  const t = useMessages(composerMessages);
  const { data, reload } = useComposerData(bundleId);
  if (data.state === 'ready') {
    // A bundle changed elsewhere comes back with a new updatedAt: the editor starts over from it.
    return <ComposerEditor key={data.bundle.updatedAt} initial={data.bundle} clips={data.clips} onStoredChange={reload} />;
  }
  return (
    <div class="composer">
      <ComposerTop />
      {data.state === 'loading' && <p class="muted" role="status">{t('loading')}</p>}
      {data.state === 'missing' && <p class="error" role="alert">{t('not-found')}</p>}
      {data.state === 'failed' && <p class="error" role="alert">{t('load-failed', { reason: t(errorCode(data.error)) })}</p>}
    </div>
  );
}
