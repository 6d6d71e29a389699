import type { Phase } from '../../protocol/schema';
import { showSetup, useSetupStore } from '../../state/setupStore';
import { trainerStrings } from '../strings';
import { useCurrentSpan } from './useCurrentSpan';
import { goToPhase } from './trainerActions';

/**
 * The lesson's steps in order: setup, then each phase. The current one is marked; choosing one
 * jumps to its start.
 */
export function PhaseOutline({ phases }: { phases: readonly Pick<Phase, 'id' | 'name'>[] }) {
  const showingSetup = useSetupStore((s) => s.showingSetup);
  const { span } = useCurrentSpan();
  const current = showingSetup ? -1 : (span?.phaseIndex ?? 0);
  const t = trainerStrings.outline;
  return (
    <nav
      className="trainer-outline"
      aria-labelledby="trainer-outline-heading"
      data-testid="phase-outline"
    >
      <h2 id="trainer-outline-heading" className="trainer-heading">
        {t.title}
      </h2>
      <ol className="trainer-outline-list">
        <li>
          <button
            type="button"
            className="trainer-outline-item"
            aria-current={current === -1 ? 'step' : undefined}
            onClick={showSetup}
          >
            <span className="trainer-outline-number" aria-hidden="true">
              ✓
            </span>
            <span className="trainer-outline-name">{t.setup}</span>
          </button>
        </li>
        {phases.map((phase, index) => (
          <li key={phase.id}>
            <button
              type="button"
              className="trainer-outline-item"
              aria-current={current === index ? 'step' : undefined}
              onClick={() => goToPhase(index)}
            >
              <span className="trainer-outline-number">{index + 1}</span>
              <span className="trainer-outline-name">{phase.name}</span>
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
