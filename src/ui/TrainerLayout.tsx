/**
 * The trainer: the learning panel beside the 3D stage, the transport underneath, and the view
 * controls, legend and captions over the stage. Panels and overlays are plain DOM; only the
 * stage draws 3D.
 */
import { useProtocolStore } from '../state/protocolStore';
import { useViewStore } from '../state/viewStore';
import { FlowOverlay } from './flow/FlowOverlay';
import { ValvesIcon } from './icons/StageIcons';
import { StageDrawer } from './screens/StageDrawer';
import { SCREEN_TEXT } from './strings';
import { TrainerStage } from './TrainerStage';
import { TuningSceneLayer } from './tuning/TuningSceneLayer';
import {
  HelpDialog,
  PhaseAnnouncer,
  PresenterCaption,
  TrainerPanel,
  TransportBar,
  useTrainerBehaviour,
  ViewControls,
  ZoneLegend,
} from './trainer';

export function TrainerLayout() {
  const protocol = useProtocolStore((s) => s.shown);
  const valvesOn = useViewStore((s) => s.layers.valves);
  useTrainerBehaviour();
  return (
    <div className="trainer" data-testid="trainer">
      <TrainerPanel protocol={protocol} />
      <TrainerStage sceneChildren={<TuningSceneLayer />}>
        <ViewControls />
        {/* One column down the left: the valves card above the zone key, never over it. It
            scrolls, and clips the valve close-up drawn into the card (renderWithCloseUp). The
            valves card opens with the valves layer and stays open while the lesson plays: its
            close-up and its wrong-way switch are for watching the strokes. */}
        <div className="trainer-stage-left" data-flow-closeup-clip="">
          <StageDrawer
            icon={<ValvesIcon />}
            label={SCREEN_TEXT.valves}
            hint={SCREEN_TEXT.valvesLabel}
            testId="valves-drawer"
            openWhenRoomy
            openWhen={valvesOn}
            foldOnPlay={false}
          >
            <FlowOverlay rules={protocol.rules} />
          </StageDrawer>
          <ZoneLegend protocol={protocol} />
        </div>
      </TrainerStage>
      <PresenterCaption protocol={protocol} />
      <TransportBar protocol={protocol} />
      <PhaseAnnouncer protocol={protocol} />
      <HelpDialog protocol={protocol} />
    </div>
  );
}
