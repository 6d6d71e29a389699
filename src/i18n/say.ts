/** A domain module's message in the current language; parameters that are messages first. */
import { i18n, t } from './instance';
import { isMessage, type Message, type MessageValue } from './message';

/** A list of messages, joined the way the language joins a list ("a, b and c"). */
function sayList(items: readonly Message[]): string {
  return new Intl.ListFormat(i18n.language, { type: 'unit' }).format(items.map(say));
}

function sayValue(value: MessageValue): string | number {
  if (Array.isArray(value)) return sayList(value as readonly Message[]);
  return isMessage(value) ? say(value) : (value as string | number);
}

export function say(message: Message): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) values[name] = sayValue(value);
  return t(message.key, values);
}
