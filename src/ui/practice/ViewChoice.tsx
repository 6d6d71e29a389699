/** Which leg, and from where to look: the camera presets turn the leg for keyboard users too. */
import { LEG_SIDES } from '../../anatomy/names';
import { useViewStore, type CameraPreset } from '../../state/viewStore';
import { CAMERA_HINTS, CAMERA_LABELS, LEG_LABELS, practiceStrings } from '../strings';

const t = practiceStrings.view;
/** The four sides; the self-massage view looks down the leg, a poor angle to draw on. */
const PRESETS: CameraPreset[] = ['front', 'medial', 'lateral', 'back'];

export function ViewChoice() {
  const leg = useViewStore((s) => s.leg);
  const camera = useViewStore((s) => s.camera);
  const view = useViewStore.getState;
  return (
    <fieldset className="practice-fieldset" data-testid="practice-view">
      <legend>{t.legend}</legend>
      <div className="practice-row" role="group" aria-label={t.leg}>
        <span className="practice-row-label" aria-hidden="true">
          {t.leg}
        </span>
        {LEG_SIDES.map((side) => (
          <button
            key={side}
            type="button"
            className="practice-button practice-toggle"
            aria-pressed={leg === side}
            onClick={() => view().setLeg(side)}
          >
            {LEG_LABELS[side]}
          </button>
        ))}
      </div>
      <div className="practice-row" role="group" aria-label={t.camera}>
        <span className="practice-row-label" aria-hidden="true">
          {t.camera}
        </span>
        {PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="practice-button practice-toggle"
            aria-pressed={camera === preset}
            title={CAMERA_HINTS[preset]}
            onClick={() => view().setCamera(preset)}
          >
            {CAMERA_LABELS[preset]}
          </button>
        ))}
      </div>
    </fieldset>
  );
}
