import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { VocabularyEntry } from '../../core/schemas/index.ts';
import type { StorageEstimateSummary } from '../../platform/db/persistent-storage.ts';
import type { SendMessage } from '../../platform/messaging/send-message.ts';
import type { Settings } from '../../platform/settings/settings.ts';
import type { VocabularyInput } from './vocabulary-draft.ts';

// What the options page asks of the browser, the settings and the library,
// behind one interface so tests hand in fakes and a database of their own.

export interface OptionsServices {
  settings: {
    load(): Promise<Settings>;
    save(change: Partial<Settings>): Promise<Settings>;
    /** Calls back on changes made anywhere; returns a stop function. */
    watch(onChange: (settings: Settings) => void): () => void;
  };
  /** The keys of the clip shortcut ('' when none is set). */
  shortcut(): Promise<string>;
  browserKind: 'chrome' | 'firefox';
  /** Chrome's page for extension shortcuts (chrome://extensions/shortcuts). */
  openShortcutSettings(): void;
  openLibrary(): void;
  storage: {
    estimate(): Promise<StorageEstimateSummary>;
    /** Asks to keep the library under storage pressure; true when granted. */
    persist(): Promise<boolean>;
  };
  countClips(): Promise<number>;
  clipIds(): Promise<string[]>;
  vocabulary: {
    list(): Promise<VocabularyEntry[]>;
    save(input: VocabularyInput): Promise<VocabularyEntry>;
    remove(id: string): Promise<VocabularyEntry | undefined>;
    /** The built-in gazetteer (for parents and names Bantin knows already). */
    builtin(): Promise<readonly VocabularyEntry[]>;
  };
  send: SendMessage;
}

export const OptionsServicesContext = createContext<OptionsServices | undefined>(undefined);

export function useOptionsServices(): OptionsServices {
  const services = useContext(OptionsServicesContext);
  if (!services) throw new Error('OptionsServicesContext is not provided');
  return services;
}
