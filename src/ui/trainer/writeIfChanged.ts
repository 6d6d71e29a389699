/**
 * DOM writes from the playback clock that leave the page alone when nothing changed. Writing an
 * element's text, even the same text, makes the browser lay out and repaint its layer; a readout
 * of whole seconds written four times a second would repaint the panel or the transport three
 * times in four for nothing (and on the bench's software GPU, every frame).
 */

/** Sets `element`'s text to `text` unless it already reads so. */
export function setTextIfChanged(element: HTMLElement, text: string): void {
  if (element.textContent !== text) element.textContent = text;
}

/** Sets attribute `name` of `element` to `value` unless it already has that value. */
export function setAttributeIfChanged(element: Element, name: string, value: string): void {
  if (element.getAttribute(name) !== value) element.setAttribute(name, value);
}
