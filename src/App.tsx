import { useProtocolStore } from './state/protocolStore';
import { useTimelineSync } from './state/useTimelineSync';
import { useViewStore } from './state/viewStore';
import { AppHeader } from './ui/AppHeader';
import { defaultProtocolResult as loaded } from './ui/defaultProtocolResult';
import { ProtocolLoadError } from './ui/ProtocolLoadError';
import { ProtocolTextView } from './ui/textview';
import { PracticeLayout } from './ui/practice/PracticeLayout';
import { TrainerLayout } from './ui/TrainerLayout';

export function App() {
  const mode = useViewStore((s) => s.mode);
  const protocol = useProtocolStore((s) => s.protocol);
  useTimelineSync();
  if (!loaded.ok) {
    return (
      <>
        <AppHeader />
        <main id="main" className="app-main">
          <ProtocolLoadError errors={loaded.errors} />
        </main>
      </>
    );
  }
  return (
    <>
      <AppHeader />
      <main id="main" className={mode === 'read' ? 'app-main' : 'app-main app-main--trainer'}>
        {mode === 'train' ? (
          <TrainerLayout />
        ) : mode === 'practice' ? (
          <PracticeLayout />
        ) : (
          <ProtocolTextView protocol={protocol} />
        )}
      </main>
    </>
  );
}
