/**
 * Registers the service worker made by vite-plugin-pwa (scripts/offlineApp.ts) once the page
 * has loaded, and tells the offline store what it does. A new version waits until the learner
 * presses Update; only then, once it has taken over, does this page reload. Another tab of the
 * app taken over by that update keeps running and keeps its notice (it never reloads by
 * itself). Without a worker (dev server, the bench, browsers that refuse it) the app simply
 * works online.
 */
import { registerSW } from 'virtual:pwa-register';
import { setActivateWaitingVersion, useOfflineStore } from './offlineStore';

/** How often an open page asks whether a new version was published. */
const UPDATE_CHECK_MS = 60 * 60 * 1000;

let reloading = false;

/** Reloads into the new version once it controls the page, and only if the learner asked. */
function reloadIfRequested(): void {
  if (reloading || !useOfflineStore.getState().updateRequested) return;
  reloading = true;
  window.location.reload();
}

export function startOfflineWorker(): void {
  const store = useOfflineStore.getState();
  // The plugin's own signal (onNeedReload) comes only when the page was controlled when it
  // registered; a page that installed the app and then got an update learns it from here.
  navigator.serviceWorker?.addEventListener('controllerchange', reloadIfRequested);
  const activate = registerSW({
    // After the load event: the worker's precaching never competes with the first frame.
    immediate: false,
    onOfflineReady: store.setOfflineReady,
    onNeedRefresh: store.setUpdateWaiting,
    onNeedReload: reloadIfRequested,
    onRegisteredSW: (_url, registration) => {
      if (registration === undefined) return;
      window.setInterval(() => {
        // Offline, or the server is away: ask again at the next interval.
        if (navigator.onLine) registration.update().catch(() => undefined);
      }, UPDATE_CHECK_MS);
    },
    // Nothing to tell: the app works as before, online.
    onRegisterError: () => undefined,
  });
  setActivateWaitingVersion(() => activate(true));
}
