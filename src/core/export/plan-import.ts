import { cleanUrl } from '../extract/clean-url.ts';
import type { Bundle, BundleFile, ExportedClip, VocabularyEntry } from '../schemas/index.ts';
import { mergeDuplicate, type DuplicateClip, type MatchReason } from './merge-duplicate.ts';

// Importing a colleague's bundle or a backup is planned here, purely, and
// applied by the database helper in one transaction after the user saw the
// preview (summarizeImportPlan). Nothing of ours is overwritten: duplicates
// merge into our clip, bundles and clips whose id is taken get a new one.

export interface ImportExisting {
  clips: ExportedClip[];
  bundleIds: string[];
  vocabularyIds?: string[];
}

export interface ImportOptions {
  /** Stamps `updatedAt` of merged clips; default their own. */
  now?: string;
}

export interface ImportPlan {
  scope: BundleFile['scope'];
  /** Clips to add (ids remapped where the incoming id was taken by another article). */
  newClips: ExportedClip[];
  duplicates: DuplicateClip[];
  /** The final state of each library clip that a merge changes, one per clip. */
  updatedClips: ExportedClip[];
  /** Bundles to add, their items pointing at library ids. */
  bundles: Bundle[];
  renamedBundles: { from: string; to: string }[];
  vocabulary: VocabularyEntry[];
  /** Incoming clip id → the id it has in the library, where they differ. */
  idMap: Record<string, string>;
}

/** An id not in `taken`: the id itself, else id-2, id-3… */
function freeId(id: string, taken: Set<string>): string {
  if (!taken.has(id)) return id;
  let n = 2;
  while (taken.has(`${id}-${n}`)) n++;
  return `${id}-${n}`;
}

/** The address two copies of one article share; a non-web address compares as written. */
function addressKey(c: ExportedClip): string {
  const raw = (c.canonicalUrl || c.url).trim();
  return cleanUrl(raw) ?? raw;
}

function remapBundle(bundle: Bundle, id: string, idMap: Map<string, string>): Bundle {
  const to = (clipId: string) => idMap.get(clipId) ?? clipId;
  return {
    ...bundle,
    id,
    sections: bundle.sections.map((s) => ({
      ...s,
      items: s.items.map((item) => {
        const clipId = to(item.clipId);
        const alsoClipIds = [...new Set(item.alsoClipIds.map(to))].filter((a) => a !== clipId);
        return { ...item, clipId, alsoClipIds };
      }),
    })),
  };
}

/** What importing `incoming` into the library would do. Pure: the library is not touched. */
export function planImport(incoming: BundleFile, existing: ImportExisting, options: ImportOptions = {}): ImportPlan {
  // Cleaning an address parses it: each clip's is cleaned once, not at every comparison.
  const keys = new WeakMap<ExportedClip, string>();
  const urlKey = (c: ExportedClip) => {
    let key = keys.get(c);
    if (key === undefined) keys.set(c, (key = addressKey(c)));
    return key;
  };
  const current = new Map(existing.clips.map((c) => [c.id, c]));
  const byUrl = new Map<string, string>();
  const byFingerprint = new Map<string, string>();
  for (const c of existing.clips) {
    if (!byUrl.has(urlKey(c))) byUrl.set(urlKey(c), c.id);
    if (c.fingerprint && !byFingerprint.has(c.fingerprint)) byFingerprint.set(c.fingerprint, c.id);
  }
  const takenIds = new Set(current.keys());
  const idMap = new Map<string, string>();
  const newClips: ExportedClip[] = [];
  const duplicates: DuplicateClip[] = [];
  const updated = new Set<string>();

  for (const clip of incoming.clips) {
    const sameId = current.get(clip.id);
    let match: [string, MatchReason] | null = null;
    if (sameId && (urlKey(sameId) === urlKey(clip) || (clip.fingerprint && sameId.fingerprint === clip.fingerprint))) match = [clip.id, 'id'];
    else if (byUrl.has(urlKey(clip))) match = [byUrl.get(urlKey(clip))!, 'canonical-url'];
    else if (clip.fingerprint && byFingerprint.has(clip.fingerprint)) match = [byFingerprint.get(clip.fingerprint)!, 'fingerprint'];

    if (match) {
      const [localId, matchedBy] = match;
      const dup = mergeDuplicate(current.get(localId)!, clip, matchedBy, options.now);
      duplicates.push(dup);
      current.set(localId, dup.merged);
      if (dup.changed) updated.add(localId);
      if (localId !== clip.id) idMap.set(clip.id, localId);
      continue;
    }
    // A new article; a second copy later in the same file then merges into it.
    const id = freeId(clip.id, takenIds);
    takenIds.add(id);
    if (id !== clip.id) idMap.set(clip.id, id);
    const added = id === clip.id ? clip : { ...clip, id };
    newClips.push(added);
    byUrl.set(urlKey(added), id);
    if (added.fingerprint) byFingerprint.set(added.fingerprint, id);
    current.set(id, added);
  }

  // A clip new to the library that a later copy merged into is added in its merged state.
  const newIds = new Set(newClips.map((c) => c.id));
  const finalNew = newClips.map((c) => current.get(c.id)!);
  const updatedClips = [...updated].filter((id) => !newIds.has(id)).map((id) => current.get(id)!);

  const takenBundles = new Set(existing.bundleIds);
  const renamedBundles: { from: string; to: string }[] = [];
  const bundles = incoming.bundles.map((b) => {
    const id = freeId(b.id, takenBundles);
    takenBundles.add(id);
    if (id !== b.id) renamedBundles.push({ from: b.id, to: id });
    return remapBundle(b, id, idMap);
  });

  const knownVocabulary = new Set(existing.vocabularyIds ?? []);
  const vocabulary = incoming.vocabulary.filter((v) => !knownVocabulary.has(v.id));

  return {
    scope: incoming.scope,
    newClips: finalNew,
    duplicates,
    updatedClips,
    bundles,
    renamedBundles,
    vocabulary,
    idMap: Object.fromEntries(idMap),
  };
}
