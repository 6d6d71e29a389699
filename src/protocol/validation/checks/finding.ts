import type { Message } from '../../../i18n/message';
import type { PathKey } from '../issue';

/** A problem found by a check that spans several fields of a schema-valid protocol. */
export interface Finding {
  /** error: the protocol cannot be used; warning: it can, but probably not as meant. */
  level: 'error' | 'warning';
  path: PathKey[];
  message: Message;
}

export const error = (path: PathKey[], message: Message): Finding => ({
  level: 'error',
  path,
  message,
});

export const warning = (path: PathKey[], message: Message): Finding => ({
  level: 'warning',
  path,
  message,
});
