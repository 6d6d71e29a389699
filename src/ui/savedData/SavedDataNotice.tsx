import {
  usePersistenceStore,
  type PersistenceNotice,
} from '../../state/persistence/persistenceStore';
import { say } from '../../i18n/say';
import { plainTitle } from '../plainTitle';
import { SAVED_DATA_TEXT as T } from '../strings';
import './savedData.css';

function noticeText(notice: PersistenceNotice): string {
  switch (notice.kind) {
    case 'set-aside':
      return T.setAside(notice.reason, notice.key);
    case 'protocol-set-aside':
      return T.protocolSetAside(plainTitle(notice.name), notice.key);
    case 'protocol-not-checked':
      return T.protocolNotChecked(plainTitle(notice.name), notice.reason);
    case 'save-failed':
      return T.saveFailed(notice.reason);
    case 'unavailable':
      return T.unavailable;
  }
}

/** A visible message when saved data could not be read or written; the app carries on. */
export function SavedDataNotice() {
  const notice = usePersistenceStore((s) => s.notice);
  const dismiss = usePersistenceStore((s) => s.dismissNotice);
  if (notice === null) return null;
  return (
    <div className="saved-data-notice" role="alert" data-testid="saved-data-notice">
      <p>{noticeText(notice)}</p>
      {notice.kind === 'protocol-set-aside' && notice.reasons.length > 0 && (
        <ul>
          {notice.reasons.map((issue, index) => (
            <li key={`${issue.path}-${index}`}>
              <code dir="ltr">{issue.path}</code>: {say(issue.message)}
            </li>
          ))}
        </ul>
      )}
      <button type="button" className="trainer-button" onClick={dismiss}>
        {T.dismiss}
      </button>
    </div>
  );
}
