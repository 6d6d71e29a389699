/** The valve replay in a sentence. */
import type { ReplayStatus } from '../../state/practiceStore';
import { practiceStrings } from '../strings';

const t = practiceStrings.valves;

export function replayText(status: ReplayStatus): string | null {
  switch (status.kind) {
    case 'none':
      return null;
    case 'running':
      return t.running(status.progress);
    case 'done': {
      const { replay } = status;
      if (replay.outcome === 'moved') return t.moved(replay.valvesPassed, replay.passedMl);
      if (replay.outcome === 'blocked') return t.blocked(replay.passedMl);
      return t.nothing;
    }
  }
}
