import type { Stroke } from '../../protocol/schema';
import { capitalise, describeLane } from '../describe';
import { STROKE_KIND_LABELS } from '../strings';
import { useProtocolLang } from '../useProtocolLang';

/** Each stroke lane of a phase in words: how the hands move, from where to where, and the note. */
export function StrokeLaneList({ strokes }: { strokes: readonly Stroke[] }) {
  const lang = useProtocolLang();
  return (
    <ul className="lanes">
      {strokes.map((stroke) => (
        <li key={stroke.id} className="lane">
          <p className="lane-path">
            <strong>{STROKE_KIND_LABELS[stroke.kind]}</strong>, {describeLane(stroke)}.
          </p>
          <p className="lane-description" {...lang}>
            {capitalise(stroke.description)}
          </p>
        </li>
      ))}
    </ul>
  );
}
