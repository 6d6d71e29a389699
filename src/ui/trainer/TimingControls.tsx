import { useId, useState } from 'react';
import type { Protocol } from '../../protocol/schema';
import { usePlaybackStore, type TimingMode } from '../../state/playbackStore';
import { TIMING_LABELS, trainerStrings } from '../strings';
import { clampMinutes } from './sessionMinutes';

const MODES: readonly TimingMode[] = ['demo', 'session'];

/**
 * Demonstration (a few strokes of each phase) or a real session of a chosen length, within the
 * protocol's session bounds, which are shown beside the field.
 */
export function TimingControls({ bounds }: { bounds: Protocol['timing']['sessionMinutes'] }) {
  const timing = usePlaybackStore((s) => s.timing);
  const minutes = usePlaybackStore((s) => s.sessionMinutes);
  const [draft, setDraft] = useState<string | null>(null);
  const name = useId();
  const minutesId = useId();
  const boundsId = useId();
  const t = trainerStrings.transport;

  const commit = () => {
    const value = clampMinutes(draft ?? '', bounds);
    if (value !== null) usePlaybackStore.getState().setSessionMinutes(value);
    setDraft(null);
  };

  return (
    <fieldset className="trainer-timing">
      <legend className="visually-hidden">{t.timing}</legend>
      {MODES.map((mode) => (
        <label key={mode} className="trainer-radio">
          <input
            type="radio"
            name={name}
            value={mode}
            checked={timing === mode}
            onChange={() => usePlaybackStore.getState().setTiming(mode)}
          />
          {TIMING_LABELS[mode]}
        </label>
      ))}
      {timing === 'session' && (
        <span className="trainer-field">
          <label htmlFor={minutesId}>{t.minutes}</label>
          <input
            id={minutesId}
            className="trainer-number"
            type="number"
            inputMode="numeric"
            min={bounds.min}
            max={bounds.max}
            step={1}
            value={draft ?? String(clampMinutes(String(minutes), bounds) ?? bounds.min)}
            aria-describedby={boundsId}
            onChange={(event) => setDraft(event.target.value)}
            onBlur={commit}
            onKeyDown={(event) => {
              if (event.key === 'Enter') commit();
            }}
          />
          <span id={boundsId} className="trainer-bounds">
            {t.bounds(bounds.min, bounds.max)}
          </span>
        </span>
      )}
    </fieldset>
  );
}
