/**
 * The guided session's own time: wall-clock seconds while it runs. It keeps counting when the
 * screen sleeps or the tab is hidden (the person goes on massaging), unlike the render loop.
 * The coach copies it into the playback clock so the 3D leg shows the same moment.
 */
let accumulatedMs = 0;
let runningSince: number | null = null;
/** Added to the wall clock by browser tests only (TEST_HOOKS builds, through testHook.ts). */
let skewMs = 0;

const now = () => performance.now() + skewMs;

export const coachClock = {
  elapsedSeconds(): number {
    const running = runningSince === null ? 0 : now() - runningSince;
    return (accumulatedMs + running) / 1000;
  },
  running: () => runningSince !== null,
  start(): void {
    accumulatedMs = 0;
    runningSince = now();
  },
  pause(): void {
    if (runningSince === null) return;
    accumulatedMs += now() - runningSince;
    runningSince = null;
  },
  resume(): void {
    if (runningSince === null) runningSince = now();
  },
  stop(): void {
    this.pause();
  },
};

/** Test hook: moves the wall clock on, as if that many seconds had passed. */
export function skewCoachClock(seconds: number): void {
  skewMs += seconds * 1000;
}
