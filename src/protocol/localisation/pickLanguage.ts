/**
 * Which of the available translations suits a language tag: the tag itself, else its language
 * with its script, else its language alone (`es-MX` → `es`, `de-AT` → `de`, `ar-EG` → `ar`).
 */
export function pickLanguage(tag: string, available: readonly string[]): string | undefined {
  let locale: Intl.Locale;
  try {
    locale = new Intl.Locale(tag);
  } catch {
    return undefined; // not a language tag: nothing fits
  }
  const withScript = locale.script ? `${locale.language}-${locale.script}` : locale.language;
  for (const wanted of [locale.baseName, withScript, locale.language]) {
    const hit = available.find((a) => a.toLowerCase() === wanted.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}
