/**
 * The places to keep off on the leg shown: the user's marks and the protocol's, as chart
 * footprints sized on the loaded model. The same list colours the skin and checks strokes.
 */
import { useMemo } from 'react';
import { LegChart } from '../../anatomy/chart';
import { chartScaleOf } from '../../anatomy/chartScale';
import { footprintsOnLeg, type KeepOffMark } from '../../anatomy/keepOffMarks';
import type { LegModel } from '../../anatomy/legModel';
import type { UserMark } from '../../anatomy/markFootprint';
import { useMarksStore } from '../../state/marksStore';
import { useProtocolStore } from '../../state/protocolStore';
import { useViewStore } from '../../state/viewStore';

const NO_MARKS: UserMark[] = [];
const NO_PROTOCOL_MARKS: KeepOffMark[] = [];

/** The user's marks and the protocol's, in one list (the protocol's first). */
export function useAllMarks(): KeepOffMark[] {
  const marks = useMarksStore((s) => s.marks);
  const fromProtocol = useProtocolStore((s) => s.shown.keepOffMarks) ?? NO_PROTOCOL_MARKS;
  return useMemo(
    () => (fromProtocol.length === 0 ? marks : [...fromProtocol, ...marks]),
    [marks, fromProtocol],
  );
}

export function useLegMarks(model: LegModel | null): UserMark[] {
  const marks = useAllMarks();
  const leg = useViewStore((s) => s.leg);
  const scale = useMemo(() => (model ? chartScaleOf(LegChart.fromModel(model)) : null), [model]);
  return useMemo(
    () => (scale === null || marks.length === 0 ? NO_MARKS : footprintsOnLeg(marks, leg, scale)),
    [marks, leg, scale],
  );
}
