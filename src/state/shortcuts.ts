/**
 * The trainer's keyboard shortcuts as a pure table: a key press (and where it happened) in, an
 * action or nothing out. `useKeyboardShortcuts` carries the actions out; the help lists them.
 */
import { CAMERA_PRESETS, type CameraPreset } from './viewStore';

export type ShortcutAction =
  | { kind: 'toggle-play' }
  | { kind: 'seek-by'; seconds: number }
  | { kind: 'step-phase'; direction: 1 | -1 }
  | { kind: 'camera'; preset: CameraPreset }
  | { kind: 'hands-close-up' }
  | { kind: 'toggle-leg' }
  | { kind: 'toggle-presenter' }
  | { kind: 'open-help' }
  | { kind: 'toggle-zones' }
  | { kind: 'speed-step'; direction: 1 | -1 }
  | { kind: 'exit-presenter' };

export type ShortcutKind = ShortcutAction['kind'];

/** What the table needs to know about a key press: a KeyboardEvent fits, plus its target. */
export interface KeyLike {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  /** Tag name of the element the key went to (e.g. "INPUT"), any case. */
  targetTag?: string;
  /** True when that element is editable text (contenteditable). */
  targetEditable?: boolean;
  /**
   * True when that element is an on/off toggle (a button with aria-pressed, e.g. Presenter or
   * "Show the wrong way"): Space plays or pauses there too, rather than flipping the toggle the
   * user just clicked (Enter still presses it).
   */
  targetToggle?: boolean;
}

export const SEEK_STEP_SECONDS = 5;

/** Where keys are typed: no shortcut there. */
const TYPING_TAGS = new Set(['INPUT', 'SELECT', 'TEXTAREA']);
/** Where Space already presses the focused control, so it must not also play or pause. */
const PRESSABLE_TAGS = new Set(['BUTTON', 'A', 'SUMMARY']);

const LETTERS: Record<string, ShortcutAction> = {
  l: { kind: 'toggle-leg' },
  p: { kind: 'toggle-presenter' },
  h: { kind: 'open-help' },
  z: { kind: 'toggle-zones' },
  c: { kind: 'hands-close-up' },
};

function cameraForDigit(key: string): ShortcutAction | null {
  const index = Number(key) - 1;
  const preset = /^[1-9]$/.test(key) ? CAMERA_PRESETS[index] : undefined;
  return preset === undefined ? null : { kind: 'camera', preset };
}

/** The action for a key press, or null when the key is not a shortcut here. */
export function shortcutFor(event: KeyLike): ShortcutAction | null {
  if (event.ctrlKey || event.metaKey || event.altKey) return null;
  const tag = (event.targetTag ?? '').toUpperCase();
  if (TYPING_TAGS.has(tag) || event.targetEditable === true) return null;

  switch (event.key) {
    case ' ':
    case 'Spacebar':
      return PRESSABLE_TAGS.has(tag) && event.targetToggle !== true
        ? null
        : { kind: 'toggle-play' };
    case 'ArrowLeft':
      return event.shiftKey
        ? { kind: 'step-phase', direction: -1 }
        : { kind: 'seek-by', seconds: -SEEK_STEP_SECONDS };
    case 'ArrowRight':
      return event.shiftKey
        ? { kind: 'step-phase', direction: 1 }
        : { kind: 'seek-by', seconds: SEEK_STEP_SECONDS };
    case 'PageUp':
      return { kind: 'step-phase', direction: -1 };
    case 'PageDown':
      return { kind: 'step-phase', direction: 1 };
    case '?':
      return { kind: 'open-help' };
    case '+':
    case '=':
      return { kind: 'speed-step', direction: 1 };
    case '-':
    case '_':
      return { kind: 'speed-step', direction: -1 };
    case 'Escape':
      return { kind: 'exit-presenter' };
  }
  if (event.key.length !== 1) return null;
  return cameraForDigit(event.key) ?? LETTERS[event.key.toLowerCase()] ?? null;
}
