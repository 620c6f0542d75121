import { useEffect, useState } from 'preact/hooks';
import { bundleIdFromHash } from '../../platform/bundles/composer-url.ts';
import { LanguageProvider } from '../i18n/language-context.tsx';
import { BundlesHome } from './bundles-home.tsx';
import { BundleComposer } from './composer/bundle-composer.tsx';
import './bundles.css';
import './composer/composer.css';

function useHash(): string {
  const [hash, setHash] = useState(() => location.hash);
  useEffect(() => {
    const changed = () => setHash(location.hash);
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return hash;
}

/** The bundles page: the composer of #bundle=<id>, else the list of bundles. */
export function BundlesApp() {
  const id = bundleIdFromHash(useHash());
  return <LanguageProvider>{id ? <BundleComposer key={id} bundleId={id} /> : <BundlesHome />}</LanguageProvider>;
}
