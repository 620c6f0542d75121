import { render } from 'preact';
import { browserPopupServices } from '../../src/ui/popup/browser-popup-services.ts';
import { PopupApp } from '../../src/ui/popup/popup-app.tsx';
import { PopupServicesContext } from '../../src/ui/popup/popup-services.ts';
import { LanguageProvider } from '../../src/ui/i18n/language-context.tsx';
import { RememberLanguage, rememberedLanguage } from '../../src/ui/shared/remembered-language.tsx';
import '../../src/ui/styles/theme.css';
import '../../src/ui/popup/popup.css';

// Rendered synchronously, before any storage or message answers: the shell
// paints at once and fills in as the background and the database reply.
render(
  <LanguageProvider initial={rememberedLanguage()}>
    <RememberLanguage />
    <PopupServicesContext.Provider value={browserPopupServices()}>
      <PopupApp />
    </PopupServicesContext.Provider>
  </LanguageProvider>,
  document.getElementById('app')!,
);
performance.mark('bantin:popup-rendered');
