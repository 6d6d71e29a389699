/** Opening protocol files in the app the way a user does: Read mode's file picker. */
import type { Page } from 'playwright-core';
import document from '../../../src/protocol/defaultProtocol.json';

/** The built-in protocol's document with some fields replaced. */
export function protocolDocument(changes: Record<string, unknown>): Record<string, unknown> {
  return { ...structuredClone(document), ...changes };
}

/** Switches to Read mode and chooses a file in the protocol picker. */
export async function chooseProtocolFile(
  page: Page,
  name: string,
  contents: string | Buffer,
): Promise<void> {
  await page.click('[data-testid=mode-read]');
  await page.setInputFiles('[data-testid=protocol-file-input]', {
    name,
    mimeType: 'application/json',
    buffer: typeof contents === 'string' ? Buffer.from(contents, 'utf8') : contents,
  });
}
