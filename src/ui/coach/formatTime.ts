import { i18n } from '../../i18n/instance';

/** Seconds as m:ss (or h:mm:ss), rounded up so a countdown never shows 0:00 before the end. */
export function formatCountdown(seconds: number): string {
  const total = Math.max(0, Math.ceil(seconds - 1e-6));
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  const ss = String(s).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** Seconds elapsed as m:ss, rounded down. */
export function formatElapsed(seconds: number): string {
  return formatCountdown(Math.floor(Math.max(0, seconds)));
}

/** Minutes to one decimal, as the catalogs' `{minutes, number}` shows them. */
export const roundMinutes = (minutes: number) => Math.round(minutes * 10) / 10;

/** Minutes to one decimal, written the way the reader's language writes numbers. */
export const formatMinutes = (minutes: number) =>
  roundMinutes(minutes).toLocaleString(i18n.language, { maximumFractionDigits: 1 });
