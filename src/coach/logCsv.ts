/**
 * The log as CSV, one session a row, for a spreadsheet or a clinician; and back, validated like
 * any other record. Quoting and parsing by papaparse.
 */
import Papa from 'papaparse';
import {
  FEELINGS,
  LOG_SCHEMA_VERSION,
  parseEntries,
  type LogEntry,
  type ParsedEntries,
} from './logEntry';

export const CSV_COLUMNS = [
  'id',
  'startedAt',
  'timeZone',
  'who',
  'plannedMinutes',
  'rightMinutes',
  'rightPhases',
  'leftMinutes',
  'leftPhases',
  'completed',
  'stopReason',
  'heavy',
  'tired',
  'swollen',
  'symptoms',
  'note',
] as const;

const round1 = (x: number) => Math.round(x * 10) / 10;

function rowOf(e: LogEntry): Record<(typeof CSV_COLUMNS)[number], string> {
  const leg = (side: 'right' | 'left') => e.legs.find((l) => l.leg === side);
  const right = leg('right');
  const left = leg('left');
  return {
    id: e.id,
    startedAt: e.startedAt,
    timeZone: e.timeZone,
    who: e.who,
    plannedMinutes: String(round1(e.plannedMinutes)),
    rightMinutes: right ? String(round1(right.minutes)) : '',
    rightPhases: right ? right.phasesCompleted.join(' ') : '',
    leftMinutes: left ? String(round1(left.minutes)) : '',
    leftPhases: left ? left.phasesCompleted.join(' ') : '',
    completed: e.completed ? 'yes' : 'no',
    stopReason: e.stopReason ?? '',
    heavy: e.feel.heavy === undefined ? '' : String(e.feel.heavy),
    tired: e.feel.tired === undefined ? '' : String(e.feel.tired),
    swollen: e.feel.swollen === undefined ? '' : String(e.feel.swollen),
    symptoms: e.symptoms.join(' '),
    note: e.note ?? '',
  };
}

export function entriesToCsv(entries: readonly LogEntry[]): string {
  return Papa.unparse(entries.map(rowOf), { columns: [...CSV_COLUMNS], newline: '\r\n' });
}

const words = (s: string | undefined) => (s ?? '').split(' ').filter((w) => w.length > 0);
const numberOrUndefined = (s: string | undefined) =>
  s === undefined || s.trim() === '' ? undefined : Number(s);

function recordOf(row: Record<string, string | undefined>): unknown {
  const legs = (['right', 'left'] as const).flatMap((side) => {
    const minutes = numberOrUndefined(row[`${side}Minutes`]);
    return minutes === undefined
      ? []
      : [{ leg: side, minutes, phasesCompleted: words(row[`${side}Phases`]) }];
  });
  const feel = Object.fromEntries(
    FEELINGS.flatMap((f) => {
      const v = numberOrUndefined(row[f]);
      return v === undefined ? [] : [[f, v]];
    }),
  );
  return {
    schema: LOG_SCHEMA_VERSION,
    id: row.id,
    startedAt: row.startedAt,
    timeZone: row.timeZone,
    who: row.who,
    plannedMinutes: numberOrUndefined(row.plannedMinutes),
    legs,
    completed: row.completed === 'yes',
    ...(row.stopReason ? { stopReason: row.stopReason } : {}),
    feel,
    symptoms: words(row.symptoms),
    ...(row.note ? { note: row.note } : {}),
  };
}

export function entriesFromCsv(text: string): ParsedEntries & { syntaxErrors: number } {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), {
    header: true,
    skipEmptyLines: true,
  });
  const result = parseEntries(parsed.data.map(recordOf));
  return { ...result, syntaxErrors: parsed.errors.length };
}
