import { lazy, Suspense, useState } from 'react';
import { usePersistence } from './state/persistence/usePersistence';
import { useProtocolStore } from './state/protocolStore';
import { useTimelineSync } from './state/useTimelineSync';
import { useViewStore } from './state/viewStore';
import { AppHeader } from './ui/AppHeader';
import { ProtocolLoadError } from './ui/ProtocolLoadError';
import { ProtocolFileBar } from './ui/protocolFile/ProtocolFileBar';
import { ProtocolFileLayer } from './ui/protocolFile/ProtocolFileLayer';
import { useBundledProtocolCheck } from './ui/protocolFile/useBundledProtocolCheck';
import { SavedDataNotice } from './ui/savedData/SavedDataNotice';
import { LAZY_TEXT } from './ui/strings';
import { useModeHistory } from './ui/screens/useModeHistory';
import { ProtocolTextView } from './ui/textview';
import { TrainerLayout } from './ui/TrainerLayout';
import { tuningRequested } from './ui/tuning/tuningRequested';

// Loaded when first needed, not before the first frame (see `npm run bench`).
const PracticeLayout = lazy(() =>
  import('./ui/practice/PracticeLayout').then((m) => ({ default: m.PracticeLayout })),
);
const TuningPanel = lazy(() => import('./ui/tuning/TuningPanel'));

export function App() {
  usePersistence();
  useModeHistory();
  const mode = useViewStore((s) => s.mode);
  const protocol = useProtocolStore((s) => s.protocol);
  const bundledErrors = useBundledProtocolCheck();
  const [tuning] = useState(() => tuningRequested());
  useTimelineSync();
  if (bundledErrors !== null) {
    return (
      <>
        <AppHeader />
        <main id="main" className="app-main">
          <ProtocolLoadError errors={bundledErrors} />
        </main>
      </>
    );
  }
  return (
    <>
      <AppHeader />
      <SavedDataNotice />
      <main id="main" className={mode === 'read' ? 'app-main' : 'app-main app-main--trainer'}>
        {mode === 'train' ? (
          <TrainerLayout />
        ) : mode === 'practice' ? (
          <Suspense
            fallback={
              <p className="stage-message" role="status">
                {LAZY_TEXT.practice}
              </p>
            }
          >
            <PracticeLayout />
          </Suspense>
        ) : (
          <>
            {/* Safety comes first in the document; opening another protocol comes after it. */}
            <ProtocolTextView protocol={protocol} />
            <ProtocolFileBar />
          </>
        )}
      </main>
      <ProtocolFileLayer />
      {tuning && (
        <Suspense fallback={null}>
          <TuningPanel />
        </Suspense>
      )}
    </>
  );
}
