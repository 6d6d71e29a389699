/**
 * A sentence as domain modules return it: a catalog key and its parameters, never words. The UI
 * turns it into text in the reader's language (`src/i18n/say.ts`). A parameter may itself be
 * a message ("the back of the {region}" inside "Keep the hands off {place}").
 */
export type MessageValue = string | number | Message | readonly Message[];

export interface Message {
  /** `namespace:path.to.key` in `src/i18n/locales/<lang>/<namespace>.json`. */
  key: string;
  values?: Readonly<Record<string, MessageValue>>;
}

export const message = (key: string, values?: Message['values']): Message =>
  values === undefined ? { key } : { key, values };

export function isMessage(value: unknown): value is Message {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { key?: unknown }).key === 'string'
  );
}
