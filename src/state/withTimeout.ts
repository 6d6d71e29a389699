import { ExplainedError } from '../i18n/reason';
import { message } from '../i18n/message';

/**
 * A promise that settles within `ms`: with the promise's own result, or else rejected with a
 * TimedOut. A step of the app that waits on the network (a chunk of code that has to be fetched)
 * then ends in a result or a clear error, never in a wait without end.
 */
export class TimedOut extends ExplainedError {
  override readonly name = 'TimedOut';
  constructor(readonly ms: number) {
    const seconds = Math.round(ms / 1000);
    super(message('errors:network.timeout', { seconds }), `no answer within ${seconds} s`);
  }
}

export function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new TimedOut(ms)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/**
 * How long a chunk of code may take to arrive: a 100 KB chunk takes a few seconds on a slow
 * mobile connection; twenty is generous and still short enough that nobody is left waiting.
 */
export const CHUNK_TIMEOUT_MS = 20_000;
