/**
 * The classroom relay as a pure state machine, with no sockets: the server hands it each text a
 * client sent and delivers what it returns. It keeps the classes (join code, instructor secret,
 * instructor, students, last state), lets only the instructor of a class drive it, gives late
 * joiners and reloads the last state, limits each client's message rate, and drops and counts
 * whatever is oversized, malformed or forged.
 */
import {
  encodeMessage,
  parseClientMessage,
  type ClassState,
  type RefusalReason,
  type ServerMessage,
} from './messages';
import { fullBucket, takeToken, type Bucket, type RateLimit } from './rateLimit';

export type ClientId = number;

export interface Delivery {
  to: ClientId;
  text: string;
}

export interface RelayOptions {
  newCode: () => string;
  newSecret: () => string;
  /** Milliseconds. */
  now: () => number;
  /** Comparing secrets in constant time (the server passes node's `timingSafeEqual`). */
  sameSecret?: (a: string, b: string) => boolean;
  limit?: RateLimit;
  /** The server's address on the network (http://192.168.1.20:8080), told to instructors. */
  joinBase?: string;
  /** A class nobody is in is forgotten after this long (its instructor may be reloading). */
  idleClassMs?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimit = { perSecond: 30, burst: 60 };
const DEFAULT_IDLE_CLASS_MS = 10 * 60 * 1000;

export type DropReason = 'oversized' | 'malformed' | 'forged' | 'rateLimited';

export interface RelayStats {
  classes: number;
  clients: number;
  /** Messages read and acted on. */
  accepted: number;
  /** Messages handed to the server to deliver. */
  delivered: number;
  dropped: Record<DropReason, number>;
}

interface Client {
  bucket: Bucket;
  code: string | null;
  role: 'instructor' | 'student' | null;
}

interface ClassRoom {
  code: string;
  secret: string;
  instructor: ClientId | null;
  /** Student → following the instructor (true) or looking around freely. */
  students: Map<ClientId, boolean>;
  state: ClassState | null;
  seq: number;
  /** When someone was last in it (ms). */
  lastSeen: number;
}

export interface Relay {
  connect(id: ClientId): void;
  receive(id: ClientId, raw: unknown): Delivery[];
  disconnect(id: ClientId): Delivery[];
  stats(): RelayStats;
}

const plainCompare = (a: string, b: string) => a === b;

export function createRelay(options: RelayOptions): Relay {
  const limit = options.limit ?? DEFAULT_RATE_LIMIT;
  const idleMs = options.idleClassMs ?? DEFAULT_IDLE_CLASS_MS;
  const sameSecret = options.sameSecret ?? plainCompare;
  const clients = new Map<ClientId, Client>();
  const classes = new Map<string, ClassRoom>();
  const stats: RelayStats = {
    classes: 0,
    clients: 0,
    accepted: 0,
    delivered: 0,
    dropped: { oversized: 0, malformed: 0, forged: 0, rateLimited: 0 },
  };

  const send = (out: Delivery[], to: ClientId, message: ServerMessage) => {
    out.push({ to, text: encodeMessage(message) });
  };

  const drop = (reason: DropReason): Delivery[] => {
    stats.dropped[reason] += 1;
    return [];
  };

  const refuse = (id: ClientId, reason: RefusalReason): Delivery[] => {
    stats.dropped.forged += 1;
    const out: Delivery[] = [];
    send(out, id, { type: 'refused', reason });
    return out;
  };

  function rosterTo(room: ClassRoom, out: Delivery[]): void {
    const following = [...room.students.values()].filter(Boolean).length;
    const message: ServerMessage = {
      type: 'roster',
      students: room.students.size,
      following,
      instructorPresent: room.instructor !== null,
    };
    if (room.instructor !== null) send(out, room.instructor, message);
    for (const student of room.students.keys()) send(out, student, message);
  }

  function forgetIdleClasses(): void {
    const now = options.now();
    for (const [code, room] of classes) {
      const empty = room.instructor === null && room.students.size === 0;
      if (empty && now - room.lastSeen > idleMs) classes.delete(code);
    }
  }

  function newClass(code: string, secret: string): ClassRoom {
    const room: ClassRoom = {
      code,
      secret,
      instructor: null,
      students: new Map(),
      state: null,
      seq: 0,
      lastSeen: options.now(),
    };
    classes.set(code, room);
    return room;
  }

  function freshCode(): string {
    for (let attempt = 0; attempt < 100; attempt += 1) {
      const code = options.newCode();
      if (!classes.has(code)) return code;
    }
    throw new Error('classroom relay: no free join code');
  }

  function leave(id: ClientId, client: Client, out: Delivery[]): void {
    const room = client.code === null ? undefined : classes.get(client.code);
    if (room) {
      if (room.instructor === id) room.instructor = null;
      room.students.delete(id);
      room.lastSeen = options.now();
      rosterTo(room, out);
    }
    client.code = null;
    client.role = null;
  }

  function welcome(out: Delivery[], id: ClientId, room: ClassRoom, role: 'instructor' | 'student') {
    send(out, id, {
      type: 'welcome',
      role,
      code: room.code,
      ...(role === 'instructor' ? { secret: room.secret } : {}),
      ...(role === 'instructor' && options.joinBase ? { joinBase: options.joinBase } : {}),
      state: room.state,
      seq: room.state === null ? null : room.seq,
      instructorPresent: room.instructor !== null,
    });
  }

  function helloInstructor(id: ClientId, client: Client, code?: string, secret?: string) {
    const out: Delivery[] = [];
    let room = code === undefined ? undefined : classes.get(code);
    if (code !== undefined && secret === undefined) return refuse(id, 'forbidden');
    if (room && secret !== undefined && !sameSecret(room.secret, secret)) {
      return refuse(id, 'forbidden');
    }
    if (client.code !== null) leave(id, client, out);
    // A known code and secret whose class was forgotten (the server restarted): open it again
    // under the same code, so the students' pages find it when they reconnect.
    if (!room) room = newClass(code ?? freshCode(), secret ?? options.newSecret());
    const previous = room.instructor;
    if (previous !== null && previous !== id) {
      send(out, previous, { type: 'replaced' });
      const old = clients.get(previous);
      if (old) {
        old.code = null;
        old.role = null;
      }
    }
    room.instructor = id;
    room.lastSeen = options.now();
    client.code = room.code;
    client.role = 'instructor';
    welcome(out, id, room, 'instructor');
    rosterTo(room, out);
    return out;
  }

  function helloStudent(id: ClientId, client: Client, code: string) {
    const room = classes.get(code);
    if (!room) {
      const out: Delivery[] = [];
      send(out, id, { type: 'refused', reason: 'no-class' });
      return out;
    }
    const out: Delivery[] = [];
    if (client.code !== null) leave(id, client, out);
    room.students.set(id, true);
    room.lastSeen = options.now();
    client.code = code;
    client.role = 'student';
    welcome(out, id, room, 'student');
    rosterTo(room, out);
    return out;
  }

  function receive(id: ClientId, raw: unknown): Delivery[] {
    const client = clients.get(id);
    if (!client) return drop('forged');
    const token = takeToken(client.bucket, limit, options.now());
    client.bucket = token.bucket;
    if (!token.allowed) return drop('rateLimited');
    const parsed = parseClientMessage(raw);
    if (!parsed.ok) return drop(parsed.reason);
    const message = parsed.message;
    const room = client.code === null ? undefined : classes.get(client.code);
    let out: Delivery[];
    switch (message.type) {
      case 'hello':
        out =
          message.role === 'instructor'
            ? helloInstructor(id, client, message.code, message.secret)
            : helloStudent(id, client, message.code);
        break;
      case 'state': {
        if (!room || room.instructor !== id) return refuse(id, 'not-joined');
        room.state = message.state;
        room.seq += 1;
        out = [];
        const text = encodeMessage({ type: 'state', seq: room.seq, state: message.state });
        for (const student of room.students.keys()) out.push({ to: student, text });
        break;
      }
      case 'following': {
        if (!room || client.role !== 'student') return refuse(id, 'not-joined');
        if (room.students.get(id) === message.following) {
          out = [];
          break;
        }
        room.students.set(id, message.following);
        out = [];
        rosterTo(room, out);
        break;
      }
    }
    stats.accepted += 1;
    stats.delivered += out.length;
    return out;
  }

  return {
    connect(id) {
      forgetIdleClasses();
      clients.set(id, { bucket: fullBucket(limit, options.now()), code: null, role: null });
    },
    receive,
    disconnect(id) {
      const client = clients.get(id);
      if (!client) return [];
      const out: Delivery[] = [];
      leave(id, client, out);
      clients.delete(id);
      stats.delivered += out.length;
      return out;
    },
    stats: () => ({
      ...stats,
      dropped: { ...stats.dropped },
      classes: classes.size,
      clients: clients.size,
    }),
  };
}
