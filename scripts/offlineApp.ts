/**
 * Offline and installable (vite-plugin-pwa, Workbox's generateSW): the web app manifest and a
 * service worker that precaches every built file (the page, every JS and CSS chunk, lazy ones
 * included, the leg model and the icons), so after one visit the app opens and plays with no
 * network. The worker waits when a new version arrives (`registerType: 'prompt'`): the page
 * offers the update (src/ui/offline/) and never reloads by itself. The dev server runs without
 * a worker, and so does the bench (a worker downloading the precache in the background would
 * weigh on the frame times it measures).
 */
import type { PluginOption } from 'vite';
import { VitePWA } from 'vite-plugin-pwa';
import { HAND_DETECTOR_DIR } from './handDetectorFiles';

/** The header's blue (index.html, `.boot-header`) and the page's white. */
export const THEME_COLOUR = '#0b3d91';
const BACKGROUND_COLOUR = '#ffffff';

/**
 * Every built file the app may need offline; the language catalogs are JS chunks too. (The
 * plugin adds the web app manifest itself.)
 */
const PRECACHE_GLOB = '**/*.{html,js,css,svg,png,glb,wasm}';

/**
 * The camera check's hand detector (12.8 MB, scripts/handDetectorFiles.ts) is opt-in: fetched
 * only when the learner chooses the check, never downloaded for everyone by the precache.
 */
const NOT_PRECACHED = [`${HAND_DETECTOR_DIR}/**`];

/**
 * Above the largest built file (three.js's chunk, the leg model at 0.9 MB): nothing is left out
 * for its size. tests/e2e/productionBuild.test.ts checks every built file is precached.
 */
const LARGEST_PRECACHED_BYTES = 8 * 1024 * 1024;

export function offlineAppPlugin(mode: string): PluginOption {
  return VitePWA({
    disable: mode === 'bench',
    // A minified worker without Workbox's logs in every build (the plugin would otherwise
    // follow NODE_ENV, which a build started from the test runner sets to "test").
    mode: 'production',
    registerType: 'prompt',
    // The page registers the worker itself (src/ui/offline/useOfflineApp.ts), after the load.
    injectRegister: false,
    devOptions: { enabled: false },
    // The icons are built files like any other: the glob precaches them once.
    includeManifestIcons: false,
    manifest: {
      name: 'Proximal — circulatory leg massage',
      short_name: 'Proximal',
      description:
        'Learn circulatory leg massage on an anatomical 3D leg. Health education, not a diagnosis.',
      // One manifest, in English: the browser reads it once, at install, and names the installed
      // app by it in every language of the page; per-language names (`name_localized`) are not
      // a standard yet. The page itself opens in the reader's language (`?lang=`, remembered).
      lang: 'en',
      dir: 'ltr',
      start_url: '/',
      scope: '/',
      display: 'standalone',
      theme_color: THEME_COLOUR,
      background_color: BACKGROUND_COLOUR,
      // Drawn from public/favicon.svg by `npm run icons` (scripts/pwaAssets.config.ts).
      icons: [
        { src: 'pwa-192x192.png', sizes: '192x192', type: 'image/png' },
        { src: 'pwa-512x512.png', sizes: '512x512', type: 'image/png' },
        {
          src: 'maskable-icon-512x512.png',
          sizes: '512x512',
          type: 'image/png',
          purpose: 'maskable',
        },
      ],
    },
    workbox: {
      globPatterns: [PRECACHE_GLOB],
      globIgnores: NOT_PRECACHED,
      maximumFileSizeToCacheInBytes: LARGEST_PRECACHED_BYTES,
      // The first worker takes the page it was installed from, so that page works offline
      // without a reload; an update still waits for the learner (no skipWaiting).
      clientsClaim: true,
      // Any address of the app (?mode=read, ?lang=…) opens the precached page.
      navigateFallback: 'index.html',
    },
  });
}
