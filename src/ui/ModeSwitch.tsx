/** Switches between watching the strokes on the 3D leg and reading the method as text. */
import { MODES, useViewStore, type Mode } from '../state/viewStore';
import { t } from '../i18n/instance';
import { STAGE_TEXT } from './strings';

/** Read at each render, so the labels follow the language. */
const label = (mode: Mode): string =>
  ({
    train: STAGE_TEXT.modeTrain,
    practice: STAGE_TEXT.modePractice,
    read: STAGE_TEXT.modeRead,
    coach: t('common:modes.coach'),
  })[mode];

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
          {label(m)}
        </button>
      ))}
    </nav>
  );
}
