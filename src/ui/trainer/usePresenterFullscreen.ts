import { useEffect } from 'react';
import { useViewStore } from '../../state/viewStore';
import { exitFullscreen } from './presenterMode';

/**
 * Keeps presenter mode and full screen together: leaving full screen (Escape, the browser's own
 * controls) leaves presenter mode, and leaving presenter mode by any means leaves full screen.
 */
export function usePresenterFullscreen(): void {
  useEffect(() => {
    const onChange = () => {
      if (document.fullscreenElement === null && useViewStore.getState().presenter) {
        useViewStore.getState().setPresenter(false);
      }
    };
    document.addEventListener('fullscreenchange', onChange);
    const offView = useViewStore.subscribe((s, previous) => {
      if (!s.presenter && previous.presenter) exitFullscreen();
    });
    return () => {
      document.removeEventListener('fullscreenchange', onChange);
      offView();
    };
  }, []);
}
