/** The key to what the trace on the leg shows: the two directions, stills, too much pressure. */
import {
  DRILL_LANE_COLOUR,
  TRACE_COLOURS,
  TRACE_EXCESS_COLOUR,
} from '../../scene/practice/traceColours';
import { practiceStrings } from '../strings';

const t = practiceStrings.legend;

/** Labels are read at render (`t[item.key]`), so they follow the language. */
const ITEMS = [
  { key: 'proximal', colour: TRACE_COLOURS.proximal, kind: 'line' },
  { key: 'distal', colour: TRACE_COLOURS.distal, kind: 'line' },
  { key: 'still', colour: TRACE_COLOURS.still, kind: 'line' },
  { key: 'excess', colour: TRACE_EXCESS_COLOUR, kind: 'halo' },
  { key: 'lane', colour: DRILL_LANE_COLOUR, kind: 'dashed' },
] as const;

export function TraceLegend() {
  return (
    <div className="practice-legend" data-testid="trace-legend">
      <h3>{t.title}</h3>
      <ul>
        {ITEMS.map((item) => (
          <li key={item.key}>
            <span
              className={`practice-swatch practice-swatch--${item.kind}`}
              style={{ ['--swatch' as string]: item.colour }}
              aria-hidden="true"
            />
            {t[item.key]}
          </li>
        ))}
      </ul>
      <p className="practice-note">{t.arrows}</p>
    </div>
  );
}
