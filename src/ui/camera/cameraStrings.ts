/**
 * Every fixed string of the camera check (Practice). English only for now; moved into the
 * catalogs with the rest of the UI text.
 */
import type { LegSide } from '../../anatomy/names';

export type CameraProblem =
  'no-camera' | 'refused' | 'in-use' | 'too-dark' | 'no-hand' | 'leg-not-set' | 'detector-failed';

export type TapPoint = 'ankle' | 'knee' | 'groin';

export const CAMERA_TEXT = {
  entryTitle: 'Check with the camera',
  entryNote:
    'Point a camera at your leg and massage it: Proximal says whether each stroke runs toward the heart.',
  open: 'Check with the camera',
  title: 'Check a real stroke with the camera',
  close: 'Close the camera',
  privacy:
    'Private: the camera frames never leave this device and nothing is recorded, unless you export a trace.',
  starting: 'Starting the camera and the hand detector…',
  loadingDetector: 'Loading the hand detector (about 12 MB, once)…',
  legSide: 'Leg',
  sideName: (side: LegSide) => (side === 'right' ? 'Right' : 'Left'),
  tapPrompt: (point: TapPoint) => `Tap the ${point} on the image.`,
  tapsDone: 'Leg set. Press Start, then stroke up the leg.',
  resetTaps: 'Tap the leg again',
  start: 'Start',
  finish: 'Finish and check',
  heading: {
    proximal: 'Toward the heart ✓',
    distal: 'Away from the heart ✗',
    still: 'Hand on the leg',
    'off-leg': 'Hand off the leg',
  },
  goodStrokes: (count: number) => `Good strokes: ${count}`,
  strokesLabel: 'Strokes seen',
  strokeItem: (proximal: boolean) => (proximal ? 'Toward the heart ✓' : 'Away from the heart ✗'),
  summaryShown:
    'Checked like a drawn stroke: see "Check of your stroke". Pressure is not measured by a camera.',
  noStrokes:
    'No stroke on the leg was seen. Keep the whole hand in view and stroke along the line.',
  exportTrace: 'Export the trace',
  exported: (name: string) => `Saved as ${name}.`,
  tryAgain: 'Try again',
  problem: {
    'no-camera': 'No camera was found. Connect one, or open Proximal on a phone, then try again.',
    refused:
      'Camera access was refused. Allow the camera for this site in the browser’s address bar, then try again.',
    'in-use': 'The camera is in use by another app or tab. Close it there, then try again.',
    'too-dark': 'Too dark to see your hand. Turn on a light or face a window.',
    'no-hand': 'No hand found. Keep your whole hand in the picture, palm on the leg.',
    'leg-not-set': 'The leg is not set: tap the ankle, the knee and the groin on the image first.',
    'detector-failed':
      'The hand detector could not load. Check the connection and try again; the rest of Proximal works without it.',
  } satisfies Record<CameraProblem, string>,
  part: 'The camera check',
};
