import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { BantinDb } from '../../platform/db/bantin-db.ts';
import type { SendMessage } from '../../platform/messaging/send-message.ts';
import type { LibrarySearch } from '../../platform/search/library-search.ts';

// What the library page reaches outside itself: the database, its search
// (a worker in the extension, the page in tests) and the background.

export interface LibraryServices {
  db: BantinDb;
  search: LibrarySearch;
  send: SendMessage;
}

export const LibraryServicesContext = createContext<LibraryServices | undefined>(undefined);

export function useLibraryServices(): LibraryServices {
  const services = useContext(LibraryServicesContext);
  if (!services) throw new Error('LibraryServicesContext is not provided');
  return services;
}
