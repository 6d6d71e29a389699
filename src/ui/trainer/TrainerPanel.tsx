import type { Protocol } from '../../protocol/schema';
import { useSetupStore } from '../../state/setupStore';
import { useViewStore } from '../../state/viewStore';
import { MarksPanel } from '../marks/MarksPanel';
import { trainerStrings } from '../strings';
import { DirectionReminder } from './DirectionReminder';
import { PhaseCard } from './PhaseCard';
import { PhaseOutline } from './PhaseOutline';
import { SafetyStrip } from './SafetyStrip';
import { SetupCard } from './SetupCard';

/**
 * The trainer's left panel (about 360 px, scrolling on its own): safety first, the direction
 * rule pinned in view, the phase outline, then the setup checklist or the current phase.
 * Hidden in presenter mode.
 */
export function TrainerPanel({ protocol }: { protocol: Protocol }) {
  const presenter = useViewStore((s) => s.presenter);
  const showingSetup = useSetupStore((s) => s.showingSetup);
  return (
    <aside
      className="trainer-panel"
      aria-label={trainerStrings.panel.label}
      data-testid="trainer-panel"
      hidden={presenter}
    >
      <SafetyStrip contraindications={protocol.contraindications} />
      <DirectionReminder rules={protocol.rules} />
      <PhaseOutline phases={protocol.phases} />
      {showingSetup ? <SetupCard steps={protocol.setup} /> : <PhaseCard protocol={protocol} />}
      <MarksPanel />
    </aside>
  );
}
