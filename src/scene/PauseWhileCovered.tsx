/**
 * No frames while a panel covers the whole 3D view: a frame nobody sees still costs the page's
 * thread (a trace shown behind the camera check compiled its shaders there: 1.5 s with the
 * detector keeping a software GPU busy, measured by scripts/camera/cost.ts --profile). When the
 * panel goes, the render loop is put back as it was and draws the scene as it is now.
 */
import { useThree } from '@react-three/fiber';
import { useEffect } from 'react';
import { useStageCoverStore } from '../state/stageCoverStore';

export function PauseWhileCovered() {
  const covered = useStageCoverStore((s) => s.covered);
  const get = useThree((s) => s.get);

  useEffect(() => {
    if (!covered) return undefined;
    const { frameloop, setFrameloop } = get();
    setFrameloop('never');
    return () => {
      get().setFrameloop(frameloop);
      get().invalidate();
    };
  }, [covered, get]);

  return null;
}
