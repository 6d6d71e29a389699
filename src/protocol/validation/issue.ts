import type { Message } from '../../i18n/message';

/**
 * A problem found in a protocol document, said so that a non-programmer can act on it: where
 * (a JSON path, the same in every language) and what (a catalog message with its parameters,
 * worded by the UI in the reader's language).
 */
export interface ValidationIssue {
  /** JSON path of the value concerned, e.g. `$.phases[2].strokes[0].to`. */
  path: string;
  message: Message;
}

export type PathKey = string | number;
