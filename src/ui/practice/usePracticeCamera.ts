/**
 * Practice starts from the inner side of the leg, where its first drills run, when the camera
 * was following the lesson (Watch may have left it behind or outside the leg). A view the user
 * chose stays. A layout effect, so the scene mounts already looking from there.
 */
import { useLayoutEffect } from 'react';
import { useViewStore } from '../../state/viewStore';

export const PRACTICE_START_CAMERA = 'medial';

export function usePracticeCamera(): void {
  useLayoutEffect(() => {
    const view = useViewStore.getState();
    if (view.follow && view.camera !== PRACTICE_START_CAMERA) view.followTo(PRACTICE_START_CAMERA);
  }, []);
}
