import { useId, useState } from 'react';
import type { Protocol } from '../../protocol/schema';
import { useViewStore } from '../../state/viewStore';
import { KeyIcon } from '../icons/StageIcons';
import { StageDrawer } from '../screens/StageDrawer';
import { SCREEN_TEXT, trainerStrings } from '../strings';
import { zoneLegend } from './zoneLegend';
import { ZoneLegendList } from './ZoneLegendList';

/**
 * The key to the skin colours, over the stage's bottom-left corner while the zones layer is
 * on: each level's swatch and name, why (the protocol's rules) on demand, and what the rings
 * under the hands mean. A drawer that folds to one button where the stage has no room for it.
 */
export function ZoneLegend({
  protocol,
  openWhenRoomy = true,
}: {
  protocol: Protocol;
  /** Open at first on a roomy screen (Watch); Practice keeps it folded, clear of the foot. */
  openWhenRoomy?: boolean;
}) {
  const zonesOn = useViewStore((s) => s.layers.zones);
  const [why, setWhy] = useState(false);
  const headingId = useId();
  const listId = useId();
  if (!zonesOn) return null;
  const t = trainerStrings.legend;
  return (
    <StageDrawer
      icon={<KeyIcon />}
      label={SCREEN_TEXT.key}
      hint={SCREEN_TEXT.keyLabel}
      testId="key-drawer"
      openWhenRoomy={openWhenRoomy}
    >
      <section className="trainer-legend" aria-labelledby={headingId} data-testid="zone-legend">
        <div className="trainer-legend-header">
          <h2 id={headingId} className="trainer-legend-heading">
            {t.title}
          </h2>
          <button
            type="button"
            className="trainer-button trainer-small-button"
            aria-expanded={why}
            aria-controls={listId}
            onClick={() => setWhy(!why)}
          >
            {t.why}
          </button>
        </div>
        <div id={listId}>
          <ZoneLegendList entries={zoneLegend(protocol)} withReasons={why} />
        </div>
        <p className="trainer-legend-rings">{t.rings}</p>
      </section>
    </StageDrawer>
  );
}
