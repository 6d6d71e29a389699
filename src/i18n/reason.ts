/**
 * Why something failed: a message when Proximal words it (a timeout, a server's answer, saved
 * data it cannot read), else the browser's own text (a storage quota error, a failed fetch),
 * shown as the browser gave it. An error that Proximal throws carries its message as `reason`.
 */
import { isMessage, type Message } from './message';
import { say } from './say';

export type Reason = Message | string;

/** An Error whose `message` is English for the console and whose `reason` is for the reader. */
export class ExplainedError extends Error {
  constructor(
    readonly reason: Message,
    english: string,
  ) {
    super(english);
  }
}

export function reasonOf(error: unknown): Reason {
  const reason: unknown = (error as { reason?: unknown } | null)?.reason;
  if (error instanceof Error && isMessage(reason)) return reason;
  return error instanceof Error ? error.message : String(error);
}

export const sayReason = (reason: Reason): string =>
  typeof reason === 'string' ? reason : say(reason);
