/** Runs axe-core (injected from node_modules, no network) in the page. */
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export interface AxeViolation {
  id: string;
  impact: 'minor' | 'moderate' | 'serious' | 'critical' | null;
  help: string;
  /** CSS selectors of the offending nodes. */
  targets: string[];
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | null = null;

/**
 * The WCAG 2.x A/AA and best-practice violations axe finds on the page as it is now. Tests
 * usually assert that none are serious or critical (see `seriousViolations`).
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
  // Evaluated through the DevTools protocol, not as an inline <script>: the app's
  // Content-Security-Policy rightly forbids inline scripts, and the test must not weaken it.
  await page.evaluate(await axeSource);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof import('axe-core') }).axe;
    const result = await axe.run(document, {
      runOnly: {
        type: 'tag',
        values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'],
      },
      resultTypes: ['violations'],
    });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact ?? null,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.join(' ')),
    }));
  });
}

export function seriousViolations(violations: readonly AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Fails, naming `where` and each violation, when axe finds a serious or critical one. */
export async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const serious = seriousViolations(await runAxe(page));
  expect(
    serious.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.targets.join(', ')})`),
    where,
  ).toEqual([]);
}
