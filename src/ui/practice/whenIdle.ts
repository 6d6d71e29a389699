/**
 * Runs a task once the page is idle, so work that would stall a first stroke (building the
 * vein network for the valve replay takes a moment) is done before the learner needs it.
 * Returns the function that cancels it.
 */
export function whenIdle(task: () => unknown): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(() => task(), { timeout: 3000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(() => task(), 1000);
  return () => clearTimeout(id);
}
