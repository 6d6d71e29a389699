import { useId, useState } from 'react';
import type { Protocol } from '../../protocol/schema';
import { useViewStore } from '../../state/viewStore';
import { trainerStrings } from '../strings';
import { zoneLegend } from './zoneLegend';
import { ZoneLegendList } from './ZoneLegendList';

/**
 * The key to the skin colours, over the stage's bottom-left corner while the zones layer is
 * on: each level's swatch, name and why, and what the rings under the hands mean. Foldable, so
 * it never hides the leg for long.
 */
export function ZoneLegend({ protocol }: { protocol: Protocol }) {
  const zonesOn = useViewStore((s) => s.layers.zones);
  const [open, setOpen] = useState(true);
  const headingId = useId();
  const bodyId = useId();
  if (!zonesOn) return null;
  const t = trainerStrings.legend;
  return (
    <section className="trainer-legend" aria-labelledby={headingId} data-testid="zone-legend">
      <div className="trainer-legend-header">
        <h2 id={headingId} className="trainer-legend-heading">
          {t.title}
        </h2>
        <button
          type="button"
          className="trainer-button trainer-small-button"
          aria-expanded={open}
          aria-controls={bodyId}
          onClick={() => setOpen(!open)}
        >
          {open ? t.hide : t.show}
        </button>
      </div>
      <div id={bodyId} hidden={!open}>
        <ZoneLegendList entries={zoneLegend(protocol)} />
        <p className="trainer-legend-rings">{t.rings}</p>
      </div>
    </section>
  );
}
