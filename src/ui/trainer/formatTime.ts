/** Clock readouts for the transport and the phase card. */

/**
 * Whole seconds as "m:ss", or "h:mm:ss" from an hour; anything not a time reads "0:00". Sums of
 * clip lengths land a hair under a whole second (1199.9999 for 20 minutes), so the time is
 * taken to the millisecond before the seconds are counted: 20 minutes reads 20:00, not 19:59.
 */
export function formatClock(seconds: number): string {
  const total = clockSeconds(seconds);
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = String(total % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${s}` : `${m}:${s}`;
}

/** The whole seconds `formatClock` shows for `seconds` (0 for anything not a time). */
export function clockSeconds(seconds: number): number {
  return Number.isFinite(seconds) && seconds > 0
    ? Math.floor(Math.round(seconds * 1000) / 1000)
    : 0;
}

/** "0:12 / 0:40": how far into a stretch of time, and how long it is. */
export function formatProgress(elapsed: number, length: number): string {
  const clamped = Math.min(Math.max(0, elapsed), Math.max(0, length));
  return `${formatClock(clamped)} / ${formatClock(length)}`;
}
