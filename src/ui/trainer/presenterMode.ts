/**
 * Presenter mode: the stage large for a class, with full screen when the browser allows it.
 * Full screen must be asked for inside the click or key press that turns the mode on, so these
 * are plain functions called from those handlers.
 */
import { useViewStore } from '../../state/viewStore';

function enterFullscreen(): void {
  if (typeof document === 'undefined') return;
  if (!document.fullscreenEnabled || document.fullscreenElement !== null) return;
  // Refused (no user gesture, a policy): presenter mode works without full screen.
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen(): void {
  if (typeof document === 'undefined' || document.fullscreenElement === null) return;
  document.exitFullscreen().catch(() => undefined);
}

export function setPresenterMode(on: boolean): void {
  useViewStore.getState().setPresenter(on);
  if (on) enterFullscreen();
  else exitFullscreen();
}

export function togglePresenter(): void {
  setPresenterMode(!useViewStore.getState().presenter);
}
