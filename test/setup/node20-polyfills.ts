// Vitest 5 targets Node 22 and calls Map.groupBy / Object.groupBy while it
// reports failures; on Node 20 (this project's floor) that throws and hides
// the diff of a failing test. Loaded by vitest.config.ts in the main process
// and as a setup file in the workers.
type GroupBy = <K, T>(items: Iterable<T>, key: (item: T, index: number) => K) => Map<K, T[]>;

if (typeof (Map as unknown as { groupBy?: GroupBy }).groupBy !== 'function') {
  (Map as unknown as { groupBy: GroupBy }).groupBy = (items, key) => {
    const groups = new Map();
    let i = 0;
    for (const item of items) {
      const k = key(item, i++);
      const group = groups.get(k);
      if (group) group.push(item);
      else groups.set(k, [item]);
    }
    return groups;
  };
}
if (typeof (Object as unknown as { groupBy?: unknown }).groupBy !== 'function') {
  (Object as unknown as { groupBy: unknown }).groupBy = <T>(items: Iterable<T>, key: (item: T, index: number) => PropertyKey) => {
    const groups: Record<PropertyKey, T[]> = Object.create(null);
    let i = 0;
    for (const item of items) (groups[key(item, i++)] ??= []).push(item);
    return groups;
  };
}
export {};
