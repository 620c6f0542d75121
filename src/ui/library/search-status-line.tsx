import type { SearchStatus } from '../../platform/search/search-service.ts';
import { useLanguage } from '../i18n/language-context.tsx';
import { useMessages } from '../i18n/use-messages.ts';
import { libraryMessages } from './messages.ts';

interface Props {
  status: SearchStatus;
  /** Words are being searched (not only facets). */
  searching: boolean;
  /** The last answer came from an index still being built. */
  partial: boolean;
}

/** How far the search index is, when it matters: opening, building, or unable to save. */
export function SearchStatusLine({ status, searching, partial }: Props) {
  const t = useMessages(libraryMessages);
  const lang = useLanguage();
  const parts: string[] = [];
  if (status.state === 'loading' && searching) parts.push(t('index.loading'));
  if (status.state === 'indexing') parts.push(t('index.indexing', { count: status.remaining.toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') }));
  if (searching && partial) parts.push(t('index.partial'));
  const problem = status.error ? t('index.not-saved', { reason: t(`error.${status.error}`) }) : '';
  if (parts.length === 0 && !problem) return null;
  return (
    <p class="search-status muted" role="status">
      {parts.join(' ')}
      {problem && <span class="warning"> {problem}</span>}
    </p>
  );
}
