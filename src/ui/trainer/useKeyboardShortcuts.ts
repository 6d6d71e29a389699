import { useEffect } from 'react';
import { shortcutFor, type ShortcutAction } from '../../state/shortcuts';
import { useHandCloseUpStore } from '../../state/handCloseUpStore';
import { useViewStore } from '../../state/viewStore';
import { setPresenterMode, togglePresenter } from './presenterMode';
import {
  changeSpeed,
  seekBy,
  stepPhase,
  toggleLeg,
  togglePlayback,
  toggleZones,
} from './trainerActions';

/** Actions that must not repeat while a key is held down. */
const ONCE_PER_PRESS = new Set<ShortcutAction['kind']>([
  'toggle-play',
  'toggle-leg',
  'toggle-presenter',
  'toggle-zones',
  'open-help',
  'camera',
  'hands-close-up',
]);

/** Carries out a shortcut; false when it does not apply now (Escape outside presenter mode). */
export function runShortcut(action: ShortcutAction): boolean {
  const view = useViewStore.getState();
  switch (action.kind) {
    case 'toggle-play':
      togglePlayback();
      return true;
    case 'seek-by':
      seekBy(action.seconds);
      return true;
    case 'step-phase':
      stepPhase(action.direction);
      return true;
    case 'camera':
      view.setCamera(action.preset);
      return true;
    case 'hands-close-up':
      useHandCloseUpStore.getState().requestCloseUp();
      return true;
    case 'toggle-leg':
      toggleLeg();
      return true;
    case 'toggle-presenter':
      togglePresenter();
      return true;
    case 'open-help':
      view.setHelpOpen(true);
      return true;
    case 'toggle-zones':
      toggleZones();
      return true;
    case 'speed-step':
      changeSpeed(action.direction);
      return true;
    case 'exit-presenter':
      if (!view.presenter) return false;
      setPresenterMode(false);
      return true;
  }
}

/**
 * The trainer's keyboard shortcuts on the whole page (see `src/state/shortcuts.ts`). Keys typed
 * into fields, keys a focused control already handled, and keys inside an open dialog are left
 * alone.
 */
export function useKeyboardShortcuts(): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target?.closest('dialog[open]') != null) return;
      const action = shortcutFor({
        key: event.key,
        shiftKey: event.shiftKey,
        ctrlKey: event.ctrlKey,
        metaKey: event.metaKey,
        altKey: event.altKey,
        targetTag: target?.tagName,
        targetEditable: target?.isContentEditable,
        targetToggle: target?.tagName === 'BUTTON' && target.hasAttribute('aria-pressed'),
      });
      if (action === null) return;
      if (event.repeat && ONCE_PER_PRESS.has(action.kind)) {
        event.preventDefault();
        return;
      }
      if (runShortcut(action)) event.preventDefault();
    };
    // A button is pressed by Space on key up: where Space played or paused, that press is
    // cancelled too, so a focused toggle is never flipped by it.
    const onKeyUp = (event: KeyboardEvent) => {
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (event.key !== ' ' || target?.closest('dialog[open]') != null) return;
      if (target?.tagName === 'BUTTON' && target.hasAttribute('aria-pressed'))
        event.preventDefault();
    };
    window.addEventListener('keydown', onKeyDown);
    window.addEventListener('keyup', onKeyUp);
    return () => {
      window.removeEventListener('keydown', onKeyDown);
      window.removeEventListener('keyup', onKeyUp);
    };
  }, []);
}
