/**
 * Records what should never happen on a page: console errors, uncaught page errors, failed
 * requests (network failures and HTTP ≥ 400) and requests to any origin but the page's own.
 */
import type { Page } from 'playwright-core';

export interface ProblemCollector {
  consoleErrors: string[];
  pageErrors: string[];
  failedRequests: string[];
  offOriginRequests: string[];
  /** Content-Security-Policy violations (see csp.ts; recorded once `watchCsp` is attached). */
  cspViolations: string[];
  /** Everything above, one line each, labelled; empty when the page behaved. */
  all(): string[];
}

/** URL schemes that never leave the page (no network request to another origin). */
const LOCAL_SCHEMES = new Set(['data:', 'blob:', 'about:']);

export function collectProblems(page: Page, ownOrigin: string): ProblemCollector {
  const collector: ProblemCollector = {
    consoleErrors: [],
    pageErrors: [],
    failedRequests: [],
    offOriginRequests: [],
    cspViolations: [],
    all: () => [
      ...collector.consoleErrors.map((line) => `console error: ${line}`),
      ...collector.pageErrors.map((line) => `page error: ${line}`),
      ...collector.failedRequests.map((line) => `failed request: ${line}`),
      ...collector.offOriginRequests.map((line) => `off-origin request: ${line}`),
      ...collector.cspViolations.map((line) => `CSP violation: ${line}`),
    ],
  };
  page.on('console', (message) => {
    if (message.type() === 'error') {
      const { url, lineNumber } = message.location();
      collector.consoleErrors.push(`${message.text()} (${url}:${lineNumber})`);
    }
  });
  page.on('pageerror', (error) => {
    collector.pageErrors.push(error.stack ?? error.message);
  });
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!LOCAL_SCHEMES.has(url.protocol) && url.origin !== ownOrigin) {
      collector.offOriginRequests.push(request.url());
    }
  });
  page.on('requestfailed', (request) => {
    // Cancelled by the page itself (a part unmounted before its file arrived, as when the user
    // leaves Watch while the hands load): not a failure.
    if (request.failure()?.errorText === 'net::ERR_ABORTED') return;
    collector.failedRequests.push(`${request.url()} (${request.failure()?.errorText ?? 'failed'})`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) {
      collector.failedRequests.push(`${response.url()} (HTTP ${response.status()})`);
    }
  });
  return collector;
}
