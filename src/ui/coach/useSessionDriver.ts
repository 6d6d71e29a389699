/**
 * Moves a running session on: every animation frame while the page is shown (the 3D leg moves
 * smoothly), and twice a second as well, which browsers keep doing for a hidden page, so the
 * cues and the end still come when the screen is off.
 */
import { useEffect } from 'react';
import { useCoachStore } from '../../state/coach/coachStore';
import { tickGuidedSession } from '../../state/coach/sessionPlayback';

export function useSessionDriver(): void {
  const running = useCoachStore((s) => s.session?.status === 'running');
  useEffect(() => {
    if (!running) return;
    let frame = 0;
    const onFrame = () => {
      tickGuidedSession();
      frame = requestAnimationFrame(onFrame);
    };
    frame = requestAnimationFrame(onFrame);
    const interval = window.setInterval(tickGuidedSession, 500);
    return () => {
      cancelAnimationFrame(frame);
      window.clearInterval(interval);
    };
  }, [running]);
}
