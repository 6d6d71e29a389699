/**
 * The camera check's text (Practice), by name: each entry reads its key in
 * `src/i18n/locales/<lang>/camera.json`.
 */
import type { LegSide } from '../../anatomy/names';
import { t } from '../../i18n/instance';

export type CameraProblem =
  'no-camera' | 'refused' | 'in-use' | 'too-dark' | 'no-hand' | 'leg-not-set' | 'detector-failed';

export type TapPoint = 'ankle' | 'knee' | 'groin';

export const CAMERA_TEXT = {
  get entryTitle() {
    return t('camera:entryTitle');
  },
  get entryNote() {
    return t('camera:entryNote');
  },
  get open() {
    return t('camera:open');
  },
  get title() {
    return t('camera:title');
  },
  get close() {
    return t('camera:close');
  },
  get privacy() {
    return t('camera:privacy');
  },
  get starting() {
    return t('camera:starting');
  },
  get loadingDetector() {
    return t('camera:loadingDetector');
  },
  get legSide() {
    return t('camera:legSide');
  },
  sideName: (side: LegSide) => t(`camera:sideName.${side}`),
  tapPrompt: (point: TapPoint) => t('camera:tapPrompt', { point }),
  get tapsDone() {
    return t('camera:tapsDone');
  },
  get resetTaps() {
    return t('camera:resetTaps');
  },
  get start() {
    return t('camera:start');
  },
  get finish() {
    return t('camera:finish');
  },
  heading: {
    get proximal() {
      return t('camera:heading.proximal');
    },
    get distal() {
      return t('camera:heading.distal');
    },
    get still() {
      return t('camera:heading.still');
    },
    get 'off-leg'() {
      return t('camera:heading.off-leg');
    },
  },
  goodStrokes: (count: number) => t('camera:goodStrokes', { count }),
  get strokesLabel() {
    return t('camera:strokesLabel');
  },
  strokeItem: (proximal: boolean) =>
    proximal ? t('camera:heading.proximal') : t('camera:heading.distal'),
  get summaryShown() {
    return t('camera:summaryShown');
  },
  get noStrokes() {
    return t('camera:noStrokes');
  },
  get exportTrace() {
    return t('camera:exportTrace');
  },
  exported: (name: string) => t('camera:exported', { name }),
  get tryAgain() {
    return t('camera:tryAgain');
  },
  problem: {
    get 'no-camera'() {
      return t('camera:problem.no-camera');
    },
    get refused() {
      return t('camera:problem.refused');
    },
    get 'in-use'() {
      return t('camera:problem.in-use');
    },
    get 'too-dark'() {
      return t('camera:problem.too-dark');
    },
    get 'no-hand'() {
      return t('camera:problem.no-hand');
    },
    get 'leg-not-set'() {
      return t('camera:problem.leg-not-set');
    },
    get 'detector-failed'() {
      return t('camera:problem.detector-failed');
    },
  } satisfies Record<CameraProblem, string>,
  get part() {
    return t('camera:part');
  },
};
