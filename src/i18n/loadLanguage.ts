/**
 * Catalogs of the languages other than English, each namespace its own chunk, fetched only when
 * the language is chosen (Vite's import.meta.glob; English is bundled by `resources.ts`).
 */
import { i18n } from './instance';
import type { Language } from './languages';

const LAZY = import.meta.glob<Record<string, unknown>>(
  ['./locales/*/*.json', '!./locales/en/*.json'],
  { import: 'default' },
);

export async function loadLanguage(language: Language): Promise<void> {
  if (language === 'en') return;
  const prefix = `./locales/${language}/`;
  await Promise.all(
    Object.entries(LAZY)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([path, load]) => {
        const namespace = path.slice(prefix.length, -'.json'.length);
        if (i18n.hasResourceBundle(language, namespace)) return;
        i18n.addResourceBundle(language, namespace, await load(), true, true);
      }),
  );
}
