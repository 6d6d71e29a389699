/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

interface ImportMetaEnv {
  /**
   * True only in the builds made for browser tests and the bench (`vite build --mode e2e` or
   * `--mode bench`): the test hooks (`window.proximal`, the render, scene, practice and flow
   * probes) are mounted. Replaced by a constant at build time, so the user build (`npm run
   * build`) leaves them out entirely; tests/e2e/productionBuild.test.ts reads dist/ to prove it.
   */
  readonly TEST_HOOKS?: boolean;
}
