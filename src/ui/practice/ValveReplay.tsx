/** "What the valves would do": the stroke replayed through the flow model, in a sentence. */
import { usePracticeStore } from '../../state/practiceStore';
import { practiceStrings } from '../strings';
import { replayText } from './replayWords';

const t = practiceStrings.valves;

export function ValveReplay() {
  const status = usePracticeStore((s) => s.replay);
  const text = replayText(status);
  if (text === null) return null;
  const outcome = status.kind === 'done' ? status.replay.outcome : 'running';
  return (
    <div className="practice-valves" data-testid="valve-replay" data-outcome={outcome}>
      <h3>{t.title}</h3>
      <p aria-live="polite" className={`practice-valves-text practice-valves--${outcome}`}>
        {text}
      </p>
      <p className="practice-note">{t.note}</p>
    </div>
  );
}
