/** The valves layer's x-ray look: applied on the toggle, undone on the way back. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LAYERS, useViewStore } from '../../../src/state/viewStore';
import { XRAY_SKIN_OPACITY, xrayWhenValvesShown } from '../../../src/scene/flow/xray';

let stop: () => void;
const view = () => useViewStore.getState();

beforeEach(() => {
  useViewStore.setState({ layers: DEFAULT_LAYERS, skinOpacity: 1 });
  stop = xrayWhenValvesShown();
});
afterEach(() => stop());

describe('xrayWhenValvesShown', () => {
  it('turning the valves on makes the skin see-through, shows the veins, hides the zones', () => {
    view().toggleLayer('valves');
    expect(view().skinOpacity).toBe(XRAY_SKIN_OPACITY);
    expect(view().layers).toMatchObject({ valves: true, veins: true, zones: false });
  });

  it('turning them off puts it all back', () => {
    view().toggleLayer('valves');
    view().toggleLayer('valves');
    expect(view().skinOpacity).toBe(1);
    expect(view().layers).toEqual(DEFAULT_LAYERS);
  });

  it('keeps what the learner changed meanwhile', () => {
    view().toggleLayer('valves');
    view().setSkinOpacity(0.6);
    view().toggleLayer('zones');
    view().toggleLayer('valves');
    expect(view().skinOpacity).toBe(0.6);
    expect(view().layers.zones).toBe(true);
    expect(view().layers.veins).toBe(false);
  });

  it('leaves a skin already more see-through, and veins already shown, as they are', () => {
    useViewStore.setState({ skinOpacity: 0.1, layers: { ...DEFAULT_LAYERS, veins: true } });
    view().toggleLayer('valves');
    expect(view().skinOpacity).toBe(0.1);
    view().toggleLayer('valves');
    expect(view().layers.veins).toBe(true);
    expect(view().skinOpacity).toBe(0.1);
  });

  it('does nothing on other changes', () => {
    view().toggleLayer('bones');
    expect(view().skinOpacity).toBe(1);
    expect(view().layers.veins).toBe(false);
  });
});
