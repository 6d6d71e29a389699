import { useEffect, useState, type RefObject } from 'react';
import type { Contraindication } from '../../protocol/schema';
import { WarningIcon } from '../icons/WarningIcon';
import { trainerStrings } from '../strings';
import { useProtocolLang } from '../useProtocolLang';

/**
 * Whether an element is out of sight, scrolled away in the panel that scrolls on its own
 * (tablets and laptops) or off the page (phones, where the page scrolls).
 */
function useScrolledAway(target: RefObject<HTMLElement | null>): boolean {
  const [away, setAway] = useState(false);
  useEffect(() => {
    const el = target.current;
    if (!el || typeof IntersectionObserver === 'undefined') return;
    const panel = el.closest<HTMLElement>('.trainer-panel');
    let observer: IntersectionObserver | null = null;
    let observedRoot: HTMLElement | null | undefined;
    // Which of the two scrolls depends on the layout, which changes with the window's size (a
    // tablet turned, a window narrowed): watched from the root chosen for the layout of now.
    const observe = () => {
      const root = panel && getComputedStyle(panel).overflowY === 'auto' ? panel : null;
      if (observer && root === observedRoot) return;
      observer?.disconnect();
      observedRoot = root;
      observer = new IntersectionObserver(
        ([entry]) => setAway(entry !== undefined && !entry.isIntersecting),
        // Under the pinned lines, the strip counts as gone once less than a sliver shows.
        { root, threshold: 0, rootMargin: '-96px 0px 0px 0px' },
      );
      observer.observe(el);
    };
    observe();
    window.addEventListener('resize', observe);
    return () => {
      window.removeEventListener('resize', observe);
      observer?.disconnect();
    };
  }, [target]);
  return away;
}

/**
 * The "stop" contraindications (a known or suspected DVT) named in one pinned line, shown once
 * the safety strip has scrolled out of sight: while a lesson plays the phase card is brought into
 * view and the strip leaves a laptop's screen, and the clot must never leave it. "Signs" brings
 * the whole strip back.
 */
export function SafetyPin({
  contraindications,
  strip,
}: {
  contraindications: readonly Contraindication[];
  strip: RefObject<HTMLElement | null>;
}) {
  const away = useScrolledAway(strip);
  const lang = useProtocolLang();
  const stops = contraindications.filter((item) => item.severity === 'stop');
  if (stops.length === 0) return null;
  const showStrip = () => {
    const el = strip.current;
    if (!el) return;
    const reduced = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    el.scrollIntoView({ block: 'start', behavior: reduced ? 'auto' : 'smooth' });
    el.focus({ preventScroll: true });
  };
  return (
    // Laid out even while the strip is in sight (hidden, not removed), so the panel can keep
    // room for it and its arrival never covers the phase card.
    <div
      className="trainer-safety-pin"
      data-testid="safety-pin"
      data-away={away}
      aria-hidden={!away}
    >
      <WarningIcon className="trainer-safety-icon" />
      <p className="trainer-safety-pin-text">
        <strong {...lang}>{stops.map((item) => item.name).join(' · ')}</strong>
      </p>
      <button
        type="button"
        className="trainer-safety-pin-more"
        onClick={showStrip}
        tabIndex={away ? 0 : -1}
      >
        {trainerStrings.safetyStrip.showSigns}
      </button>
    </div>
  );
}
