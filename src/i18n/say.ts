/** A domain module's message in the current language; parameters that are messages first. */
import { t } from './instance';
import { isMessage, type Message } from './message';

export function say(message: Message): string {
  const values: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(message.values ?? {})) {
    values[name] = isMessage(value) ? say(value) : value;
  }
  return t(message.key, values);
}
