/**
 * The classroom server with real sockets on loopback: bad input is dropped and counted, never
 * crashes the server, and a page from another origin cannot connect.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startClassroomServer, type ClassroomServer } from '../../scripts/classroom/server';
import { MAX_MESSAGE_CHARS } from '../../src/classroom/messages';

let server: ClassroomServer;
let root: string;
let wsUrl: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'proximal-classroom-'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>test</title>');
  server = await startClassroomServer({ root, host: '127.0.0.1', port: 0 });
  wsUrl = `${server.url.replace('http', 'ws')}/classroom`;
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

function connect(headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(wsUrl, { headers });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

const nextMessage = (socket: WebSocket) =>
  new Promise<unknown>((resolve) =>
    socket.once('message', (data) => resolve(JSON.parse(`${data}`))),
  );

describe('the classroom server', () => {
  it('drops and counts bad messages, closes an over-large frame, and keeps serving', async () => {
    const socket = await connect();
    socket.send('not json');
    socket.send(Buffer.from([0, 1, 2]));
    socket.send('x'.repeat(MAX_MESSAGE_CHARS + 10));
    socket.send(JSON.stringify({ type: 'state', state: {} }));
    const closed = new Promise<number>((resolve) => socket.once('close', resolve));
    socket.send('y'.repeat(MAX_MESSAGE_CHARS * 4 + 1)); // over ws's own cap: the socket closes
    expect(await closed).toBe(1009);
    const stats = server.stats();
    expect(stats.dropped).toMatchObject({ malformed: 3, oversized: 1 });
    expect(stats.closedOnError).toBe(1);

    const instructor = await connect();
    instructor.send(JSON.stringify({ type: 'hello', role: 'instructor' }));
    expect(await nextMessage(instructor)).toMatchObject({ type: 'welcome', role: 'instructor' });
    instructor.close();
  });

  it('refuses a page from another origin', async () => {
    await expect(connect({ Origin: 'http://evil.example' })).rejects.toThrow(/403/);
    const ours = await connect({ Origin: server.url });
    ours.close();
    expect(server.stats().refusedOrigin).toBe(1);
  });

  it('serves the app and no file outside it', async () => {
    expect((await fetch(`${server.url}/`)).status).toBe(200);
    expect((await fetch(`${server.url}/%2e%2e/%2e%2e/etc/passwd`)).status).toBe(404);
  });
});
