/**
 * What the page knows about working offline: whether the service worker has stored the whole
 * app (after the first visit), and whether a new version is waiting. The worker is wired in by
 * `startOfflineWorker` (offlineWorker.ts); this store only holds what the notice shows and the
 * learner's answers, so it runs without a worker (unit tests, the dev server).
 */
import { create } from 'zustand';

export interface OfflineState {
  /** The whole app is stored: it opens and plays with no network from now on. */
  offlineReady: boolean;
  /** A new version is installed and waits for the learner's go-ahead. */
  updateWaiting: boolean;
  /** The learner closed the "available offline" note, or put the update off for now. */
  readyDismissed: boolean;
  updateDeferred: boolean;
  /** The learner asked for the new version: the page reloads once it has taken over. */
  updateRequested: boolean;
  setOfflineReady: () => void;
  setUpdateWaiting: () => void;
  dismissReady: () => void;
  deferUpdate: () => void;
  /** Lets the waiting version take over; the page reloads when it has (never before). */
  applyUpdate: () => void;
}

/** How the waiting version is told to take over; set by `startOfflineWorker`. */
let activateWaitingVersion: () => Promise<void> = () => Promise.resolve();

export function setActivateWaitingVersion(activate: () => Promise<void>): void {
  activateWaitingVersion = activate;
}

export const useOfflineStore = create<OfflineState>()((set) => ({
  offlineReady: false,
  updateWaiting: false,
  readyDismissed: false,
  updateDeferred: false,
  updateRequested: false,
  setOfflineReady: () => set({ offlineReady: true }),
  setUpdateWaiting: () => set({ updateWaiting: true, updateDeferred: false }),
  dismissReady: () => set({ readyDismissed: true }),
  deferUpdate: () => set({ updateDeferred: true }),
  applyUpdate: () => {
    set({ updateRequested: true });
    void activateWaitingVersion();
  },
}));
