/**
 * Export the stroke as a JSON file, or import one (file picker here, or drop it on the leg).
 * File contents are only ever shown as text; a bad file's problems are listed path by path.
 */
import { useRef } from 'react';
import { say } from '../../i18n/say';
import { usePracticeStore } from '../../state/practiceStore';
import { practiceStrings } from '../strings';
import type { SessionSetup } from './practiceSession';
import { downloadTrace } from './traceFileIo';
import { importTraceFile } from './traceImport';

const t = practiceStrings.files;

export function TraceFiles({ setup }: { setup: SessionSetup | null }) {
  const input = useRef<HTMLInputElement>(null);
  const trace = usePracticeStore((s) => s.current?.trace ?? null);
  const message = usePracticeStore((s) => s.fileMessage);
  const setMessage = usePracticeStore((s) => s.setFileMessage);

  const onExport = () => {
    if (trace) setMessage({ kind: 'exported', fileName: downloadTrace(trace) });
  };
  const onPick = (files: FileList | null) => {
    const file = files?.[0];
    if (file && setup) void importTraceFile(file, setup);
    if (input.current) input.current.value = '';
  };

  return (
    <section
      className="practice-section"
      aria-labelledby="practice-files-title"
      data-testid="trace-files"
    >
      <h2 id="practice-files-title">{t.title}</h2>
      <div className="practice-row">
        <button
          type="button"
          className="practice-button"
          disabled={!trace}
          data-testid="trace-export"
          onClick={onExport}
        >
          {t.export}
        </button>
        <button
          type="button"
          className="practice-button"
          disabled={!setup}
          data-testid="trace-import"
          onClick={() => input.current?.click()}
        >
          {t.import}
        </button>
        <input
          ref={input}
          type="file"
          accept=".json,application/json"
          hidden
          data-testid="trace-file-input"
          onChange={(event) => onPick(event.currentTarget.files)}
        />
      </div>
      <p className="practice-note">{t.dropHint}</p>
      {message?.kind === 'error' ? (
        <div className="practice-error" role="alert" data-testid="trace-file-error">
          <p>{t.failed(message.fileName)}</p>
          <ul>
            {message.errors.map((error, index) => (
              <li key={`${error.path}-${index}`}>
                <code dir="ltr">{error.path}</code>: {say(error.message)}
              </li>
            ))}
          </ul>
        </div>
      ) : (
        <p role="status" className="practice-note" data-testid="trace-file-status">
          {message?.kind === 'exported'
            ? t.exported(message.fileName)
            : message?.kind === 'imported'
              ? t.imported(message.fileName)
              : message?.kind === 'checking'
                ? message.stage === 'reading'
                  ? t.reading(message.fileName)
                  : t.checking(message.fileName, message.samples)
                : ''}
        </p>
      )}
    </section>
  );
}
