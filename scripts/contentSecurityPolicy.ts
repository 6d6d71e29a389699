/**
 * The Content-Security-Policy of the production build, and the Vite plugin that writes it into
 * every built page as a `<meta http-equiv>` (the dev server stays without one, for HMR). No
 * remote origin anywhere: the app loads only its own files. Each relaxation says why it is here;
 * tests/e2e/security.test.ts fails on any `securitypolicyviolation`.
 */
import type { Plugin } from 'vite';

export const CSP_DIRECTIVES: Readonly<Record<string, readonly string[]>> = {
  'default-src': ["'self'"],
  // 'wasm-unsafe-eval': three's meshopt decoder (the leg model's compression) compiles WebAssembly,
  // and so does the camera check's hand detector (its wasm is served from the app's origin).
  'script-src': ["'self'", "'wasm-unsafe-eval'"],
  // 'unsafe-inline': leva (the ?tune panel) injects its stylesheet as a <style> element.
  'style-src': ["'self'", "'unsafe-inline'"],
  // blob: the exported protocol file is a blob: URL (a download, but some browsers check it).
  'img-src': ["'self'", 'data:', 'blob:'],
  'connect-src': ["'self'"],
  'font-src': ["'self'"],
  // The zone-baking and trace workers, and the service worker that keeps the app offline.
  'worker-src': ["'self'"],
  // The web app manifest (installing the app; scripts/offlineApp.ts).
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
};

export function contentSecurityPolicy(
  directives: Readonly<Record<string, readonly string[]>> = CSP_DIRECTIVES,
): string {
  return Object.entries(directives)
    .map(([name, sources]) => `${name} ${sources.join(' ')}`)
    .join('; ');
}

/** Adds the policy as the first element of every page's <head> in `vite build`. */
export function cspPlugin(): Plugin {
  return {
    name: 'proximal-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy() },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
