/**
 * At most one call per interval: the first at once, later ones held back and the latest of them
 * made when the interval ends, so a readout always ends on the last value.
 */
export interface Throttled<A> {
  call: (arg: A) => void;
  cancel: () => void;
}

export function throttle<A>(
  fn: (arg: A) => void,
  intervalMs: number,
  now: () => number = () => performance.now(),
): Throttled<A> {
  let last = -Infinity;
  let pending: { arg: A } | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const flush = () => {
    timer = null;
    if (pending === null) return;
    const { arg } = pending;
    pending = null;
    last = now();
    fn(arg);
  };

  return {
    call: (arg) => {
      const wait = last + intervalMs - now();
      if (wait <= 0 && timer === null) {
        last = now();
        fn(arg);
        return;
      }
      pending = { arg };
      timer ??= setTimeout(flush, Math.max(0, wait));
    },
    cancel: () => {
      if (timer !== null) clearTimeout(timer);
      timer = null;
      pending = null;
    },
  };
}
