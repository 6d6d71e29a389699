/**
 * The loaded leg and protocol as practice mode uses them: chart, surface, analysis context and
 * drills. Null until the leg model has loaded.
 */
import { useMemo } from 'react';
import { regionsAt } from '../../anatomy/regions';
import type { TraceContext } from '../../practice/analyzeTrace';
import { drillsFor, type Drill } from '../../practice/drills';
import { legTraceContext } from '../../practice/legTraceContext';
import { useLegStore } from '../../state/legStore';
import { useProtocolStore } from '../../state/protocolStore';
import { useLegMarks } from '../marks/useLegMarks';
import { practiceLegOf, type PracticeLeg } from './practiceLeg';

export interface PracticeSetup extends PracticeLeg {
  context: TraceContext;
  drills: Drill[];
}

export function usePracticeLeg(): PracticeSetup | null {
  const status = useLegStore((s) => s.status);
  const protocol = useProtocolStore((s) => s.shown);
  const model = status.kind === 'ready' ? status.model : null;
  // Places marked to keep off: a stroke that crosses one is flagged, drills stop short of them.
  const marks = useLegMarks(model);
  return useMemo(() => {
    if (!model) return null;
    const leg = practiceLegOf(model);
    const context = legTraceContext(protocol, leg.skin, regionsAt, marks);
    return { ...leg, context, drills: drillsFor(context) };
  }, [model, protocol, marks]);
}
