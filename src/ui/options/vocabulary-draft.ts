import { normalizeTag } from '../../core/clip/normalize-tags.ts';
import type { VocabularyEntry, VocabularyEntryInput, VocabularyKind } from '../../core/schemas/index.ts';
import { foldText } from '../../core/text/fold.ts';
import { userVocabularyId } from '../../platform/db/vocabulary-repository.ts';

// The vocabulary form edits a draft of plain strings (what the fields hold);
// checking it gives either the entry to store or what to fix, field by field.
// The repository validates again with VocabularyEntrySchema.

export type VocabularyInput = Omit<VocabularyEntryInput, 'id'> & { id?: string };

export interface VocabularyDraft {
  id?: string;
  kind: VocabularyKind;
  name: string;
  /** Other names, one per line (";" also separates). */
  aliases: string;
  /** The parent unit's name, as typed or chosen. */
  parent: string;
  /** YYYY-MM-DD or ''. */
  validFrom: string;
  validTo: string;
  note: string;
}

export type DraftField = 'name' | 'parent' | 'validTo';
export type DraftProblem = 'name-missing' | 'duplicate' | 'parent-unknown' | 'parent-self' | 'period-order';

/** A unit that may be a parent: the user's own first, then the built-in ones. */
export interface ParentChoice {
  id: string;
  name: string;
}

const sameName = (s: string) => normalizeTag(s).toLocaleLowerCase('vi');

export function emptyDraft(kind: VocabularyKind = 'unit'): VocabularyDraft {
  return { kind, name: '', aliases: '', parent: '', validFrom: '', validTo: '', note: '' };
}

export function draftOf(entry: VocabularyEntry, parentName: (id: string) => string | undefined): VocabularyDraft {
  return {
    id: entry.id,
    kind: entry.kind,
    name: entry.name,
    aliases: entry.aliases.join('\n'),
    parent: entry.parent ? (parentName(entry.parent) ?? '') : '',
    validFrom: entry.validFrom ?? '',
    validTo: entry.validTo ?? '',
    note: entry.note ?? '',
  };
}

/** Units to choose a parent from, one per name: the user's own win, then the ones still in being. */
export function parentChoices(user: readonly VocabularyEntry[], builtin: readonly VocabularyEntry[]): ParentChoice[] {
  const byName = new Map<string, ParentChoice>();
  const current = (e: VocabularyEntry) => !e.validTo;
  const builtinUnits = builtin.filter((e) => e.kind === 'unit').sort((a, b) => Number(current(b)) - Number(current(a)));
  for (const e of [...user.filter((u) => u.kind === 'unit'), ...builtinUnits]) {
    const key = sameName(e.name);
    if (!byName.has(key)) byName.set(key, { id: e.id, name: e.name });
  }
  return [...byName.values()];
}

const splitAliases = (text: string) => text.split(/[\n;]/).map(normalizeTag).filter(Boolean);

/** The entry to store, or the problems to show next to their fields. */
export function checkDraft(
  draft: VocabularyDraft,
  context: { entries: readonly VocabularyEntry[]; parents: readonly ParentChoice[] },
): { input?: VocabularyInput; problems: Partial<Record<DraftField, DraftProblem>> } {
  const problems: Partial<Record<DraftField, DraftProblem>> = {};
  const name = normalizeTag(draft.name);
  if (!name) problems.name = 'name-missing';
  else {
    // A new entry's id comes from its name without diacritics: a clash would overwrite another entry.
    const newId = draft.id ? undefined : userVocabularyId(draft.kind, name);
    const clash = context.entries.some((e) => e.id !== draft.id && ((e.kind === draft.kind && sameName(e.name) === sameName(name)) || e.id === newId));
    if (clash) problems.name = 'duplicate';
  }
  let parent: string | undefined;
  if (draft.kind === 'unit' && draft.parent.trim()) {
    parent = context.parents.find((p) => sameName(p.name) === sameName(draft.parent))?.id;
    if (!parent) problems.parent = 'parent-unknown';
    else if (parent === draft.id) problems.parent = 'parent-self';
  }
  if (draft.validFrom && draft.validTo && draft.validTo < draft.validFrom) problems.validTo = 'period-order';
  if (Object.keys(problems).length > 0) return { problems };
  const aliases = [...new Set(splitAliases(draft.aliases).filter((a) => sameName(a) !== sameName(name)))];
  const note = draft.note.trim();
  return {
    problems,
    input: {
      ...(draft.id ? { id: draft.id } : {}),
      kind: draft.kind,
      name,
      aliases,
      ...(parent ? { parent } : {}),
      ...(draft.validFrom ? { validFrom: draft.validFrom } : {}),
      ...(draft.validTo ? { validTo: draft.validTo } : {}),
      ...(note ? { note } : {}),
    },
  };
}

/** The built-in entry of the same kind that already has one of the draft's names (accents aside). */
export function knownBuiltin(draft: Pick<VocabularyDraft, 'kind' | 'name' | 'aliases'>, builtin: readonly VocabularyEntry[]): VocabularyEntry | undefined {
  const folded = (s: string) => foldText(normalizeTag(s));
  const names = new Set([draft.name, ...splitAliases(draft.aliases)].map(folded).filter(Boolean));
  if (names.size === 0) return undefined;
  return builtin.find((e) => e.kind === draft.kind && [e.name, ...e.aliases].some((n) => names.has(folded(n))));
}
