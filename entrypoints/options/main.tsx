import { render } from 'preact';
import { LanguageProvider } from '../../src/ui/i18n/language-context.tsx';
import { browserOptionsServices } from '../../src/ui/options/browser-options-services.ts';
import { OptionsApp } from '../../src/ui/options/options-app.tsx';
import { OptionsServicesContext } from '../../src/ui/options/options-services.ts';
import { RememberLanguage, rememberedLanguage } from '../../src/ui/shared/remembered-language.tsx';
import '../../src/ui/styles/theme.css';
import '../../src/ui/options/options.css';

// The options page (opened in a tab): language, shortcut, digests, the
// user's vocabulary and storage.
render(
  <LanguageProvider initial={rememberedLanguage()}>
    <RememberLanguage />
    <OptionsServicesContext.Provider value={browserOptionsServices()}>
      <OptionsApp />
    </OptionsServicesContext.Provider>
  </LanguageProvider>,
  document.getElementById('app')!,
);
