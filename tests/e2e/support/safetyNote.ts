/**
 * The header's "health education, not a diagnosis" note, as the user sees it: its first sentence
 * in view, and the rest in the same header (in full where it has room, else a tap away).
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { SCREEN_TEXT, strings } from '../../../src/ui/strings';

export async function expectNotDiagnosisInHeader(page: Page): Promise<void> {
  const header = page.locator('header.app-header');
  const note = header.getByText(SCREEN_TEXT.notDiagnosisShort).first();
  await expect(note.isVisible(), 'the not-a-diagnosis line in view').resolves.toBe(true);
  const rest = strings.app.notDiagnosis.slice(SCREEN_TEXT.notDiagnosisShort.length).trim();
  await expect(header.textContent()).resolves.toContain(rest);
}
