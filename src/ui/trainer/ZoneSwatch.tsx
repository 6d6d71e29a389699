import type { ZoneLevel } from '../../protocol/zones';
import { tintedZoneColour, ZONE_STRIPED } from '../../scene/zonePalette';

/** The colour of a zone as the skin shows it; striped where the skin is striped too. */
export function ZoneSwatch({ level }: { level: ZoneLevel }) {
  return (
    <span
      className="trainer-swatch"
      data-striped={ZONE_STRIPED[level] ? 'true' : undefined}
      style={{ backgroundColor: tintedZoneColour(level) }}
      aria-hidden="true"
    />
  );
}
