/**
 * The valve close-up's window in the valves card: a transparent square the canvas draws the
 * close-up into (it finds it by `data-flow-closeup-window`, see
 * `src/scene/flow/renderWithCloseUp.ts`), and its caption. The caption's changing words are
 * written four times a second straight into the DOM, never by re-rendering.
 */
import { useEffect, useRef } from 'react';
import { currentFlow } from '../../scene/flow/currentFlow';
import { flowStrings } from '../strings';
import { closeUpText } from './closeUpText';

const REFRESH_MS = 250;

function writeCaption(which: HTMLElement | null, state: HTMLElement | null): void {
  const text = closeUpText(currentFlow());
  if (which && which.textContent !== text.which) which.textContent = text.which;
  if (state && state.textContent !== text.state) {
    state.textContent = text.state;
    state.dataset.shut = String(text.shut);
  }
}

export function CloseUpWindow() {
  const which = useRef<HTMLParagraphElement>(null);
  const state = useRef<HTMLParagraphElement>(null);

  useEffect(() => {
    writeCaption(which.current, state.current);
    const id = setInterval(() => writeCaption(which.current, state.current), REFRESH_MS);
    return () => clearInterval(id);
  }, []);

  const { closeUp } = flowStrings;
  return (
    <>
      <div
        className="flow-window"
        data-flow-closeup-window=""
        data-testid="valve-closeup"
        role="img"
        aria-label={closeUp.label}
      />
      <div className="flow-piece flow-window-caption">
        <p className="flow-window-title">
          {closeUp.title} <span className="flow-window-heart">{closeUp.heart}</span>
        </p>
        <p className="flow-window-state" ref={state} data-testid="valve-closeup-state" />
        <p className="flow-window-which" ref={which} />
      </div>
    </>
  );
}
