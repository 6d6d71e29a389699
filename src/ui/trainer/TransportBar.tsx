import { useRef } from 'react';
import type { Protocol } from '../../protocol/schema';
import { usePlaybackStore } from '../../state/playbackStore';
import { useViewStore } from '../../state/viewStore';
import { trainerStrings } from '../strings';
import { PlayButton } from './PlayButton';
import { Scrubber } from './Scrubber';
import { SpeedSelect } from './SpeedSelect';
import { TimeReadout } from './TimeReadout';
import { TimingControls } from './TimingControls';
import { stepPhase } from './trainerActions';
import { NextIcon, PreviousIcon } from './TransportIcons';
import { useAutoHide } from './useAutoHide';

/**
 * The transport under the stage: the phase scrubber, then play/pause between previous and next
 * phase, the time, speed, loop and timing. In presenter mode it floats over the stage and fades
 * after 3 s without pointer movement (never while it has focus).
 */
export function TransportBar({ protocol }: { protocol: Protocol }) {
  const ref = useRef<HTMLElement>(null);
  const presenter = useViewStore((s) => s.presenter);
  const noTimeline = usePlaybackStore((s) => s.timeline === null);
  const loopPhase = usePlaybackStore((s) => s.loopPhase);
  const t = trainerStrings.transport;
  useAutoHide(ref, presenter);

  return (
    <section
      ref={ref}
      className="trainer-transport"
      aria-label={t.label}
      data-testid="transport"
      data-presenter={presenter ? 'true' : undefined}
    >
      <Scrubber protocol={protocol} />
      <div className="trainer-transport-row">
        <div className="trainer-transport-main">
          <button
            type="button"
            className="trainer-button trainer-icon-button"
            aria-label={t.previous}
            title={t.previous}
            disabled={noTimeline}
            onClick={() => stepPhase(-1)}
          >
            <PreviousIcon />
          </button>
          <PlayButton disabled={noTimeline} />
          <button
            type="button"
            className="trainer-button trainer-icon-button"
            aria-label={t.next}
            title={t.next}
            disabled={noTimeline}
            onClick={() => stepPhase(1)}
          >
            <NextIcon />
          </button>
          <TimeReadout />
        </div>
        <div className="trainer-transport-options">
          <SpeedSelect />
          <button
            type="button"
            className="trainer-button trainer-toggle"
            aria-pressed={loopPhase}
            onClick={() => usePlaybackStore.getState().setLoopPhase(!loopPhase)}
          >
            {t.loop}
          </button>
          <TimingControls bounds={protocol.timing.sessionMinutes} />
        </div>
      </div>
    </section>
  );
}
