/** The e2e toolkit: one import for the tests. */
export { expectNoSeriousViolations, runAxe, seriousViolations } from './axe';
export {
  closeSharedBrowser,
  launchBrowser,
  openApp,
  VIEWPORT,
  type AppPage,
  type OpenAppOptions,
} from './browser';
export {
  framesDrawn,
  LEG_TIMEOUT_MS,
  renderProbeOf,
  settle,
  waitForFrames,
  waitForHands,
  waitForLeg,
} from './render';
export {
  LOOK_SIZES,
  savePageTiles,
  saveScreenshot,
  saveScreenshotsAtLookSizes,
} from './screenshot';
export { webglInfo } from './webgl';
export { chooseProtocolFile, protocolDocument } from './protocolFiles';
export { drawnShare, pixelsOfPng, type Point } from './canvasPixels';
export { tabWalk } from './tabWalk';
export { landmarkS, settledSkinPointOnPage } from './skinPoint';
export { legCoverage } from './legCoverage';
export { expectNotDiagnosisInHeader } from './safetyNote';
export { turnPracticeView } from './practiceView';
