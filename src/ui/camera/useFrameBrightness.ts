/**
 * Whether the camera image is too dark, checked about once a second on a tiny copy of the frame
 * (drawn into a canvas in this page; the pixels go nowhere else).
 */
import { useEffect, useState, type RefObject } from 'react';
import { tooDark } from '../../camera/frameBrightness';

const CHECK_MS = 1000;

export function useFrameBrightness(
  video: RefObject<HTMLVideoElement | null>,
  live: boolean,
): boolean {
  const [dark, setDark] = useState(false);
  useEffect(() => {
    if (!live) return undefined;
    const canvas = document.createElement('canvas');
    canvas.width = 32;
    canvas.height = 24;
    const context = canvas.getContext('2d', { willReadFrequently: true });
    const check = () => {
      const element = video.current;
      if (!context || !element || element.readyState < 2) return;
      context.drawImage(element, 0, 0, canvas.width, canvas.height);
      setDark(tooDark(context.getImageData(0, 0, canvas.width, canvas.height).data));
    };
    check();
    const timer = window.setInterval(check, CHECK_MS);
    return () => window.clearInterval(timer);
  }, [video, live]);
  return dark;
}
