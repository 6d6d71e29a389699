import { useEffect, type RefObject } from 'react';
import { usePlaybackStore } from '../../state/playbackStore';

/** Room left between the pinned direction rule and the card's top (px). */
const GAP_PX = 8;

/**
 * While the lesson plays in a panel that scrolls on its own (tablets and laptops), each new phase
 * brings its card up under the pinned lines (direction rule, stop signs) when its stroke shown is not all on screen,
 * so the technique and the stroke are read without scrolling (on a 1280×720 laptop the safety
 * strip above leaves them below the fold). Not on phones, where the page scrolls, not the panel;
 * not while paused, when the reader scrolls.
 */
export function usePhaseCardInView(card: RefObject<HTMLElement | null>, phaseIndex: number): void {
  const playing = usePlaybackStore((s) => s.playing);
  useEffect(() => {
    const el = card.current;
    const panel = el?.closest<HTMLElement>('.trainer-panel');
    if (!playing || !el || !panel) return;
    if (getComputedStyle(panel).overflowY !== 'auto') return;
    if (panel.scrollHeight <= panel.clientHeight) return;
    // The pinned lines, with room for the DVT line that appears once the safety strip has gone.
    const pinned =
      (panel.querySelector('.trainer-pinned')?.getBoundingClientRect().height ?? 0) +
      (panel.querySelector<HTMLElement>('.trainer-safety-pin')?.offsetHeight ?? 0);
    const view = panel.getBoundingClientRect();
    const stroke = (el.querySelector('[data-testid=stroke-shown]') ?? el).getBoundingClientRect();
    if (stroke.top >= view.top + pinned && stroke.bottom <= view.bottom) return;
    // The card's top under the pinned lines; if the stroke shown would then end below the
    // fold, further, so that it does not (the phase's name is in the scrubber too).
    let by = el.getBoundingClientRect().top - view.top - pinned - GAP_PX;
    const strokeEnd = stroke.bottom - by;
    if (strokeEnd > view.bottom) by += strokeEnd - view.bottom + GAP_PX;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    panel.scrollTo({ top: panel.scrollTop + by, behavior: reduced ? 'auto' : 'smooth' });
  }, [card, playing, phaseIndex]);
}
