/**
 * A domain module's message as the English reader sees it, for tests (`say`). The i18n
 * instance starts in English, the reference language. `sayIn` says it in another language,
 * with that language's catalogs read from the tree, and switches back to English.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { i18n } from '../../src/i18n/instance';
import type { Language } from '../../src/i18n/languages';
import type { Message } from '../../src/i18n/message';
import { say } from '../../src/i18n/say';
import { LOCALES_DIR, namespacesOf } from './catalogs';

export { say };

export async function sayIn(language: Language, message: Message): Promise<string> {
  for (const namespace of namespacesOf(language)) {
    if (i18n.hasResourceBundle(language, namespace)) continue;
    const file = join(LOCALES_DIR, language, `${namespace}.json`);
    i18n.addResourceBundle(language, namespace, JSON.parse(readFileSync(file, 'utf8')));
  }
  await i18n.changeLanguage(language);
  try {
    return say(message);
  } finally {
    await i18n.changeLanguage('en');
  }
}
