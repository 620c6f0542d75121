import type { EntityResolution } from './merge-entities.ts';
import type { ImportPlan } from './plan-import.ts';

/** One line of the preview's "which entities differ" list. */
export interface DifferingEntity {
  clipId: string;
  title: string;
  type: string;
  text: string;
  /** The value as a reader sees it; "(bị loại)"-style wording is the UI's job, `rejected` says it. */
  local?: { value: string; status: string };
  incoming?: { value: string; status: string };
  resolution: EntityResolution;
}

export interface ImportSummary {
  newClips: number;
  duplicates: number;
  duplicatesBy: { id: number; canonicalUrl: number; fingerprint: number };
  /** Library clips the import changes (tags, notes, entities). */
  updatedClips: number;
  tagsAdded: number;
  notesMerged: number;
  entityDifferences: number;
  conflicts: number;
  bundles: number;
  renamedBundles: number;
  vocabulary: number;
  differingEntities: DifferingEntity[];
}

/** A value in one line: names as they are, figures and dates as compact JSON. */
const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value));

/** The counts and lists the import preview shows before anything is written. */
export function summarizeImportPlan(plan: ImportPlan): ImportSummary {
  const by = (m: string) => plan.duplicates.filter((d) => d.matchedBy === m).length;
  const differingEntities: DifferingEntity[] = plan.duplicates.flatMap((d) =>
    d.entityDifferences.map((diff) => {
      const row: DifferingEntity = {
        clipId: d.existingId,
        title: d.merged.title,
        type: (diff.local ?? diff.incoming)!.type,
        text: diff.text,
        resolution: diff.resolution,
      };
      if (diff.local) row.local = { value: show(diff.local.value), status: diff.local.status };
      if (diff.incoming) row.incoming = { value: show(diff.incoming.value), status: diff.incoming.status };
      return row;
    }),
  );
  return {
    newClips: plan.newClips.length,
    duplicates: plan.duplicates.length,
    duplicatesBy: { id: by('id'), canonicalUrl: by('canonical-url'), fingerprint: by('fingerprint') },
    updatedClips: plan.updatedClips.length,
    tagsAdded: plan.duplicates.reduce((n, d) => n + d.addedTags.length, 0),
    notesMerged: plan.duplicates.filter((d) => d.noteMerged).length,
    entityDifferences: differingEntities.length,
    conflicts: plan.duplicates.reduce((n, d) => n + d.conflicts.length, 0),
    bundles: plan.bundles.length,
    renamedBundles: plan.renamedBundles.length,
    vocabulary: plan.vocabulary.length,
    differingEntities,
  };
}
