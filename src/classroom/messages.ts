/**
 * The classroom's messages, as JSON text over a WebSocket or a BroadcastChannel. Every message
 * read is parsed here first: anything too long, not JSON, or not exactly one of these shapes is
 * refused with a reason (the relay and the pages count refusals and carry on).
 *
 * Student or instructor → relay: `hello` (join as a role), `state` (instructor only),
 * `following` (a student looks around freely or follows again).
 * Relay → page: `welcome`, `state`, `roster` (to the instructor), `replaced` (another instructor
 * page took the class over), `refused`.
 */
import { z } from 'zod';
import { classStateSchema, type ClassState } from './classState';
import { JOIN_CODE_ALPHABET, JOIN_CODE_LENGTH } from './joinCode';

/** Where the relay listens for WebSockets, on the server that serves the app. */
export const CLASSROOM_PATH = '/classroom';

/** Longest message accepted, in UTF-16 code units (a snapshot is about 500). */
export const MAX_MESSAGE_CHARS = 4096;

const joinCode = z.string().regex(new RegExp(`^[${JOIN_CODE_ALPHABET}]{${JOIN_CODE_LENGTH}}$`));
/** The instructor's secret: 32 url-safe base64 characters (24 random bytes). */
export const SECRET_PATTERN = /^[A-Za-z0-9_-]{32}$/;
const secret = z.string().regex(SECRET_PATTERN);
const seq = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

// A union (not a discriminated one): the two hellos share their `type`.
export const clientMessageSchema = z.union([
  z.strictObject({
    type: z.literal('hello'),
    role: z.literal('instructor'),
    /** Absent: open a new class. Present with its secret: take the class over (a reload). */
    code: joinCode.optional(),
    secret: secret.optional(),
  }),
  z.strictObject({ type: z.literal('hello'), role: z.literal('student'), code: joinCode }),
  z.strictObject({ type: z.literal('state'), state: classStateSchema }),
  z.strictObject({ type: z.literal('following'), following: z.boolean() }),
]);

export const refusalReasons = ['no-class', 'forbidden', 'not-joined'] as const;
export type RefusalReason = (typeof refusalReasons)[number];

const roster = { students: z.number().int().min(0), following: z.number().int().min(0) };

export const serverMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('welcome'),
    role: z.enum(['instructor', 'student']),
    code: joinCode,
    /** Only to the instructor: what lets a reload take the class back. */
    secret: secret.optional(),
    /** Only to the instructor: the server's address on the network, for the students' QR code. */
    joinBase: z
      .string()
      .max(200)
      .regex(/^https?:\/\/[A-Za-z0-9.:[\]-]+$/)
      .optional(),
    /** The class's last state, for a late joiner or a reload; null before the first. */
    state: classStateSchema.nullable(),
    seq: seq.nullable(),
    instructorPresent: z.boolean(),
  }),
  /** `seq`: the relay's count of the class's states, so a page can ignore an older one. */
  z.strictObject({ type: z.literal('state'), seq, state: classStateSchema }),
  z.strictObject({ type: z.literal('roster'), ...roster, instructorPresent: z.boolean() }),
  z.strictObject({ type: z.literal('replaced') }),
  z.strictObject({ type: z.literal('refused'), reason: z.enum(refusalReasons) }),
]);

/** The same-device channel (BroadcastChannel between tabs): no server, no secret. */
export const tabMessageSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('state'), state: classStateSchema }),
  /** A follower tab opened: the presenter answers with its state. */
  z.strictObject({ type: z.literal('hello') }),
]);

export type ClientMessage = z.infer<typeof clientMessageSchema>;
export type ServerMessage = z.infer<typeof serverMessageSchema>;
export type TabMessage = z.infer<typeof tabMessageSchema>;
export type { ClassState };

export type RejectReason = 'oversized' | 'malformed';
export type Parsed<T> = { ok: true; message: T } | { ok: false; reason: RejectReason };

/** Reads one message of `schema` from text (or anything else a channel delivers). Never throws. */
export function parseMessage<T>(schema: z.ZodType<T>, raw: unknown): Parsed<T> {
  if (typeof raw !== 'string') return { ok: false, reason: 'malformed' };
  if (raw.length > MAX_MESSAGE_CHARS) return { ok: false, reason: 'oversized' };
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  const result = schema.safeParse(data);
  return result.success ? { ok: true, message: result.data } : { ok: false, reason: 'malformed' };
}

export const parseClientMessage = (raw: unknown) => parseMessage(clientMessageSchema, raw);
export const parseServerMessage = (raw: unknown) => parseMessage(serverMessageSchema, raw);
export const parseTabMessage = (raw: unknown) => parseMessage(tabMessageSchema, raw);

export function encodeMessage(message: ClientMessage | ServerMessage | TabMessage): string {
  return JSON.stringify(message);
}
