/**
 * A protocol may carry places to keep off (the same shape as a user's marks), validated with
 * errors that say where and what is wrong.
 */
import { describe, expect, it } from 'vitest';
import { defaultProtocolDocument } from '../../src/protocol/defaultProtocol';
import { validateProtocol } from '../../src/protocol/validate';
import { MARK_RADIUS_CM } from '../../src/anatomy/keepOffMarks';
import { saidErrors } from './support/validation';
import { message } from '../../src/i18n/message';
import { say } from '../support/t';

function withMarks(marks: unknown): unknown {
  return { ...(defaultProtocolDocument as Record<string, unknown>), keepOffMarks: marks };
}

const wound = {
  id: 'ulcer-left-calf',
  kind: 'wound',
  leg: 'left',
  s: 0.4,
  theta: 170,
  radiusCm: 3,
};

describe('keep-off marks in a protocol', () => {
  it('are read as given, on one leg or (without a leg) on both', () => {
    const both = { id: 'rash', kind: 'rash', s: 0.7, theta: 90, radiusCm: 5, note: 'Eczema' };
    const result = validateProtocol(withMarks([wound, both]));
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.protocol.keepOffMarks).toEqual([wound, both]);
  });

  it('are optional: the default protocol carries none', () => {
    const result = validateProtocol(defaultProtocolDocument);
    expect(result.ok && result.protocol.keepOffMarks).toBeUndefined();
  });

  it('need ids of their own', () => {
    const result = validateProtocol(withMarks([wound, { ...wound, s: 0.5 }]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(saidErrors(result)).toContainEqual(
        expect.objectContaining({
          path: '$.keepOffMarks[1].id',
          message: expect.stringMatching(/already used by \$\.keepOffMarks\[0\]/),
        }),
      );
    }
  });

  it.each([
    [{ kind: 'scar' }, '$.keepOffMarks[0].kind', /wound/],
    [{ s: 1.2 }, '$.keepOffMarks[0].s', /between 0 \(toe tip\) and 1 \(groin\)/],
    [{ theta: 200 }, '$.keepOffMarks[0].theta', /between -180 and 180/],
    [{ radiusCm: 40 }, '$.keepOffMarks[0].radiusCm', /between 1 and 15 cm; got 40/],
    [{ radiusCm: 0.5 }, '$.keepOffMarks[0].radiusCm', /between 1 and 15 cm; got 0.5/],
    [{ leg: 'both' }, '$.keepOffMarks[0].leg', /left|right/],
    [{ id: 'Has Spaces' }, '$.keepOffMarks[0].id', /lower-case id/],
  ])('refuse %j with a readable error', (change, path, message) => {
    const result = validateProtocol(withMarks([{ ...wound, ...change }]));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(saidErrors(result)).toContainEqual(
      expect.objectContaining({ path, message: expect.stringMatching(message) }),
    );
  });

  it('say the size limits the format has', () => {
    const { min, max } = MARK_RADIUS_CM;
    expect(say(message('files:issue.radiusRange'))).toContain(`between ${min} and ${max} cm`);
  });
});
