import { usePlaybackStore } from '../../state/playbackStore';
import { trainerStrings } from '../strings';
import { togglePlayback } from './trainerActions';
import { PauseIcon, PlayIcon } from './TransportIcons';

/** The big play/pause button; its text says what pressing it will do. */
export function PlayButton({ disabled }: { disabled: boolean }) {
  const playing = usePlaybackStore((s) => s.playing);
  const t = trainerStrings.transport;
  return (
    <button
      type="button"
      className="trainer-button trainer-play"
      data-testid="play-button"
      data-state={playing ? 'playing' : 'paused'}
      disabled={disabled}
      onClick={togglePlayback}
    >
      {playing ? <PauseIcon /> : <PlayIcon />}
      <span>{playing ? t.pause : t.play}</span>
    </button>
  );
}
