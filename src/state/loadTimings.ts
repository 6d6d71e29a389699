/**
 * Named spans on the way to the first frame with the leg (`performance.measure` entries starting
 * `leg:`), written by the app and the bench's reference page alike and read by the bench:
 * download, parse, decode (meshopt, inside the parse), model (reading the leg model from the
 * scene), environment (prefiltering the environment light: its calls, not the GPU's work, which
 * the first draw waits for), compile (shaders) and first-draw (the first leg frame's render, GPU
 * finish included).
 * One `performance.measure` each: nothing kept, nothing when no one reads them.
 */
export type LoadSpan =
  'download' | 'parse' | 'decode' | 'model' | 'environment' | 'compile' | 'first-draw';

export function markLoadSpan(span: LoadSpan, start: number, end = performance.now()): void {
  if (typeof performance.measure !== 'function') return;
  performance.measure(`leg:${span}`, { start, end });
}
