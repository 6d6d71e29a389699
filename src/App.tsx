import { Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { usePersistence } from './state/persistence/usePersistence';
import { useCoachStore } from './state/coach/coachStore';
import { useProtocolStore } from './state/protocolStore';
import { useProtocolInLanguage } from './ui/useProtocolInLanguage';
import { useViewStore } from './state/viewStore';
import { AppHeader } from './ui/AppHeader';
import { ClassroomBar } from './ui/classroom/ClassroomBar';
import { ProtocolLoadError } from './ui/ProtocolLoadError';
import { ProtocolFileBar } from './ui/protocolFile/ProtocolFileBar';
import { ProtocolFileLayer } from './ui/protocolFile/ProtocolFileLayer';
import { useBundledProtocolCheck } from './ui/protocolFile/useBundledProtocolCheck';
import { SavedDataNotice } from './ui/savedData/SavedDataNotice';
import { OfflineNotice } from './ui/offline/OfflineNotice';
import { lazyPart } from './ui/faults/lazyPart';
import { PartErrorBoundary } from './ui/faults/PartErrorBoundary';
import { LAZY_TEXT } from './ui/strings';
import { useModeHistory } from './ui/screens/useModeHistory';
import { ProtocolTextView } from './ui/textview';
import { TrainerLayout } from './ui/TrainerLayout';
import { tuningRequested } from './ui/tuning/tuningRequested';

// Loaded when first needed, not before the first frame (see `npm run bench`); each behind a
// boundary that says when its code cannot be loaded and loads it again on request.
const Practice = lazyPart(
  () => import('./ui/practice/PracticeLayout'),
  (m) => m.PracticeLayout,
);
const Coach = lazyPart(
  () => import('./ui/coach/CoachLayout'),
  (m) => m.CoachLayout,
);
const Tuning = lazyPart(
  () => import('./ui/tuning/TuningPanel'),
  (m) => m.default,
);

export function App() {
  // Re-renders the whole app, and so all its text, when the language changes.
  useTranslation();
  useProtocolInLanguage();
  usePersistence();
  useModeHistory();
  const mode = useViewStore((s) => s.mode);
  // The coach reads like a page, except during the massage, when the 3D leg fills the screen.
  const coachMassage = useCoachStore((s) => s.step === 'session');
  const pageLike = mode === 'read' || (mode === 'coach' && !coachMassage);
  const protocol = useProtocolStore((s) => s.shown);
  const bundledErrors = useBundledProtocolCheck();
  const [tuning] = useState(() => tuningRequested());
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
      <ClassroomBar />
      <SavedDataNotice />
      <OfflineNotice />
      <main id="main" className={pageLike ? 'app-main' : 'app-main app-main--trainer'}>
        {mode === 'train' ? (
          <TrainerLayout />
        ) : mode === 'practice' ? (
          <PartErrorBoundary part={LAZY_TEXT.parts.practice} onRetry={Practice.reload}>
            <Suspense
              fallback={
                <p className="stage-message" role="status">
                  {LAZY_TEXT.practice}
                </p>
              }
            >
              <Practice.Component />
            </Suspense>
          </PartErrorBoundary>
        ) : mode === 'coach' ? (
          <PartErrorBoundary part={LAZY_TEXT.parts.coach} onRetry={Coach.reload}>
            <Suspense
              fallback={
                <p className="stage-message" role="status">
                  {LAZY_TEXT.coach}
                </p>
              }
            >
              <Coach.Component />
            </Suspense>
          </PartErrorBoundary>
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
        <PartErrorBoundary part={LAZY_TEXT.parts.tuning} onRetry={Tuning.reload} withoutSafety>
          <Suspense fallback={null}>
            <Tuning.Component />
          </Suspense>
        </PartErrorBoundary>
      )}
    </>
  );
}
