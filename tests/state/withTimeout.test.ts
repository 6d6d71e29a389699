/** A wait on the network ends in its result or in a timeout the reader can read. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { reasonOf } from '../../src/i18n/reason';
import { TimedOut, withTimeout } from '../../src/state/withTimeout';
import { say, sayIn } from '../support/t';

afterEach(() => {
  vi.useRealTimers();
});

describe('withTimeout', () => {
  it('settles with the promise when it is in time', async () => {
    await expect(withTimeout(Promise.resolve(7), 1000)).resolves.toBe(7);
  });

  it('rejects with a TimedOut that says the limit, in English and in Spanish', async () => {
    vi.useFakeTimers();
    const waiting = withTimeout(new Promise(() => undefined), 20_000);
    const caught = waiting.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(20_000);
    const error = await caught;
    expect(error).toBeInstanceOf(TimedOut);
    expect((error as TimedOut).message).toBe('no answer within 20 s');
    const reason = reasonOf(error);
    if (typeof reason === 'string') throw new Error('expected a message');
    expect(say(reason)).toBe('no answer within 20 s');
    await expect(sayIn('es', reason)).resolves.toBe('sin respuesta en 20 s');
  });
});
