/**
 * The first stop of the Tab key: straight to the player's Play button (in Watch), or to the leg
 * (in Practice), instead of through the header and the panel. Hidden until focused.
 */
import { useViewStore } from '../../state/viewStore';
import { SCREEN_TEXT } from '../strings';

export function SkipLink() {
  const mode = useViewStore((s) => s.mode);
  if (mode === 'read') return null;
  const target = mode === 'train' ? '[data-testid=play-button]' : '[data-testid=leg-canvas]';
  return (
    <a
      className="skip-link"
      href="#main"
      data-testid="skip-link"
      onClick={(event) => {
        const element = document.querySelector<HTMLElement>(target);
        if (element === null) return; // the browser follows #main instead
        event.preventDefault();
        if (element.tabIndex < 0 && element.tagName !== 'BUTTON') element.tabIndex = -1;
        element.focus();
        element.scrollIntoView({ block: 'nearest' });
      }}
    >
      {mode === 'train' ? SCREEN_TEXT.skipToPlayer : SCREEN_TEXT.skipToLeg}
    </a>
  );
}
