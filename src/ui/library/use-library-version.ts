import { useEffect, useState } from 'preact/hooks';
import { watchClipChanges } from '../../platform/db/watch-clip-changes.ts';
import { useLibraryServices } from './library-services.ts';

/** A number that grows whenever clips change (here, in the background or in another tab). */
export function useLibraryVersion(): number {
  const { db } = useLibraryServices();
  const [version, setVersion] = useState(0);
  useEffect(() => watchClipChanges(db, () => setVersion((v) => v + 1)), [db]);
  return version;
}
