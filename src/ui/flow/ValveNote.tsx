/**
 * "What the valves do" for the stroke being shown: one sentence per kind of stroke. Standalone,
 * so the phase card can mount it too.
 */
import { flowStrings } from '../strings';
import { useStrokeKind } from './useStrokeKind';

export function ValveNote() {
  const kind = useStrokeKind();
  if (kind === null) return null;
  return (
    <p className="flow-valve-note" data-testid="valve-note">
      <strong>{flowStrings.valveNote.heading}:</strong> {flowStrings.valveNote[kind]}
    </p>
  );
}
