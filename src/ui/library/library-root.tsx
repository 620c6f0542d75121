import type { UiLanguage } from '../../core/i18n/translate.ts';
import { LanguageProvider } from '../i18n/language-context.tsx';
import { RememberLanguage } from '../shared/remembered-language.tsx';
import { LibraryApp } from './library-app.tsx';
import { LibraryServicesContext, type LibraryServices } from './library-services.ts';
import { ToastProvider } from './toast.tsx';
import './library.css';
import './reader/reader.css';

/** The library page with everything it needs around it: language, services, messages. */
export function LibraryRoot({ services, initialLanguage = 'vi' }: { services: LibraryServices; initialLanguage?: UiLanguage }) {
  return (
    <LanguageProvider initial={initialLanguage}>
      <RememberLanguage />
      <LibraryServicesContext.Provider value={services}>
        <ToastProvider>
          <LibraryApp />
        </ToastProvider>
      </LibraryServicesContext.Provider>
    </LanguageProvider>
  );
}
