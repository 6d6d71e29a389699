/** Why something failed: Proximal's own reasons are messages, the browser's stay its text. */
import { describe, expect, it } from 'vitest';
import { message } from '../../src/i18n/message';
import { ExplainedError, reasonOf, sayReason } from '../../src/i18n/reason';
import { sayIn } from '../support/t';

describe('reasonOf', () => {
  it('takes the message of an error Proximal explains', () => {
    const reason = message('errors:network.status', { status: 503 });
    const error = new ExplainedError(reason, 'the server answered 503 for the leg model');
    expect(reasonOf(error)).toBe(reason);
    expect(sayReason(reasonOf(error))).toBe(error.message);
  });

  it('keeps the browser’s own text, and anything thrown as text', () => {
    expect(reasonOf(new TypeError('Failed to fetch'))).toBe('Failed to fetch');
    expect(reasonOf('quota')).toBe('quota');
    expect(reasonOf(null)).toBe('null');
    expect(sayReason('Failed to fetch')).toBe('Failed to fetch');
  });

  it('says an explained reason in the reader’s language', async () => {
    const reason = message('errors:network.status', { status: 404 });
    await expect(sayIn('de', reason)).resolves.toBe('der Server antwortete 404 für das Beinmodell');
  });
});
