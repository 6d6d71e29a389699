import { useRef, type ChangeEvent } from 'react';
import { chooseProtocol, forgetProtocol } from '../../state/persistence/session';
import { usePersistenceStore } from '../../state/persistence/persistenceStore';
import { useProtocolStore } from '../../state/protocolStore';
import { plainTitle } from '../plainTitle';
import { PROTOCOL_FILE_TEXT as T } from '../strings';
import { exportProtocol } from './exportProtocol';
import { openProtocolFile } from './openProtocolFile';
import { useProtocolFileStore } from '../../state/protocolFileStore';
import './protocolFile.css';

const BUILT_IN = 'built-in';

/**
 * The protocol in use and what can be done with it: switch between the built-in protocol and
 * the files opened before, open another file (or drop one on the page), export the current
 * one, remove a saved one.
 */
export function ProtocolFileBar() {
  const input = useRef<HTMLInputElement>(null);
  const saved = usePersistenceStore((s) => s.protocols);
  const activeId = usePersistenceStore((s) => s.activeProtocolId);
  const status = useProtocolFileStore((s) => s.status);
  const setStatus = useProtocolFileStore((s) => s.setStatus);

  const onFile = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = ''; // the same file can be chosen again after fixing it
    if (file !== undefined) void openProtocolFile(file);
  };
  const onChoose = (event: ChangeEvent<HTMLSelectElement>) => {
    const id = event.target.value === BUILT_IN ? null : event.target.value;
    void chooseProtocol(id).then((outcome) => {
      // Whatever came of it, say which protocol is now in use; a later choice speaks for itself.
      if (outcome !== 'overtaken')
        setStatus(T.switched(plainTitle(useProtocolStore.getState().protocol.title)));
    });
  };
  const onExport = () =>
    setStatus(T.exported(exportProtocol(useProtocolStore.getState().protocol)));
  const onForget = () => {
    if (activeId === null) return;
    forgetProtocol(activeId);
    setStatus(T.forgotten);
  };

  return (
    <section className="protocol-file" aria-label={T.label} data-testid="protocol-file">
      <label className="protocol-file-choice">
        <span>{T.choose}</span>
        <select value={activeId ?? BUILT_IN} onChange={onChoose} data-testid="protocol-choice">
          <option value={BUILT_IN}>{T.builtIn}</option>
          {saved.map((entry) => (
            <option key={entry.id} value={entry.id}>
              {T.saved(plainTitle(entry.name))}
            </option>
          ))}
        </select>
      </label>
      <div className="protocol-file-actions">
        <button
          type="button"
          className="trainer-button"
          onClick={() => input.current?.click()}
          data-testid="protocol-open"
        >
          {T.open}
        </button>
        <input
          ref={input}
          type="file"
          accept="application/json,.json"
          hidden
          onChange={onFile}
          data-testid="protocol-file-input"
        />
        <button
          type="button"
          className="trainer-button"
          onClick={onExport}
          data-testid="protocol-export"
        >
          {T.export}
        </button>
        {activeId !== null && (
          <button
            type="button"
            className="trainer-button"
            onClick={onForget}
            data-testid="protocol-forget"
          >
            {T.forget}
          </button>
        )}
      </div>
      <p className="protocol-file-hint">{T.dropHint}</p>
      {status !== '' && (
        <p className="protocol-file-status" data-testid="protocol-file-status">
          {status}
        </p>
      )}
    </section>
  );
}
