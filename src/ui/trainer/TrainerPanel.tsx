import { useRef } from 'react';
import type { Protocol } from '../../protocol/schema';
import { useSetupStore } from '../../state/setupStore';
import { useViewStore } from '../../state/viewStore';
import { MarksPanel } from '../marks/MarksPanel';
import { trainerStrings } from '../strings';
import { DirectionReminder } from './DirectionReminder';
import { PhaseCard } from './PhaseCard';
import { PhaseOutline } from './PhaseOutline';
import { SafetyPin } from './SafetyPin';
import { SafetyStrip } from './SafetyStrip';
import { SetupCard } from './SetupCard';

/**
 * The trainer's left panel (about 360 px, scrolling on its own): safety first, the direction
 * rule pinned in view (with the stop signs' line once the safety strip scrolls away), the phase
 * outline, then the setup checklist or the current phase.
 * Hidden in presenter mode.
 */
export function TrainerPanel({ protocol }: { protocol: Protocol }) {
  const presenter = useViewStore((s) => s.presenter);
  const showingSetup = useSetupStore((s) => s.showingSetup);
  const strip = useRef<HTMLElement>(null);
  return (
    <aside
      className="trainer-panel"
      aria-label={trainerStrings.panel.label}
      data-testid="trainer-panel"
      hidden={presenter}
    >
      <SafetyStrip contraindications={protocol.contraindications} sectionRef={strip} />
      <div className="trainer-pinned">
        <DirectionReminder rules={protocol.rules} />
        <SafetyPin contraindications={protocol.contraindications} strip={strip} />
      </div>
      <PhaseOutline phases={protocol.phases} />
      {showingSetup ? <SetupCard steps={protocol.setup} /> : <PhaseCard protocol={protocol} />}
      <MarksPanel />
    </aside>
  );
}
