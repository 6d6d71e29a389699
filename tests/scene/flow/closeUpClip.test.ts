/**
 * Where the valve close-up may draw: the part of its window inside the scrolling column that
 * holds the card (canvas viewport coordinates, origin bottom-left).
 */
import { describe, expect, it } from 'vitest';
import { closeUpViewport, visiblePart } from '../../../src/scene/flow/renderWithCloseUp';

const canvas = { left: 100, top: 50, width: 800, height: 500 };
const window = { left: 120, top: 300, width: 150, height: 150 };

describe('the close-up inset', () => {
  const view = closeUpViewport(window, canvas);

  it('sits where its window is, measured from the canvas bottom', () => {
    expect(view).toEqual({ x: 20, y: 100, width: 150, height: 150 });
  });

  it('draws whole when its column shows all of it, or has no column', () => {
    const column = { left: 110, top: 60, width: 300, height: 480 };
    expect(visiblePart(view!, column, canvas)).toEqual(view);
    expect(visiblePart(view!, null, canvas)).toEqual(view);
  });

  it('is cut where its column ends: only the top 100 px of a window running 50 px past it', () => {
    const column = { left: 110, top: 60, width: 300, height: 340 }; // ends at page y 400
    expect(visiblePart(view!, column, canvas)).toEqual({ x: 20, y: 150, width: 150, height: 100 });
  });

  it('draws nothing when scrolled out of its column', () => {
    const column = { left: 110, top: 60, width: 300, height: 200 }; // ends at page y 260
    expect(visiblePart(view!, column, canvas)).toBeNull();
  });
});
