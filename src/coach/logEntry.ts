/**
 * One session in the log, as stored on the device and as exported. Versioned: `schema` says
 * which shape a record has, so an older export can be read after the shape changes.
 */
import { z } from 'zod';
import { LEG_SIDES } from '../anatomy/names';

// No code generation: the app's Content-Security-Policy has no 'unsafe-eval' (as in
// src/protocol/schema.ts; this module may be loaded in a chunk of its own).
z.config({ jitless: true });

export const LOG_SCHEMA_VERSION = 1;
export const LOG_EXPORT_FORMAT = 'proximal-session-log';

export const WHO = ['self', 'partner'] as const;
export type Who = (typeof WHO)[number];

/** Why a session ended before its time. */
export const STOP_REASONS = [
  'pain',
  'numbness',
  'clot-sign',
  'interrupted',
  'tired',
  'other',
] as const;
export type StopReason = (typeof STOP_REASONS)[number];

/** How the legs feel, each on a simple 0 (not at all) – 4 (very) scale. */
export const FEELINGS = ['heavy', 'tired', 'swollen'] as const;
export type Feeling = (typeof FEELINGS)[number];
export const FEEL_SCALE = { min: 0, max: 4 } as const;

/** New symptoms a person can report after a session; `symptomAdvice.ts` says what to do. */
export const SYMPTOMS = [
  'breathless-chest-pain',
  'one-leg-swelling-redness-heat',
  'pain-numbness-tingling',
  'bruising',
  'skin-change',
] as const;
export type Symptom = (typeof SYMPTOMS)[number];

const score = z.number().int().min(FEEL_SCALE.min).max(FEEL_SCALE.max);

export const logEntrySchema = z.object({
  schema: z.literal(LOG_SCHEMA_VERSION),
  id: z.string().regex(/^[A-Za-z0-9-]{1,80}$/),
  /** When the session started, an ISO instant (UTC). */
  startedAt: z.iso.datetime({ offset: true }),
  /** The person's time zone then (IANA name), so weeks are counted where they live. */
  timeZone: z.string().min(1).max(64),
  who: z.enum(WHO),
  plannedMinutes: z.number().min(0).max(600),
  legs: z
    .array(
      z.object({
        leg: z.enum(LEG_SIDES),
        minutes: z.number().min(0).max(600),
        phasesCompleted: z.array(z.string().max(60)).max(40),
      }),
    )
    .max(2),
  completed: z.boolean(),
  stopReason: z.enum(STOP_REASONS).optional(),
  feel: z.object({ heavy: score, tired: score, swollen: score }).partial(),
  symptoms: z.array(z.enum(SYMPTOMS)).max(SYMPTOMS.length),
  note: z.string().max(1000).optional(),
});

export type LogEntry = z.infer<typeof logEntrySchema>;

export type ParsedEntries = { entries: LogEntry[]; rejected: number };

/** Keeps the records that are whole; counts the others so nothing is dropped silently. */
export function parseEntries(records: readonly unknown[]): ParsedEntries {
  const entries: LogEntry[] = [];
  let rejected = 0;
  for (const record of records) {
    const result = logEntrySchema.safeParse(record);
    if (result.success) entries.push(result.data);
    else rejected += 1;
  }
  return { entries, rejected };
}
