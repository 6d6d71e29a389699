import { useId } from 'react';
import { LAYERS, useViewStore } from '../../state/viewStore';
import { LayersIcon } from '../icons/StageIcons';
import { StageDrawer } from '../screens/StageDrawer';
import { LAYER_LABELS, trainerStrings } from '../strings';

/** A drawer on the stage with a checkbox for every layer and the skin's opacity. */
export function LayersMenu() {
  const layers = useViewStore((s) => s.layers);
  const toggleLayer = useViewStore((s) => s.toggleLayer);
  const skinOpacity = useViewStore((s) => s.skinOpacity);
  const setSkinOpacity = useViewStore((s) => s.setSkinOpacity);
  const opacityId = useId();
  const t = trainerStrings.view;
  return (
    <StageDrawer icon={<LayersIcon />} label={t.layers} testId="layers">
      <div className="trainer-layers-panel">
        <fieldset className="trainer-layers-list">
          <legend className="visually-hidden">{t.layers}</legend>
          {LAYERS.map((layer) => (
            <label key={layer} className="trainer-check">
              <input
                type="checkbox"
                checked={layers[layer]}
                data-testid={`layer-${layer}`}
                onChange={() => toggleLayer(layer)}
              />
              {LAYER_LABELS[layer]}
            </label>
          ))}
        </fieldset>
        <label className="trainer-range" htmlFor={opacityId}>
          {t.skinOpacity} <output htmlFor={opacityId}>{Math.round(skinOpacity * 100)}%</output>
        </label>
        <input
          id={opacityId}
          type="range"
          min={0.05}
          max={1}
          step={0.05}
          value={skinOpacity}
          onChange={(event) => setSkinOpacity(Number(event.target.value))}
        />
      </div>
    </StageDrawer>
  );
}
