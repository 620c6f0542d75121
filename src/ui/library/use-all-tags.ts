import { useEffect, useState } from 'preact/hooks';
import { allTags } from '../../platform/db/clips-repository.ts';
import { useLibraryServices } from './library-services.ts';

/** Every tag in use (for completion), kept current as clips change. */
export function useAllTags(version: number): string[] {
  const { db } = useLibraryServices();
  const [tags, setTags] = useState<string[]>([]);
  useEffect(() => {
    let alive = true;
    allTags(db)
      .then((list) => alive && setTags(list))
      .catch(() => undefined);
    return () => {
      alive = false;
    };
  }, [db, version]);
  return tags;
}
