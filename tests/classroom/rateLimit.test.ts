import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fullBucket, takeToken } from '../../src/classroom/rateLimit';

describe('the rate limit', () => {
  it('lets a burst through at once, then refuses until tokens come back', () => {
    const limit = { perSecond: 10, burst: 3 };
    let bucket = fullBucket(limit, 0);
    const allowed: boolean[] = [];
    for (let i = 0; i < 5; i += 1) {
      const taken = takeToken(bucket, limit, 0);
      bucket = taken.bucket;
      allowed.push(taken.allowed);
    }
    expect(allowed).toEqual([true, true, true, false, false]);
    expect(takeToken(bucket, limit, 100).allowed).toBe(true);
  });

  it('never lets more through than the burst plus the refill over the time elapsed', () => {
    fc.assert(
      fc.property(
        fc.record({
          perSecond: fc.integer({ min: 1, max: 100 }),
          burst: fc.integer({ min: 1, max: 50 }),
        }),
        fc.array(fc.integer({ min: 0, max: 200 }), { minLength: 1, maxLength: 300 }),
        (limit, gaps) => {
          let bucket = fullBucket(limit, 0);
          let now = 0;
          let passed = 0;
          for (const gap of gaps) {
            now += gap;
            const taken = takeToken(bucket, limit, now);
            bucket = taken.bucket;
            if (taken.allowed) passed += 1;
          }
          expect(passed).toBeLessThanOrEqual(limit.burst + (now / 1000) * limit.perSecond + 1e-9);
        },
      ),
    );
  });
});
