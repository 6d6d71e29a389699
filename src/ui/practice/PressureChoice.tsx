/** The pressure a stroke is drawn with: light, moderate or firm, or a pen's own pressure. */
import { PRESSURE_LEVELS } from '../../anatomy/names';
import { usePracticeStore } from '../../state/practiceStore';
import { PRESSURE_LABELS, practiceStrings } from '../strings';

const t = practiceStrings.pressure;

export function PressureChoice() {
  const pressure = usePracticeStore((s) => s.pressure);
  const usePen = usePracticeStore((s) => s.usePenPressure);
  const store = usePracticeStore.getState;
  return (
    <fieldset className="practice-fieldset" data-testid="practice-pressure">
      <legend>{t.legend}</legend>
      <div className="practice-segments">
        {PRESSURE_LEVELS.map((level) => (
          <label key={level} className="practice-segment">
            <input
              type="radio"
              name="practice-pressure"
              value={level}
              checked={pressure === level}
              onChange={() => store().setPressure(level)}
            />
            <span>{PRESSURE_LABELS[level]}</span>
          </label>
        ))}
      </div>
      <label className="practice-check">
        <input
          type="checkbox"
          checked={usePen}
          aria-describedby="practice-pen-hint"
          onChange={(event) => store().setUsePenPressure(event.currentTarget.checked)}
        />
        {t.pen}
      </label>
      <p id="practice-pen-hint" className="practice-note">
        {t.penHint}
      </p>
    </fieldset>
  );
}
