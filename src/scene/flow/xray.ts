/**
 * The "x-ray" look of the valve layer: turning the valves on makes the skin see-through, shows
 * the veins they sit in and hides the pressure-zone colours (faint and muddy through a
 * see-through skin, and their key would sit where the valves card grows); turning the valves off
 * puts back what this changed, unless the learner has changed it since. Runs on the layer
 * toggle, through a store subscription, never per frame.
 */
import { useViewStore, type ViewState } from '../../state/viewStore';

/** Skin opacity of the x-ray look: the skin's outline still reads, the veins show through. */
export const XRAY_SKIN_OPACITY = 0.25;

interface Changed {
  opacity: number | null;
  veins: boolean;
  zones: boolean;
}

function xrayOn(s: ViewState): Changed {
  const changed: Changed = { opacity: null, veins: !s.layers.veins, zones: s.layers.zones };
  if (s.skinOpacity > XRAY_SKIN_OPACITY) {
    changed.opacity = s.skinOpacity;
    s.setSkinOpacity(XRAY_SKIN_OPACITY);
  }
  if (changed.veins || changed.zones) {
    s.setLayers({ ...s.layers, veins: true, zones: false });
  }
  return changed;
}

function xrayOff(s: ViewState, changed: Changed): void {
  if (changed.opacity !== null && s.skinOpacity === XRAY_SKIN_OPACITY) {
    s.setSkinOpacity(changed.opacity);
  }
  const layers = { ...s.layers };
  if (changed.veins) layers.veins = false;
  if (changed.zones) layers.zones = true;
  if (changed.veins || changed.zones) s.setLayers(layers);
}

/** Starts following the valves layer; returns the unsubscribe function. */
export function xrayWhenValvesShown(): () => void {
  let changed: Changed | null = null;
  return useViewStore.subscribe((s, previous) => {
    if (s.layers.valves === previous.layers.valves) return;
    if (s.layers.valves) changed = xrayOn(s);
    else if (changed) {
      const undo = changed;
      changed = null;
      xrayOff(useViewStore.getState(), undo);
    }
  });
}
