import { useId } from 'react';
import { SPEEDS, usePlaybackStore } from '../../state/playbackStore';
import { nearestSpeed } from '../../state/speedSteps';
import { trainerStrings } from '../strings';

/** Playback speed, 0.25× to 4×. */
export function SpeedSelect() {
  const speed = usePlaybackStore((s) => s.speed);
  const setSpeed = usePlaybackStore((s) => s.setSpeed);
  const id = useId();
  const t = trainerStrings.transport;
  return (
    <div className="trainer-field">
      <label htmlFor={id}>{t.speed}</label>
      <select
        id={id}
        className="trainer-select"
        data-testid="speed-select"
        value={String(nearestSpeed(speed))}
        onChange={(event) => setSpeed(Number(event.target.value))}
      >
        {SPEEDS.map((option) => (
          <option key={option} value={String(option)}>
            {t.speedOption(option)}
          </option>
        ))}
      </select>
    </div>
  );
}
