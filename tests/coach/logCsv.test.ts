import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { entriesFromCsv, entriesToCsv } from '../../src/coach/logCsv';
import { logFromJson, logToJson } from '../../src/coach/logJson';
import {
  LOG_SCHEMA_VERSION,
  logEntrySchema,
  parseEntries,
  STOP_REASONS,
  SYMPTOMS,
  type LogEntry,
} from '../../src/coach/logEntry';

const score = fc.integer({ min: 0, max: 4 });
const minutes = fc.integer({ min: 0, max: 300 }).map((n) => n / 10);
const logEntryArb: fc.Arbitrary<LogEntry> = fc.record(
  {
    schema: fc.constant(LOG_SCHEMA_VERSION),
    id: fc.uuid(),
    startedAt: fc
      .integer({ min: Date.UTC(2020, 0, 1), max: Date.UTC(2035, 0, 1) })
      .map((ms) => new Date(ms).toISOString()),
    timeZone: fc.constantFrom('Europe/Paris', 'America/New_York', 'UTC'),
    who: fc.constantFrom('self' as const, 'partner' as const),
    plannedMinutes: fc.integer({ min: 15, max: 30 }),
    legs: fc.constantFrom(['right'] as const, ['right', 'left'] as const).chain((sides) =>
      fc.tuple(
        ...sides.map((leg) =>
          fc.record({
            leg: fc.constant(leg),
            minutes,
            phasesCompleted: fc.subarray([
              'warm-up-effleurage',
              'calf-petrissage',
              'closing-effleurage',
            ]),
          }),
        ),
      ),
    ),
    completed: fc.boolean(),
    stopReason: fc.constantFrom(...STOP_REASONS),
    feel: fc.record({ heavy: score, tired: score, swollen: score }, { requiredKeys: [] }),
    symptoms: fc.subarray([...SYMPTOMS]),
    note: fc.string({ maxLength: 80 }).filter((s) => s.length > 0),
  },
  {
    requiredKeys: [
      'schema',
      'id',
      'startedAt',
      'timeZone',
      'who',
      'plannedMinutes',
      'legs',
      'completed',
      'feel',
      'symptoms',
    ],
  },
) as fc.Arbitrary<LogEntry>;

describe('the log as CSV', () => {
  it('round-trips every field, whatever the note holds (commas, quotes, new lines)', () => {
    fc.assert(
      fc.property(fc.array(logEntryArb, { maxLength: 8 }), (entries) => {
        const back = entriesFromCsv(entriesToCsv(entries));
        expect(back.rejected).toBe(0);
        expect(back.entries).toEqual(entries.map((e) => logEntrySchema.parse(e)));
      }),
    );
  });

  it('counts rows it cannot read instead of dropping them silently', () => {
    const csv = entriesToCsv([]).concat('\r\nnot-an-id!,yesterday,,someone,,,,,,,,,,,,');
    const back = entriesFromCsv(csv);
    expect(back.entries).toEqual([]);
    expect(back.rejected).toBe(1);
  });
});

describe('log records', () => {
  it('keeps whole records and counts the broken ones', () => {
    fc.assert(
      fc.property(
        fc.array(logEntryArb, { maxLength: 5 }),
        fc.array(fc.anything(), { maxLength: 5 }),
        (good, junk) => {
          const { entries, rejected } = parseEntries([...good, ...junk]);
          expect(entries.length + rejected).toBe(good.length + junk.length);
          expect(entries.length).toBeGreaterThanOrEqual(good.length);
        },
      ),
    );
  });
});

describe('the log as JSON', () => {
  it('round-trips every session and says what it could not read', () => {
    fc.assert(
      fc.property(fc.array(logEntryArb, { maxLength: 6 }), (entries) => {
        const text = logToJson(entries, [{ broken: true }], new Date(Date.UTC(2026, 11, 5)));
        const back = logFromJson(text);
        expect(back).toEqual({
          ok: true,
          entries: entries.map((e) => logEntrySchema.parse(e)),
          rejected: 0,
        });
      }),
    );
    const damaged = JSON.parse(logToJson([], [], new Date(0))) as { entries: unknown[] };
    damaged.entries.push({ id: 'x' });
    expect(logFromJson(JSON.stringify(damaged))).toMatchObject({ ok: true, rejected: 1 });
    expect(logFromJson('{"format":"proximal-protocol"}')).toMatchObject({ ok: false });
    expect(logFromJson('{oops')).toMatchObject({ ok: false });
  });
});
