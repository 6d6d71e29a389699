/** The side panel of practice mode: how to draw, the drill, the check of the stroke, files. */
import type { Protocol } from '../../protocol/schema';
import { practiceStrings } from '../strings';
import { CameraCheckEntry } from '../camera/CameraCheckEntry';
import { DrillPanel } from './DrillPanel';
import { FeedbackPanel } from './FeedbackPanel';
import type { SessionSetup } from './practiceSession';
import { PressureChoice } from './PressureChoice';
import { TraceFiles } from './TraceFiles';
import { TraceLegend } from './TraceLegend';
import { ViewChoice } from './ViewChoice';

interface Props {
  protocol: Protocol;
  setup: SessionSetup | null;
}

export function PracticePanel({ protocol, setup }: Props) {
  return (
    <aside
      className="practice-panel"
      aria-label={practiceStrings.panel.label}
      data-testid="practice-panel"
    >
      <PressureChoice />
      <FeedbackPanel protocol={protocol} />
      <DrillPanel drills={setup?.drills ?? null} />
      <TraceLegend />
      <TraceFiles setup={setup} />
      <CameraCheckEntry protocol={protocol} setup={setup} />
      <ViewChoice />
    </aside>
  );
}
