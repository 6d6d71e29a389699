/**
 * Launching Chromium with software WebGL through SwiftShader and no background traffic, and
 * opening the app in a fresh page. Tests keep vsync and the frame cap, as a user's browser has
 * them: uncapped, a page that animates without pause (the blood at rest) queues frames faster
 * than the software GPU draws them and stalls for a minute. The bench lifts the cap
 * (`UNCAPPED_ARGS`, as the perf recipe says) so frame times are not snapped to 16.7 ms.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { collectProblems, type ProblemCollector } from './collector';
import { watchCsp } from './csp';
import { findChromium } from './findChromium';

export const CHROMIUM_ARGS: readonly string[] = [
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** For measuring frame times (the bench): no vsync, no frame cap. */
export const UNCAPPED_ARGS: readonly string[] = [
  '--disable-gpu-vsync',
  '--disable-frame-rate-limit',
];

export const VIEWPORT = { width: 1280, height: 720 } as const;

export interface LaunchOptions {
  /** Extra Chromium flags, e.g. `--disable-webgl` to test the text fallback, `UNCAPPED_ARGS`. */
  extraArgs?: readonly string[];
}

/** A headless Chromium (`--headless=new`) drawing WebGL with SwiftShader. */
export function launchBrowser(options: LaunchOptions = {}): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    headless: true,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
  });
}

let shared: Promise<Browser> | null = null;

/** One browser per test file, launched on first use; close it with `closeSharedBrowser`. */
export function sharedBrowser(): Promise<Browser> {
  shared ??= launchBrowser();
  return shared;
}

export async function closeSharedBrowser(): Promise<void> {
  const current = shared;
  shared = null;
  if (current !== null) await (await current).close();
}

export interface OpenAppOptions {
  /** The browser to use; the shared one by default. */
  browser?: Browser;
  viewport?: { width: number; height: number };
  /** Emulate `prefers-reduced-motion: reduce`. */
  reducedMotion?: boolean;
  /** A touch screen (touch events and `pointer: coarse`), as on a phone. */
  touch?: boolean;
  /** Runs before the first navigation, e.g. to route requests (`page.route`). */
  beforeGoto?: (page: Page) => Promise<void>;
  /** Another server's origin than the shared static one (the classroom server). */
  baseUrl?: string;
  /**
   * Whether the app's service worker may register. Blocked by default: a worker serves the
   * files it precached and bypasses `page.route` (the fault sweeps answer chunks with 404);
   * tests/e2e/offline.test.ts allows it.
   */
  serviceWorkers?: 'allow' | 'block';
}

export interface AppPage {
  page: Page;
  context: BrowserContext;
  /** Console errors, page errors, failed and off-origin requests seen since the page opened. */
  problems: ProblemCollector;
  close(): Promise<void>;
}

/**
 * Opens `path` of the served app in a fresh context (1280×720, device scale factor 1, no service
 * worker unless asked) and waits for the load event. The collector (with CSP violations) is
 * attached before navigation, so it sees everything.
 */
export async function openApp(path = '/', options: OpenAppOptions = {}): Promise<AppPage> {
  const baseUrl = options.baseUrl ?? inject('baseUrl');
  const browser = options.browser ?? (await sharedBrowser());
  const context = await browser.newContext({
    viewport: options.viewport ?? VIEWPORT,
    deviceScaleFactor: 1,
    reducedMotion: options.reducedMotion === true ? 'reduce' : 'no-preference',
    hasTouch: options.touch === true,
    serviceWorkers: options.serviceWorkers ?? 'block',
  });
  const page = await context.newPage();
  const problems = collectProblems(page, new URL(baseUrl).origin);
  await watchCsp(page, problems);
  await options.beforeGoto?.(page);
  await page.goto(new URL(path, `${baseUrl}/`).href, { waitUntil: 'load' });
  return { page, context, problems, close: () => context.close() };
}
