// Long work (indexing 50,000 clips) runs in slices; between slices the page
// or worker answers queries and paints. `scheduler.yield` resumes ahead of
// other queued tasks where the browser has it; elsewhere a macrotask.

type SchedulerLike = { yield?: () => Promise<void> };

export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: SchedulerLike }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
