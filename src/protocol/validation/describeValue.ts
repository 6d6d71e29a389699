/** A value from an untrusted document, described in a few plain words for a message. */

const MAX_SHOWN_CHARS = 40;

export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) {
    return value.length === 1 ? 'a list with 1 entry' : `a list with ${value.length} entries`;
  }
  switch (typeof value) {
    case 'string':
      if (value.trim() === '') return value === '' ? 'an empty text ""' : 'a text of only spaces';
      return value.length > MAX_SHOWN_CHARS
        ? `${JSON.stringify(value.slice(0, MAX_SHOWN_CHARS))}…`
        : JSON.stringify(value);
    case 'number':
    case 'boolean':
      return String(value);
    case 'object':
      return 'a group of fields { … }';
    case 'undefined':
      return 'nothing';
    default:
      return `a value of type ${typeof value}`;
  }
}
