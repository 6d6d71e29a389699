/**
 * Practice mode: the learner draws a stroke on the leg and gets it checked. The panel (pressure,
 * feedback, drills, files) sits beside the stage, which shows the leg without the lesson's
 * hands and lanes and takes the tracing scene in the leg's own space.
 */
import { useCallback, useEffect, useMemo } from 'react';
import type { Trace } from '../../practice/traceFile';
import { PracticeScene } from '../../scene/practice/PracticeScene';
import { usePracticeStore } from '../../state/practiceStore';
import { useProtocolStore } from '../../state/protocolStore';
import { ResetViewButton } from '../screens/ResetViewButton';
import { TrainerStage } from '../TrainerStage';
import { ZoneLegend } from '../trainer';
import { PracticePanel } from './PracticePanel';
import { PracticeWithoutWebGL } from './PracticeWithoutWebGL';
import { stopReplay, submitTrace, type SessionSetup } from './practiceSession';
import { StageHint } from './StageHint';
import { StageVerdict } from './StageVerdict';
import { TraceDropZone } from './TraceDropZone';
import { usePracticeCamera } from './usePracticeCamera';
import { usePracticeLeg } from './usePracticeLeg';
import { whenIdle } from './whenIdle';
import { useStandingLeg } from './useStandingLeg';

export function PracticeLayout() {
  const protocol = useProtocolStore((s) => s.shown);
  const leg = usePracticeLeg();
  const drillId = usePracticeStore((s) => s.drillId);
  const drill = leg?.drills.find((d) => d.id === drillId) ?? null;
  const setup: SessionSetup | null = useMemo(
    () =>
      leg
        ? {
            context: leg.context,
            drills: leg.drills,
            network: leg.network,
            analysis: { protocol, leg: leg.skin, marks: [] },
          }
        : null,
    [leg, protocol],
  );
  const onTrace = useCallback(
    (trace: Trace) => {
      if (setup) submitTrace(trace, 'drawn', setup);
    },
    [setup],
  );

  useStandingLeg();
  usePracticeCamera();
  useEffect(() => stopReplay, []);
  useEffect(() => (leg ? whenIdle(leg.network) : undefined), [leg]);

  return (
    <div className="trainer practice" data-testid="practice">
      <PracticePanel protocol={protocol} setup={setup} />
      <TraceDropZone setup={setup}>
        <TrainerStage
          showLesson={false}
          withoutWebGL={<PracticeWithoutWebGL />}
          sceneChildren={
            leg && (
              <PracticeScene
                chart={leg.chart}
                surface={leg.surface}
                drill={drill}
                onTrace={onTrace}
              />
            )
          }
        >
          <StageHint />
          <StageVerdict />
          <ResetViewButton />
          {/* The key to the skin colours, folded to a button at the bottom left. */}
          <div className="trainer-stage-left">
            <ZoneLegend protocol={protocol} openWhenRoomy={false} />
          </div>
        </TrainerStage>
      </TraceDropZone>
    </div>
  );
}
