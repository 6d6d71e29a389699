import { say } from '../../i18n/say';
import { ReloadPageButton } from '../faults/ReloadPageButton';
import { PROTOCOL_FILE_TEXT as T } from '../strings';
import { Modal } from '../trainer/Modal';
import { jsonPathWords } from './jsonPathWords';
import { useProtocolFileStore } from '../../state/protocolFileStore';

/**
 * Why a protocol file was not opened: every problem with where it is (the JSON path, and the
 * same in words) and what is wrong. All text is rendered as text, never as HTML.
 */
export function ProtocolErrorsDialog() {
  const rejected = useProtocolFileStore((s) => s.rejected);
  const close = useProtocolFileStore((s) => s.closeReport);
  return (
    <Modal
      open={rejected !== null}
      onClose={close}
      title={T.errorsTitle}
      testId="protocol-errors"
      className="protocol-errors-dialog"
    >
      {rejected?.notChecked !== undefined ? (
        <>
          <p data-testid="protocol-not-checked">
            {rejected.reloadNeeded === true
              ? T.notCheckedReload(rejected.fileName, rejected.notChecked)
              : T.notChecked(rejected.fileName, rejected.notChecked)}
          </p>
          {rejected.reloadNeeded === true && <ReloadPageButton />}
        </>
      ) : (
        rejected && (
          <>
            <p>{T.errorsIntro(rejected.fileName, rejected.errors.length)}</p>
            <ol className="protocol-errors" data-testid="protocol-error-list">
              {rejected.errors.map((issue, index) => (
                <li key={`${issue.path}-${index}`} className="protocol-error">
                  <p className="protocol-error-where">
                    <span className="protocol-error-label">{T.errorWhere}: </span>
                    <code dir="ltr">{issue.path}</code> ({jsonPathWords(issue.path)})
                  </p>
                  <p className="protocol-error-what">
                    <span className="protocol-error-label">{T.errorWhat}: </span>
                    {say(issue.message)}
                  </p>
                </li>
              ))}
            </ol>
          </>
        )
      )}
    </Modal>
  );
}
