/** The e2e toolkit: one import for the tests. */
export { runAxe, seriousViolations, type AxeViolation } from './axe';
export {
  CHROMIUM_ARGS,
  closeSharedBrowser,
  launchBrowser,
  openApp,
  sharedBrowser,
  VIEWPORT,
  type AppPage,
  type LaunchOptions,
  type OpenAppOptions,
} from './browser';
export type { ProblemCollector } from './collector';
export { watchCsp } from './csp';
export { CHROMIUM_INSTALL_HELP, findChromium } from './findChromium';
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
  MAX_CAPTURE_HEIGHT,
  savePageTiles,
  saveScreenshot,
  saveScreenshotsAtLookSizes,
} from './screenshot';
export { webglInfo, type WebglInfo } from './webgl';
export { chooseProtocolFile, protocolDocument } from './protocolFiles';
export { drawnShare, pixelsOfPng, type Point } from './canvasPixels';
export { tabWalk, type TabWalk } from './tabWalk';
export { landmarkS, skinPointOnPage } from './skinPoint';
export { legCoverage, type LegCoverage } from './legCoverage';
export { expectNotDiagnosisInHeader } from './safetyNote';
