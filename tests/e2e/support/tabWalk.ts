/**
 * Walks the page with the Tab key, as a keyboard user does, and reports which controls were
 * reached and which showed no focus indicator (no outline and no box-shadow) when focused.
 */
import type { Page } from 'playwright-core';

export interface TabWalk {
  /** Visible, enabled controls that Tab never reached (a radio group counts once). */
  unreached: string[];
  /** Controls that had focus but drew no visible focus indicator. */
  noIndicator: string[];
  /** How many Tab presses went round the page. */
  stops: number;
}

const CONTROLS =
  'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';

export async function tabWalk(page: Page, maxStops = 300): Promise<TabWalk> {
  const controls = await page.evaluate((selector) => {
    const found: { id: string; group: string }[] = [];
    let n = 0;
    for (const el of document.querySelectorAll<HTMLElement>(selector)) {
      const disabled = (el as HTMLButtonElement).disabled === true;
      if (disabled || !el.checkVisibility({ visibilityProperty: true }) || el.inert) continue;
      if (el.closest('[inert]') !== null) continue;
      const id = `tw-${n++}`;
      el.dataset.tabwalk = id;
      const input = el as HTMLInputElement;
      const group = input.type === 'radio' && input.name ? `radio:${input.name}` : id;
      const label =
        el.getAttribute('aria-label') ?? el.textContent?.trim().slice(0, 40) ?? el.tagName;
      found.push({ id, group: `${group}|${el.tagName.toLowerCase()} "${label}"` });
    }
    (document.activeElement as HTMLElement | null)?.blur();
    return found;
  }, CONTROLS);

  const reachedGroups = new Set<string>();
  const noIndicator: string[] = [];
  let first: string | null = null;
  let stops = 0;
  for (; stops < maxStops; stops++) {
    await page.keyboard.press('Tab');
    const focus = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (el === null || el === document.body) return null;
      const style = getComputedStyle(el);
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      const shadow = style.boxShadow !== 'none' && style.boxShadow !== '';
      return {
        id: el.dataset.tabwalk ?? `untracked ${el.tagName.toLowerCase()}`,
        describe: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
        indicator: outline || shadow,
      };
    });
    if (focus === null) continue;
    if (focus.id === first) break;
    first ??= focus.id;
    const control = controls.find((c) => c.id === focus.id);
    if (control) reachedGroups.add(control.group);
    if (!focus.indicator) noIndicator.push(focus.describe);
  }
  const unreached = controls
    .filter((c) => !reachedGroups.has(c.group))
    .map((c) => c.group.split('|')[1] ?? c.id);
  return { unreached: [...new Set(unreached)], noIndicator: [...new Set(noIndicator)], stops };
}
