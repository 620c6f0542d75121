import { normalizeTag } from '../../core/clip/normalize-tags.ts';
import { foldText } from '../../core/text/fold.ts';
import {
  VocabularyEntrySchema,
  type VocabularyEntry,
  type VocabularyEntryInput,
  type VocabularyKind,
} from '../../core/schemas/index.ts';
import type { BantinDb } from './bantin-db.ts';
import { RepositoryError } from './repository-error.ts';

// The `vocabulary` table: units, campaigns and places a user adds on top of
// the built-in gazetteer. The tagger reads all of it on every clip.

export const USER_ID_PREFIX = 'user:';

/** The user's entries, of one kind or all, by name. */
export async function listVocabulary(db: BantinDb, kind?: VocabularyKind): Promise<VocabularyEntry[]> {
  const rows = kind ? await db.vocabulary.where('kind').equals(kind).toArray() : await db.vocabulary.toArray();
  const collator = new Intl.Collator('vi');
  return rows.sort((a, b) => collator.compare(a.name, b.name));
}

/** A stable id from kind and name: "user:unit:chi-cuc-hai-quan-tan-thanh". */
export function userVocabularyId(kind: VocabularyKind, name: string): string {
  const slug = foldText(normalizeTag(name)).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
  return `${USER_ID_PREFIX}${kind}:${slug || 'entry'}`;
}

/** Validates and stores an entry (a new one gets a "user:" id); returns it as stored. */
export async function saveVocabularyEntry(db: BantinDb, input: Omit<VocabularyEntryInput, 'id'> & { id?: string }): Promise<VocabularyEntry> {
  const id = input.id?.trim() || userVocabularyId(input.kind, input.name);
  const parsed = VocabularyEntrySchema.safeParse({
    ...input,
    id,
    name: normalizeTag(input.name ?? ''),
    aliases: [...new Set((input.aliases ?? []).map(normalizeTag).filter(Boolean))],
  });
  if (!parsed.success) throw new RepositoryError('invalid-vocabulary', parsed.error.issues[0]?.message);
  await db.vocabulary.put(parsed.data);
  return parsed.data;
}

/** Deletes an entry and returns it, so the UI can undo with `saveVocabularyEntry`. */
export async function deleteVocabularyEntry(db: BantinDb, id: string): Promise<VocabularyEntry | undefined> {
  return db.transaction('rw', db.vocabulary, async () => {
    const entry = await db.vocabulary.get(id);
    if (entry) await db.vocabulary.delete(id);
    return entry;
  });
}
