/** Keeps the screen on while `active`, where the browser offers a wake lock; asks again when the page is shown again (the lock is released when it is hidden). */
import { useEffect, useState } from 'react';

export function useWakeLock(active: boolean): boolean {
  const [held, setHeld] = useState(false);
  useEffect(() => {
    if (!active || !('wakeLock' in navigator)) return;
    let sentinel: WakeLockSentinel | null = null;
    let cancelled = false;
    const request = () => {
      navigator.wakeLock
        .request('screen')
        .then((s) => {
          if (cancelled) return void s.release();
          sentinel = s;
          setHeld(true);
          s.addEventListener('release', () => setHeld(false));
        })
        .catch(() => setHeld(false)); // refused (battery saver, no user gesture): the session goes on
    };
    const onVisible = () => {
      if (document.visibilityState === 'visible' && (sentinel === null || sentinel.released))
        request();
    };
    request();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      document.removeEventListener('visibilitychange', onVisible);
      void sentinel?.release();
      setHeld(false);
    };
  }, [active]);
  return held;
}
