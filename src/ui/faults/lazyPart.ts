/**
 * A part of the app loaded on demand (React.lazy) that can be loaded again after a failure.
 * React keeps a lazy component's first failure for good, so a retry needs a fresh lazy
 * component; and a failed load is tagged as a ChunkLoadError so boundaries can tell "the code did
 * not arrive" (offer a retry) from "the code crashed".
 */
import { createElement, lazy, type ComponentType } from 'react';

/** The code of a part of the app could not be loaded (network, server, a redeploy). */
export class ChunkLoadError extends Error {
  override readonly name = 'ChunkLoadError';
  constructor(cause: unknown) {
    super(cause instanceof Error ? cause.message : String(cause), { cause });
  }
}

/** Runs a dynamic import; a failure comes back as a ChunkLoadError. */
export function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw error instanceof ChunkLoadError ? error : new ChunkLoadError(error);
  });
}

/** The address of the module a failed dynamic import names (Chromium and Firefox name it). */
export function failedModuleUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error);
  const url = /dynamically imported module:?\s+(\S+)/.exec(message)?.[1];
  if (url === undefined) return null;
  try {
    const parsed = new URL(url, window.location.href);
    return parsed.origin === window.location.origin ? parsed.href : null;
  } catch {
    return null;
  }
}

let attempt = 0;

/**
 * Loads again after a failure. The browser remembers a module that failed to load and fails the
 * same import again at once, so the module the error names is fetched under a fresh address
 * (`?retry=n`); a chunk that failed as a dependency of it is remembered too, and needs a reload
 * of the page (see needsPageReload).
 */
export function loadAgainAfter<T>(error: unknown, load: () => Promise<T>): () => Promise<T> {
  const url = failedModuleUrl(error);
  if (url === null) return load;
  attempt += 1;
  const fresh = new URL(url);
  fresh.searchParams.set('retry', String(attempt));
  return () => import(/* @vite-ignore */ fresh.href) as Promise<T>;
}

/**
 * Whether a reload of the page may be needed to bring the code back: the module the error names
 * did arrive, so one it imports did not, and a browser may keep that failure for the page's
 * life (loading the named module again under a fresh address still imports it from its old one).
 * Chromium kept some such failures and not others in the chunk sweep, so this says "may".
 */
export function needsPageReload(error: unknown): boolean {
  const url = failedModuleUrl(error);
  if (url === null || typeof performance === 'undefined') return false;
  return performance.getEntriesByName(url).some((entry) => {
    const status = (entry as PerformanceResourceTiming).responseStatus;
    return status >= 200 && status < 300;
  });
}

export interface LazyPart<P extends object> {
  Component: ComponentType<P>;
  /** Forget a failed load, so the next render imports the code again. */
  reload: () => void;
}

/**
 * `load` imports the module, `pick` takes the component from it (also from the same module
 * loaded again under a fresh address after a failure).
 */
export function lazyPart<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): LazyPart<P> {
  let lastError: unknown = null;
  const track = (run: () => Promise<M>) =>
    lazy(() =>
      loadChunk(run).then(
        (module) => ({ default: pick(module) }),
        (error: unknown) => {
          lastError = error;
          throw error;
        },
      ),
    );
  let current = track(load);
  function Part(props: P) {
    return createElement(current, props);
  }
  return {
    Component: Part,
    reload: () => {
      current = track(loadAgainAfter(lastError, load));
    },
  };
}
