/**
 * Content-Security-Policy violations as problems: every `securitypolicyviolation` event on the
 * page (a blocked script, style, request, eval…) is recorded by the collector, so any browser
 * test that expects no problems also expects no violations.
 */
import type { Page } from 'playwright-core';
import type { ProblemCollector } from './collector';

const BINDING = '__proximalCspViolation';

/** Runs in the page before its scripts (a string, so no bundler helper leaks into it). */
const LISTENER = `document.addEventListener('securitypolicyviolation', (event) => {
  window.${BINDING}(
    event.effectiveDirective + ' blocked ' + (event.blockedURI || '(inline)') +
      ' at ' + (event.sourceFile || '?') + ':' + event.lineNumber +
      (event.sample ? ' "' + event.sample + '"' : ''),
  );
});`;

export async function watchCsp(page: Page, collector: ProblemCollector): Promise<void> {
  await page.exposeBinding(BINDING, (_source, text: string) => {
    collector.cspViolations.push(text);
  });
  await page.addInitScript(LISTENER);
}
