/** Export the log as JSON (with what was set aside) or CSV, import either, print a summary. */
import { useState } from 'react';
import { entriesFromCsv, entriesToCsv } from '../../coach/logCsv';
import { logFromJson, logToJson } from '../../coach/logJson';
import { useLogStore } from '../../state/coach/logStore';
import { COACH_TEXT as T } from './coachStrings';
import { downloadText } from '../downloadText';

const MAX_IMPORT_BYTES = 5_000_000;

export function LogFiles() {
  const entries = useLogStore((s) => s.entries);
  const setAside = useLogStore((s) => s.setAside);
  const status = useLogStore((s) => s.status);
  const error = useLogStore((s) => s.error);
  const importMany = useLogStore((s) => s.importMany);
  const [message, setMessage] = useState<string | null>(null);
  const stamp = () => new Date().toISOString().slice(0, 10);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_IMPORT_BYTES) return setMessage(T.importFailed('too large'));
    const text = await file.text();
    const csv = file.name.toLowerCase().endsWith('.csv') || !text.trimStart().startsWith('{');
    const read = csv ? { ok: true as const, ...entriesFromCsv(text) } : logFromJson(text);
    if (!read.ok) return setMessage(T.importFailed(read.error));
    await importMany(read.entries);
    setMessage(T.imported(read.entries.length, read.rejected));
  };

  return (
    <div className="coach-files">
      <h3 className="coach-subheading">{T.filesHeading}</h3>
      {status === 'unavailable' && error && (
        <p className="coach-advice">{T.logUnavailable(error)}</p>
      )}
      {setAside.length > 0 && (
        <p className="coach-advice" role="status" data-testid="coach-set-aside">
          {T.setAside(setAside.length)}
        </p>
      )}
      <div className="coach-actions">
        <button
          type="button"
          className="trainer-button"
          onClick={() =>
            downloadText(
              `proximal-log-${stamp()}.json`,
              logToJson(entries, setAside, new Date()),
              'application/json',
            )
          }
        >
          {T.exportJson}
        </button>
        <button
          type="button"
          className="trainer-button"
          onClick={() =>
            downloadText(`proximal-log-${stamp()}.csv`, entriesToCsv(entries), 'text/csv')
          }
        >
          {T.exportCsv}
        </button>
        <button type="button" className="trainer-button" onClick={() => window.print()}>
          {T.print}
        </button>
      </div>
      <label className="coach-import">
        {T.importLabel}
        <input
          type="file"
          accept=".json,.csv,application/json,text/csv"
          data-testid="coach-import"
          onChange={(e) => {
            void onFile(e.target.files?.[0]);
            e.target.value = '';
          }}
        />
      </label>
      {message && (
        <p role="status" className="coach-hint">
          {message}
        </p>
      )}
    </div>
  );
}
