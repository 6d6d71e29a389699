import type { ZoneLegendEntry } from './zoneLegend';
import { ZoneSwatch } from './ZoneSwatch';

interface ZoneLegendListProps {
  entries: readonly ZoneLegendEntry[];
  /** Show the protocol's reasons under each zone (else only swatch and name). */
  withReasons: boolean;
}

/** Each zone's swatch and name, and on request the protocol's reasons for it. */
export function ZoneLegendList({ entries, withReasons }: ZoneLegendListProps) {
  return (
    <ul className="trainer-legend-list" data-reasons={withReasons ? 'true' : undefined}>
      {entries.map((entry) => (
        <li key={entry.level} className="trainer-legend-item">
          <ZoneSwatch level={entry.level} />
          <div>
            <strong className="trainer-legend-title">{entry.title}</strong>
            <ul className="trainer-legend-reasons" hidden={!withReasons}>
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
