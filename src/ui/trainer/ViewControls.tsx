import { LEG_SIDES } from '../../anatomy/names';
import { useHandCloseUpStore } from '../../state/handCloseUpStore';
import { CAMERA_PRESETS, useViewStore } from '../../state/viewStore';
import { CAMERA_HINTS, CAMERA_LABELS, LEG_LABELS, trainerStrings } from '../strings';
import { CopyLinkButton } from './CopyLinkButton';
import { LayersMenu } from './LayersMenu';
import { togglePresenter } from './presenterMode';

/**
 * The stage's top-right controls: camera presets, which leg, layers and skin opacity, presenter
 * mode, help, and a link to this view.
 */
export function ViewControls() {
  const camera = useViewStore((s) => s.camera);
  const leg = useViewStore((s) => s.leg);
  const presenter = useViewStore((s) => s.presenter);
  const view = useViewStore.getState;
  const t = trainerStrings.view;
  return (
    <section className="trainer-view" aria-label={t.label} data-testid="view-controls">
      <div className="trainer-view-group trainer-cameras" role="group" aria-label={t.camera}>
        {CAMERA_PRESETS.map((preset) => (
          <button
            key={preset}
            type="button"
            className="trainer-button trainer-toggle"
            aria-pressed={camera === preset}
            title={CAMERA_HINTS[preset]}
            data-testid={`camera-${preset}`}
            onClick={() => view().setCamera(preset)}
          >
            {CAMERA_LABELS[preset]}
          </button>
        ))}
        <button
          type="button"
          className="trainer-button"
          title={t.handsCloseUpHint}
          aria-keyshortcuts="C"
          data-testid="hands-close-up"
          onClick={() => useHandCloseUpStore.getState().requestCloseUp()}
        >
          {t.handsCloseUp}
        </button>
      </div>
      <div className="trainer-view-row">
        <div className="trainer-view-group" role="group" aria-label={t.leg}>
          {LEG_SIDES.map((side) => (
            <button
              key={side}
              type="button"
              className="trainer-button trainer-toggle"
              aria-pressed={leg === side}
              aria-label={t.legButton(LEG_LABELS[side])}
              data-testid={`leg-${side}`}
              onClick={() => view().setLeg(side)}
            >
              {LEG_LABELS[side]}
            </button>
          ))}
        </div>
        <LayersMenu />
        <button
          type="button"
          className="trainer-button trainer-toggle"
          aria-pressed={presenter}
          data-testid="presenter-toggle"
          onClick={togglePresenter}
        >
          {t.presenter}
        </button>
        <button
          type="button"
          className="trainer-button"
          aria-haspopup="dialog"
          aria-label={t.helpLabel}
          data-testid="help-button"
          onClick={() => view().setHelpOpen(true)}
        >
          {t.help}
        </button>
        <CopyLinkButton />
      </div>
    </section>
  );
}
