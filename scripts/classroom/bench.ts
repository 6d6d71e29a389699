/**
 * `npm run bench:classroom`: one instructor and 60 simulated students on loopback against the
 * real classroom server (`npm run classroom`, in its own process). The instructor sends 200
 * state updates at 20 a second; every student must receive every one. Prints one JSON object:
 * delivery, median and p95 latency (send → receive, one clock: all clients are in this process)
 * and the server's memory before and after. Bounded: at most 500 students, 60 s.
 *
 *   npm run bench:classroom -- [--students 60] [--updates 200]
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { WebSocket } from 'ws';
import {
  encodeMessage,
  parseServerMessage,
  type ClientMessage,
} from '../../src/classroom/messages';
import type { ClassState } from '../../src/classroom/classState';

const { values } = parseArgs({
  options: {
    students: { type: 'string', default: '60' },
    updates: { type: 'string', default: '200' },
  },
});
const STUDENTS = Math.min(500, Math.max(1, Number(values.students) || 60));
const UPDATES = Math.min(2000, Math.max(1, Number(values.updates) || 200));
const UPDATE_MS = 50;
const DEADLINE_MS = 60_000;

const STATE: ClassState = {
  mode: 'train',
  playing: true,
  t: 0,
  speed: 1,
  timing: 'demo',
  sessionMinutes: 20,
  loopPhase: false,
  setup: false,
  leg: 'right',
  camera: 'medial',
  cameraRequest: 0,
  followHands: false,
  closeUp: 0,
  closeUpLast: false,
  layers: {
    skin: true,
    zones: true,
    lanes: true,
    hands: true,
    muscles: false,
    bones: false,
    veins: true,
    valves: true,
    lymph: false,
    landmarks: false,
  },
  skinOpacity: 1,
  wrongWay: false,
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The server in its own process, so its memory is its own. */
async function startServer(root: string): Promise<{ base: string; stop: () => void }> {
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/classroom/main.ts',
      '--host',
      '127.0.0.1',
      '--port',
      '0',
      '--root',
      root,
      '--no-qr',
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const base = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /(http:\/\/127\.0\.0\.1:\d+)\/\?teach/.exec(out);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`classroom server exited (${code}): ${out}`)));
  });
  return { base, stop: () => child.kill('SIGINT') };
}

function connect(url: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(url);
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

const say = (socket: WebSocket, message: ClientMessage) => socket.send(encodeMessage(message));

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[index] ?? NaN;
}

const round = (x: number) => Math.round(x * 100) / 100;

async function main(): Promise<void> {
  const started = performance.now();
  const root = mkdtempSync(join(tmpdir(), 'proximal-classroom-bench-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>bench</title>');
  const server = await startServer(root);
  const stats = async () =>
    (await (await fetch(`${server.base}/classroom/stats`)).json()) as {
      memory: { rssMB: number; heapUsedMB: number };
      dropped: Record<string, number>;
    };
  const wsUrl = `${server.base.replace('http', 'ws')}/classroom`;
  try {
    const before = await stats();
    const instructor = await connect(wsUrl);
    const code = await new Promise<string>((resolve) => {
      instructor.on('message', (data) => {
        const parsed = parseServerMessage(data.toString());
        if (parsed.ok && parsed.message.type === 'welcome') resolve(parsed.message.code);
      });
      say(instructor, { type: 'hello', role: 'instructor' });
    });

    const sentAt = new Map<number, number>();
    const latencies: number[] = [];
    const received = new Array<number>(STUDENTS).fill(0);
    const students = await Promise.all(
      Array.from({ length: STUDENTS }, async (_, index) => {
        const socket = await connect(wsUrl);
        await new Promise<void>((resolve) => {
          socket.on('message', (data) => {
            const now = performance.now();
            const parsed = parseServerMessage(data.toString());
            if (!parsed.ok) return;
            if (parsed.message.type === 'welcome') resolve();
            if (parsed.message.type === 'state') {
              const at = sentAt.get(parsed.message.seq);
              if (at !== undefined) latencies.push(now - at);
              received[index] = (received[index] ?? 0) + 1;
            }
          });
          say(socket, { type: 'hello', role: 'student', code });
        });
        return socket;
      }),
    );
    const joined = await stats();

    for (let seq = 1; seq <= UPDATES; seq += 1) {
      if (performance.now() - started > DEADLINE_MS) break;
      sentAt.set(seq, performance.now());
      say(instructor, { type: 'state', state: { ...STATE, t: seq * 0.05 } });
      await sleep(UPDATE_MS);
    }
    const expected = STUDENTS * sentAt.size;
    const waitUntil = performance.now() + 5000;
    while (received.reduce((a, b) => a + b, 0) < expected && performance.now() < waitUntil) {
      await sleep(50);
    }
    const after = await stats();
    const total = received.reduce((a, b) => a + b, 0);
    latencies.sort((a, b) => a - b);
    const report = {
      students: STUDENTS,
      updates: sentAt.size,
      delivered: total,
      expected,
      deliveryShare: round(total / expected),
      everyStudentGotEvery: received.every((n) => n === sentAt.size),
      latencyMs: {
        median: round(percentile(latencies, 50)),
        p95: round(percentile(latencies, 95)),
        max: round(latencies.at(-1) ?? NaN),
      },
      serverMemoryMB: { idle: before.memory, withClass: joined.memory, afterUpdates: after.memory },
      droppedByServer: after.dropped,
      seconds: round((performance.now() - started) / 1000),
    };
    console.log(JSON.stringify(report, null, 2));
    for (const socket of [instructor, ...students]) socket.close();
    process.exitCode = report.everyStudentGotEvery ? 0 : 1;
  } finally {
    server.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

await main();
