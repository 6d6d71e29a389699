import { useCoachStore } from '../../state/coach/coachStore';
import { useOfflineStore } from '../../state/offlineStore';
import { usePlaybackStore } from '../../state/playbackStore';
import { useViewStore } from '../../state/viewStore';
import { OFFLINE_TEXT as T } from './offlineStrings';
import './offline.css';

/**
 * A small note when a new version waits ("Update" reloads into it, "Later" leaves it for the
 * next start) or when the app has just been stored for offline use. Never while the lesson
 * plays or during the session coach (short of its week view): a reload there would cut the
 * massage or lose answers, so the note waits. Over the stage it floats clear of the controls;
 * on a page (Read, the coach's week) it is a strip under the header that covers nothing.
 */
export function OfflineNotice() {
  const offline = useOfflineStore();
  const playing = usePlaybackStore((s) => s.playing);
  const mode = useViewStore((s) => s.mode);
  const coachStep = useCoachStore((s) => s.step);
  const busy = playing || (mode === 'coach' && coachStep !== 'week');
  if (busy) return null;
  const update = offline.updateWaiting && !offline.updateDeferred;
  const ready = !update && offline.offlineReady && !offline.readyDismissed;
  if (!update && !ready) return null;
  const placement = mode === 'read' || mode === 'coach' ? 'strip' : 'float';
  return (
    <div className={`offline-anchor offline-anchor--${placement}`}>
      <div className="offline-notice" data-testid={update ? 'update-notice' : 'offline-ready'}>
        <p role="status">{update ? T.updateReady : T.offlineReady}</p>
        {update ? (
          <span className="offline-notice-actions">
            <button
              type="button"
              className="trainer-button trainer-button--primary"
              disabled={offline.updateRequested}
              onClick={offline.applyUpdate}
            >
              {T.update}
            </button>
            <button type="button" className="trainer-button" onClick={offline.deferUpdate}>
              {T.later}
            </button>
          </span>
        ) : (
          <button type="button" className="trainer-button" onClick={offline.dismissReady}>
            {T.dismiss}
          </button>
        )}
      </div>
    </div>
  );
}
