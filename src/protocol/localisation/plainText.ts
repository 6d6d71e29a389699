/**
 * Translations are plain text, shown as written: no message syntax (ICU `{count}`, i18next
 * `{{name}}`), no printf placeholders (`%s`, `%1$d`), no markup (`<b>`). A placeholder would be
 * shown raw to the reader, and markup is never rendered.
 */
const NOT_PLAIN = [/[{}]/, /%(?:\d+\$)?[sd@]\b/, /<\/?[A-Za-z][^<>]*>/];

/** The first placeholder or piece of markup in `text`, or null when it is plain. */
export function firstNonPlain(text: string): string | null {
  for (const pattern of NOT_PLAIN) {
    const found = pattern.exec(text);
    if (found) return found[0];
  }
  return null;
}
