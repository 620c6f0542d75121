import { render } from 'preact';
import { browserPopupServices } from '../../src/ui/popup/browser-popup-services.ts';
import { PopupApp } from '../../src/ui/popup/popup-app.tsx';
import { PopupServicesContext } from '../../src/ui/popup/popup-services.ts';
import { LanguageProvider } from '../../src/ui/i18n/language-context.tsx';
import { RememberLanguage, rememberedLanguage } from '../../src/ui/shared/remembered-language.tsx';

// The styles are inlined in index.html, whose static shell may already be
// on screen. Rendered synchronously, before any storage or message answers,
// in place of that shell (in the same task, so no frame shows both): the
// popup is live at once and fills in as the background and the database reply.
const app = document.getElementById('app')!;
app.replaceChildren();
render(
  <LanguageProvider initial={rememberedLanguage()}>
    <RememberLanguage />
    <PopupServicesContext.Provider value={browserPopupServices()}>
      <PopupApp />
    </PopupServicesContext.Provider>
  </LanguageProvider>,
  app,
);
performance.mark('bantin:popup-rendered');
