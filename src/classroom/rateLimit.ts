/**
 * A token bucket per client: `burst` messages at once, refilled at `perSecond`. Pure: the caller
 * passes the time, so the relay's limits are tested without waiting.
 */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

export interface Bucket {
  tokens: number;
  /** Milliseconds, the caller's clock. */
  at: number;
}

export const fullBucket = (limit: RateLimit, now: number): Bucket => ({
  tokens: limit.burst,
  at: now,
});

/** Whether one more message may pass now, and the bucket after it. */
export function takeToken(
  bucket: Bucket,
  limit: RateLimit,
  now: number,
): { allowed: boolean; bucket: Bucket } {
  const elapsed = Math.max(0, now - bucket.at) / 1000;
  const tokens = Math.min(limit.burst, bucket.tokens + elapsed * limit.perSecond);
  if (tokens < 1) return { allowed: false, bucket: { tokens, at: now } };
  return { allowed: true, bucket: { tokens: tokens - 1, at: now } };
}
