/**
 * Runs once before the e2e files: builds the e2e app (with its test hooks) if needed, serves
 * dist-e2e/ on 127.0.0.1 and hands
 * the URL to the tests (`inject('baseUrl')`). Also fails early when no Chromium is installed.
 */
import type { TestProject } from 'vitest/node';
import { ensureBuilt } from './build';
import { findChromium } from './findChromium';
import { E2E_DIST_DIR } from './paths';
import { serveStatic } from './staticServer';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Origin of the static server that serves the built app, without a trailing slash. */
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  findChromium();
  ensureBuilt('e2e');
  const server = await serveStatic(E2E_DIST_DIR);
  project.provide('baseUrl', server.url);
  return () => server.close();
}
