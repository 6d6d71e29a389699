import { useDeepLinkSync } from './useDeepLinkSync';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePresenterFullscreen } from './usePresenterFullscreen';
import { useSetupAutoHide } from './useSetupAutoHide';

/**
 * Everything the trainer does on the page as a whole: keyboard shortcuts, the URL kept in step
 * with the view, the setup step leaving once the lesson moves, and full screen with presenter
 * mode. Call once, from the component that shows the trainer.
 */
export function useTrainerBehaviour(): void {
  useSetupAutoHide();
  useDeepLinkSync();
  useKeyboardShortcuts();
  usePresenterFullscreen();
}
