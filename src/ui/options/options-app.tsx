import { useEffect } from 'preact/hooks';
import { useMessages } from '../i18n/use-messages.ts';
import { ClippingSection } from './clipping-section.tsx';
import { LanguageSection } from './language-section.tsx';
import { optionsMessages } from './messages.ts';
import { ShortcutSection } from './shortcut-section.tsx';
import { StorageSection } from './storage-section.tsx';
import { vocabularyMessages } from './vocabulary-messages.ts';
import { VocabularySection } from './vocabulary-section.tsx';

/** The options page: language, shortcut, clipping and digests, the user's vocabulary, storage. */
export function OptionsApp() {
  const t = useMessages(optionsMessages);
  const tv = useMessages(vocabularyMessages);
  const title = t('options.title');
  useEffect(() => {
    document.title = title;
  }, [title]);
  const contents = [
    ['language', t('language.title')],
    ['shortcut', t('shortcut.title')],
    ['clipping', t('clipping.title')],
    ['vocabulary', tv('vocab.title')],
    ['storage', t('storage.title')],
  ];
  return (
    <div class="options">
      <header class="options-header">
        <h1>{title}</h1>
        <nav aria-label={t('options.nav')}>
          <ul>
            {contents.map(([id, label]) => (
              <li key={id}>
                <a href={`#${id}`}>{label}</a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main>
        <LanguageSection />
        <ShortcutSection />
        <ClippingSection />
        <VocabularySection />
        <StorageSection />
      </main>
    </div>
  );
}
