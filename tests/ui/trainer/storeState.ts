/**
 * Server rendering (renderToStaticMarkup) reads a zustand store's *initial* state, not its
 * current one. These helpers set both, so a render test can show the UI in a given state, and
 * put both back afterwards.
 */
import type { StoreApi } from 'zustand';

interface Saved {
  store: StoreApi<object>;
  initial: object;
}
const saved: Saved[] = [];

/** Sets `patch` as the store's state for the next server render (and for `getState`). */
export function setRenderState<S extends object>(store: StoreApi<S>, patch: Partial<S>): void {
  const initial = store.getInitialState();
  if (!saved.some((s) => s.store === store)) {
    saved.push({ store: store as StoreApi<object>, initial: { ...initial } });
  }
  store.setState(patch);
  Object.assign(initial, patch);
}

/** Puts every store touched by `setRenderState` back as it was. */
export function restoreRenderState(): void {
  for (const { store, initial } of saved.splice(0)) {
    Object.assign(store.getInitialState(), initial);
    store.setState(initial, true);
  }
}
