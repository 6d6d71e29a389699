import { useEffect, type RefObject } from 'react';

/** Seconds of stillness before the transport fades in presenter mode. */
const AUTO_HIDE_MS = 3000;

/**
 * While `enabled`, marks the element `data-idle` after `delayMs` without pointer movement, and
 * clears the mark on pointer movement or when focus enters it. It never goes idle while focus is
 * inside. The mark is written to the DOM directly; CSS does the fading.
 */
export function useAutoHide(
  ref: RefObject<HTMLElement | null>,
  enabled: boolean,
  delayMs: number = AUTO_HIDE_MS,
): void {
  useEffect(() => {
    const element = ref.current;
    if (!enabled || element === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const arm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (!element.contains(document.activeElement)) element.setAttribute('data-idle', '');
      }, delayMs);
    };
    const wake = () => {
      element.removeAttribute('data-idle');
      arm();
    };
    wake();
    window.addEventListener('pointermove', wake);
    window.addEventListener('pointerdown', wake);
    element.addEventListener('focusin', wake);
    element.addEventListener('focusout', arm);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('pointerdown', wake);
      element.removeEventListener('focusin', wake);
      element.removeEventListener('focusout', arm);
      element.removeAttribute('data-idle');
    };
  }, [ref, enabled, delayMs]);
}
