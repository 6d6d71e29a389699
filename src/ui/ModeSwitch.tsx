/** Switches between watching the strokes on the 3D leg and reading the method as text. */
import { MODES, useViewStore, type Mode } from '../state/viewStore';
import { COACH_TEXT, STAGE_TEXT } from './strings';

const LABEL: Record<Mode, string> = {
  train: STAGE_TEXT.modeTrain,
  practice: STAGE_TEXT.modePractice,
  read: STAGE_TEXT.modeRead,
  coach: COACH_TEXT.modeLabel,
};

export function ModeSwitch() {
  const mode = useViewStore((s) => s.mode);
  const setMode = useViewStore((s) => s.setMode);
  return (
    <nav className="mode-switch" aria-label={STAGE_TEXT.modesLabel}>
      {MODES.map((m) => (
        <button
          key={m}
          type="button"
          className="mode-button"
          aria-pressed={mode === m}
          data-testid={`mode-${m}`}
          onClick={() => setMode(m)}
        >
          {LABEL[m]}
        </button>
      ))}
    </nav>
  );
}
