import type { SearchStatus } from '../../platform/search/search-service.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';

/** How far the search index is, when it matters: building, or unable to save. */
export function SearchStatusLine({ status, searching, partial }: { status: SearchStatus; searching: boolean; partial: boolean }) {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const number = (n: number) => n.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB');
  let text = '';
  if (status.state === 'loading' && searching) text = t('index.loading');
  else if (status.state === 'indexing') text = t('index.indexing', { count: number(status.remaining) });
  if (searching && partial && status.state !== 'indexing') text = t('index.partial');
  const problem = status.error ? t('index.not-saved', { reason: t(`error.${status.error}`) }) : '';
  if (!text && !problem) return null;
  return (
    <p class="search-status muted" role="status">
      {text}
      {text && partial && searching && status.state === 'indexing' ? ` ${t('index.partial')}` : ''}
      {problem && <span class="warning"> {problem}</span>}
    </p>
  );
}
