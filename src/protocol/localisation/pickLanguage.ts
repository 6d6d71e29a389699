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
  // The undetermined language ('und') has no language subtag: nothing fits it.
  const language = locale.language as string | undefined;
  if (!language) return undefined;
  const withScript = locale.script ? `${language}-${locale.script}` : language;
  for (const wanted of [locale.baseName, withScript, language]) {
    const hit = available.find((a) => a.toLowerCase() === wanted.toLowerCase());
    if (hit !== undefined) return hit;
  }
  return undefined;
}
