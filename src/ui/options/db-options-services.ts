import type { BantinDb } from '../../platform/db/bantin-db.ts';
import { countClips, listClipIds } from '../../platform/db/clips-repository.ts';
import { deleteVocabularyEntry, listVocabulary, saveVocabularyEntry } from '../../platform/db/vocabulary-repository.ts';
import type { OptionsServices } from './options-services.ts';

export type DbOptionsServices = Pick<OptionsServices, 'countClips' | 'clipIds'> & {
  vocabulary: Omit<OptionsServices['vocabulary'], 'builtin'>;
};

/**
 * The options services that read and write the library database. The page and
 * the test harness share them, so the tests run the page's own wiring to the
 * repositories; the rest (browser, settings area, gazetteer) differs between the two.
 */
export function dbOptionsServices(db: BantinDb): DbOptionsServices {
  return {
    countClips: () => countClips(db),
    clipIds: () => listClipIds(db),
    vocabulary: {
      list: () => listVocabulary(db),
      save: (input) => saveVocabularyEntry(db, input),
      remove: (id) => deleteVocabularyEntry(db, id),
    },
  };
}
