/**
 * Practice mode's scene content, in the leg's own space: the tracing input with its live line,
 * the checked trace, the chosen drill's target lane, and (in test builds) the test probe.
 */
import type { LegChart } from '../../anatomy/chart';
import type { Drill } from '../../practice/drills';
import type { Trace } from '../../practice/traceFile';
import type { SkinSurface } from '../surface';
import { DrillLane } from './DrillLane';
import { PracticeProbe } from './PracticeProbe';
import { TraceInput } from './TraceInput';
import { TracePath } from './TracePath';

interface Props {
  chart: LegChart;
  surface: SkinSurface;
  drill: Drill | null;
  onTrace: (trace: Trace) => void;
}

export function PracticeScene({ chart, surface, drill, onTrace }: Props) {
  return (
    <>
      {drill && <DrillLane drill={drill} surface={surface} />}
      <TracePath surface={surface} />
      <TraceInput chart={chart} surface={surface} onTrace={onTrace} />
      {import.meta.env.TEST_HOOKS && <PracticeProbe surface={surface} />}
    </>
  );
}
