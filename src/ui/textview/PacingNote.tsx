import type { Phase } from '../../protocol/schema';
import { strings } from '../strings';

/** The demonstration pace of a phase, marked as Proximal's choice rather than the method's. */
export function PacingNote({
  pacing,
  sharePercent,
}: {
  pacing: Phase['pacing'];
  sharePercent: number;
}) {
  return (
    <p className="pacing">
      <span className="provenance-tag">{strings.pacing.label}</span>{' '}
      {strings.pacing.details(pacing.demoStrokes, pacing.strokeSeconds, sharePercent)}
    </p>
  );
}
