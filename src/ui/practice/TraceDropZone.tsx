/**
 * Dropping a trace file on the stage opens it. While files are dragged over, the stage says
 * what letting go will do; anything else dragged (text, links) is left alone.
 */
import { useState, type DragEvent, type ReactNode } from 'react';
import { practiceStrings } from '../strings';
import type { SessionSetup } from './practiceSession';
import { importTraceFile } from './traceImport';

const carriesFiles = (event: DragEvent) => event.dataTransfer.types.includes('Files');

export function TraceDropZone({
  setup,
  children,
}: {
  setup: SessionSetup | null;
  children: ReactNode;
}) {
  const [over, setOver] = useState(false);
  const onDragOver = (event: DragEvent) => {
    if (!carriesFiles(event) || !setup) return;
    event.preventDefault();
    event.dataTransfer.dropEffect = 'copy';
    setOver(true);
  };
  const onDragLeave = (event: DragEvent) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOver(false);
  };
  const onDrop = (event: DragEvent) => {
    if (!carriesFiles(event)) return;
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file && setup) void importTraceFile(file, setup);
  };
  return (
    <div
      className="practice-stage"
      data-testid="practice-stage"
      onDragOver={onDragOver}
      onDragLeave={onDragLeave}
      onDrop={onDrop}
    >
      {children}
      {over && (
        <div className="practice-drop" aria-hidden="true">
          {practiceStrings.files.dropHere}
        </div>
      )}
    </div>
  );
}
