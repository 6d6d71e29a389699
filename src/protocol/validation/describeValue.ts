/**
 * A value from an untrusted document, described in a few plain words for a message: the value
 * itself as written in the file (text, number, true/false), or a message for what cannot be shown.
 */
import { message, type Message } from '../../i18n/message';

const MAX_SHOWN_CHARS = 40;

export function describeValue(value: unknown): string | Message {
  if (value === null) return message('files:value.null');
  if (Array.isArray(value)) return message('files:value.list', { count: value.length });
  switch (typeof value) {
    case 'string':
      if (value.trim() === '') {
        return message(value === '' ? 'files:value.emptyText' : 'files:value.spaces');
      }
      return value.length > MAX_SHOWN_CHARS
        ? `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}…`
        : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return message('files:value.group');
    case 'undefined':
      return message('files:value.nothing');
    default:
      return message('files:value.other', { type: typeof value });
  }
}
