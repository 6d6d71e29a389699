import { LEG_SIDES } from '../../anatomy/names';
import { useHandCloseUpStore } from '../../state/handCloseUpStore';
import { CAMERA_PRESETS, useViewStore } from '../../state/viewStore';
import { CameraIcon, HelpIcon, PresenterIcon } from '../icons/StageIcons';
import { StageDrawer } from '../screens/StageDrawer';
import { CAMERA_HINTS, CAMERA_LABELS, LEG_LABELS, SCREEN_TEXT, trainerStrings } from '../strings';
import { presentToNewTab } from '../../state/classroomSession';
import { CLASSROOM_TEXT } from '../classroom/classroomStrings';
import { CopyLinkButton } from './CopyLinkButton';
import { LayersMenu } from './LayersMenu';
import { togglePresenter } from './presenterMode';

/**
 * The stage's tools, a column of icon buttons down its right edge (labelled where the stage has
 * room): the view drawer (follow the hands, camera presets, which leg), the layers drawer,
 * presenter mode, help, and a link to this view. Folded, they cover a strip beside the leg.
 */
export function ViewControls() {
  const camera = useViewStore((s) => s.camera);
  const leg = useViewStore((s) => s.leg);
  const presenter = useViewStore((s) => s.presenter);
  const follow = useViewStore((s) => s.follow);
  const view = useViewStore.getState;
  const t = trainerStrings.view;
  return (
    <section className="trainer-view stage-tools" aria-label={t.label} data-testid="view-controls">
      <StageDrawer
        icon={<CameraIcon />}
        label={SCREEN_TEXT.view}
        hint={SCREEN_TEXT.viewLabel}
        testId="view-drawer"
      >
        <button
          type="button"
          className="trainer-button trainer-toggle stage-follow"
          aria-pressed={follow}
          title={SCREEN_TEXT.followHint}
          data-testid="camera-follow"
          onClick={() => view().setFollow(!follow)}
        >
          {SCREEN_TEXT.follow}
        </button>
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
        </div>
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
        <div className="trainer-view-group" role="group" aria-label={CLASSROOM_TEXT.barLabel}>
          <button
            type="button"
            className="trainer-button"
            title={CLASSROOM_TEXT.presentToTabHint}
            data-testid="classroom-present-tab"
            onClick={presentToNewTab}
          >
            {CLASSROOM_TEXT.presentToTab}
          </button>
          <a
            className="trainer-button"
            href="?teach"
            title={CLASSROOM_TEXT.teachClassHint}
            data-testid="classroom-teach"
          >
            {CLASSROOM_TEXT.teachClass}
          </a>
        </div>
      </StageDrawer>
      <LayersMenu />
      <button
        type="button"
        className="stage-tool"
        aria-pressed={presenter}
        title={t.presenter}
        data-testid="presenter-toggle"
        onClick={togglePresenter}
      >
        <PresenterIcon />
        <span className="stage-tool-label">{t.presenter}</span>
      </button>
      <button
        type="button"
        className="stage-tool"
        aria-haspopup="dialog"
        aria-label={t.helpLabel}
        title={t.helpLabel}
        data-testid="help-button"
        onClick={() => view().setHelpOpen(true)}
      >
        <HelpIcon />
        <span className="stage-tool-label">{t.help}</span>
      </button>
      <CopyLinkButton />
    </section>
  );
}
