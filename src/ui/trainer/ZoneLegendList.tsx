import type { ZoneLegendEntry } from './zoneLegend';
import { ZoneSwatch } from './ZoneSwatch';

/** Each zone's swatch, name and the protocol's reasons for it. */
export function ZoneLegendList({ entries }: { entries: readonly ZoneLegendEntry[] }) {
  return (
    <ul className="trainer-legend-list">
      {entries.map((entry) => (
        <li key={entry.level} className="trainer-legend-item">
          <ZoneSwatch level={entry.level} />
          <div>
            <strong className="trainer-legend-title">{entry.title}</strong>
            <ul className="trainer-legend-reasons">
              {entry.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
          </div>
        </li>
      ))}
    </ul>
  );
}
