import { composerHref } from '../../../platform/bundles/composer-url.ts';
import { useMessages } from '../../i18n/use-messages.ts';
import { ImportButton } from '../import/import-button.tsx';
import { composerMessages } from './composer-messages.ts';
import { SaveStatus } from './save-status.tsx';
import type { SaveState } from './use-bundle-editor.ts';

export const LIBRARY_PAGE = '/library.html';

/** The composer's top bar: back to the library or the list, autosave state, import. */
export function ComposerTop({ save }: { save?: SaveState }) {
  const t = useMessages(composerMessages);
  return (
    <header class="composer-top">
      <nav class="composer-nav">
        <a href={LIBRARY_PAGE}>← {t('nav.library')}</a>
        <a href={composerHref()}>{t('nav.bundles')}</a>
      </nav>
      {save && <SaveStatus save={save} />}
      <ImportButton />
    </header>
  );
}
