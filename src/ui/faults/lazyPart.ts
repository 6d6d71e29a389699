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

export interface LazyPart<P extends object> {
  Component: ComponentType<P>;
  /** Forget a failed load, so the next render imports the code again. */
  reload: () => void;
}

export function lazyPart<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
): LazyPart<P> {
  let current = lazy(() => loadChunk(load));
  function Part(props: P) {
    return createElement(current, props);
  }
  return {
    Component: Part,
    reload: () => {
      current = lazy(() => loadChunk(load));
    },
  };
}
