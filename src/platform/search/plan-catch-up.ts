import type { SearchSourceProbe } from '../db/search-source.ts';

export interface CatchUpPlan {
  /** Clips to (re)index: new ones and those whose search version changed, newest first. */
  add: string[];
  /** Indexed clips that are no longer stored. */
  remove: string[];
}

/** What the index holding `indexed` (id → search version) must do to match the library. */
export function planCatchUp(indexed: ReadonlyMap<string, string>, probe: SearchSourceProbe): CatchUpPlan {
  const live = new Set(probe.ids);
  const remove: string[] = [];
  for (const id of indexed.keys()) if (!live.has(id)) remove.push(id);
  const add = probe.ids.filter((id) => indexed.get(id) !== (probe.unsettled.get(id) ?? ''));
  return { add, remove };
}
