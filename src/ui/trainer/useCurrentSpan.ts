/** The timeline and the phase span under the playhead (re-renders once per phase change). */
import type { PhaseSpan, Timeline } from '../../protocol/motion/types';
import { usePlaybackStore } from '../../state/playbackStore';

export interface CurrentSpan {
  timeline: Timeline | null;
  spanIndex: number;
  span: PhaseSpan | undefined;
}

export function useCurrentSpan(): CurrentSpan {
  const timeline = usePlaybackStore((s) => s.timeline);
  const spanIndex = usePlaybackStore((s) => s.spanIndex);
  return { timeline, spanIndex, span: timeline?.spans[spanIndex] };
}
