import { useCallback, useEffect, useState } from 'preact/hooks';
import { formatViewHash, parseViewHash, type LibraryView } from './library-view.ts';

/**
 * The library view kept in the address's hash. Typing replaces the history
 * entry; opening a clip adds one, so Back closes the reader.
 */
export function useHashView(): [LibraryView, (next: LibraryView, options?: { push?: boolean }) => void] {
  const [view, setView] = useState(() => parseViewHash(location.hash));
  useEffect(() => {
    const onHash = () => setView(parseViewHash(location.hash));
    addEventListener('hashchange', onHash);
    addEventListener('popstate', onHash);
    return () => {
      removeEventListener('hashchange', onHash);
      removeEventListener('popstate', onHash);
    };
  }, []);
  const update = useCallback((next: LibraryView, options: { push?: boolean } = {}) => {
    const hash = formatViewHash(next);
    const url = `${location.pathname}${location.search}${hash}`;
    if (options.push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
    setView(next);
  }, []);
  return [view, update];
}
