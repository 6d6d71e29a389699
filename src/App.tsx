import { useProtocolStore } from './state/protocolStore';
import { useTimelineSync } from './state/useTimelineSync';
import { useViewStore } from './state/viewStore';
import { AppHeader } from './ui/AppHeader';
import { defaultProtocolResult as loaded } from './ui/defaultProtocolResult';
import { ProtocolLoadError } from './ui/ProtocolLoadError';
import { ProtocolTextView } from './ui/textview';
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
      <main id="main" className={mode === 'train' ? 'app-main app-main--trainer' : 'app-main'}>
        {mode === 'train' ? <TrainerLayout /> : <ProtocolTextView protocol={protocol} />}
      </main>
    </>
  );
}
