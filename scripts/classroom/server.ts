/**
 * The classroom server: one HTTP server on the local network that serves the built app and, on
 * `/classroom`, relays each class's state between its instructor and students over WebSockets
 * (`ws`). The relay's rules live in src/classroom/relay.ts (pure, tested without sockets); this
 * file only moves bytes, checks where a connection comes from and keeps dead sockets out.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { WebSocket, WebSocketServer } from 'ws';
import { joinCodeFrom, JOIN_CODE_LENGTH } from '../../src/classroom/joinCode';
import { CLASSROOM_PATH, MAX_MESSAGE_CHARS } from '../../src/classroom/messages';
import {
  createRelay,
  type ClientId,
  type Delivery,
  type RelayStats,
} from '../../src/classroom/relay';
import { serveFiles } from './staticFiles';

export const STATS_PATH = '/classroom/stats';
/** How often a connection must answer a ping to stay (a phone that left the room). */
const PING_MS = 15_000;

export interface ClassroomServerOptions {
  /** The built app to serve. */
  root: string;
  port?: number;
  host?: string;
  /** The address students use (printed and put in the instructor's QR code). */
  joinBase?: (port: number) => string | undefined;
}

export interface ServerStats extends RelayStats {
  /** Connections closed on an error (a frame over ws's own cap), or refused for their origin. */
  closedOnError: number;
  refusedOrigin: number;
  memory: { rssMB: number; heapUsedMB: number };
}

export interface ClassroomServer {
  port: number;
  url: string;
  stats(): ServerStats;
  close(): Promise<void>;
}

const sameSecret = (a: string, b: string) => {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
};

/** A browser's WebSocket says where its page came from: only pages from this server may join. */
function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true; // not a browser (the bench, a script on the LAN)
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

const megabytes = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;

export async function startClassroomServer(
  options: ClassroomServerOptions,
): Promise<ClassroomServer> {
  // Known once the server listens (its port); the relay reads it at each instructor's welcome.
  const address: { joinBase?: string } = {};
  const relay = createRelay({
    newCode: () => joinCodeFrom(randomBytes(JOIN_CODE_LENGTH)),
    newSecret: () => randomBytes(24).toString('base64url'),
    now: () => Date.now(),
    sameSecret,
    get joinBase() {
      return address.joinBase;
    },
  });
  let closedOnError = 0;
  let refusedOrigin = 0;
  const stats = (): ServerStats => {
    const memory = process.memoryUsage();
    return {
      ...relay.stats(),
      closedOnError,
      refusedOrigin,
      memory: { rssMB: megabytes(memory.rss), heapUsedMB: megabytes(memory.heapUsed) },
    };
  };

  const files = serveFiles(options.root);
  const server: Server = createServer((request, response) => {
    if (request.url === STATS_PATH) {
      response.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' });
      response.end(JSON.stringify(stats()));
      return;
    }
    files(request, response);
  });

  // ws closes a connection whose frame is over maxPayload (1009) before it reaches the relay,
  // which refuses anything over MAX_MESSAGE_CHARS itself: a little room for UTF-8.
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_CHARS * 4 });
  const sockets = new Map<ClientId, WebSocket>();
  const alive = new WeakSet<WebSocket>();
  let nextId = 1;

  const deliver = (deliveries: Delivery[]) => {
    for (const { to, text } of deliveries) {
      const socket = sockets.get(to);
      if (socket !== undefined && socket.readyState === WebSocket.OPEN) socket.send(text);
    }
  };

  wss.on('connection', (socket: WebSocket) => {
    const id = nextId++;
    sockets.set(id, socket);
    alive.add(socket);
    relay.connect(id);
    socket.on('pong', () => alive.add(socket));
    socket.on('message', (data, isBinary) => {
      // Text frames only; a binary frame is handed on as bytes, which the relay refuses.
      deliver(relay.receive(id, isBinary ? data : data.toString()));
    });
    socket.on('error', () => {
      closedOnError += 1;
    });
    socket.on('close', () => {
      sockets.delete(id);
      deliver(relay.disconnect(id));
    });
  });

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    if (path !== CLASSROOM_PATH || !sameOrigin(request)) {
      refusedOrigin += 1;
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    wss.handleUpgrade(request, socket, head, (ws) => wss.emit('connection', ws, request));
  });

  const ping = setInterval(() => {
    for (const socket of sockets.values()) {
      if (!alive.has(socket)) {
        socket.terminate();
        continue;
      }
      alive.delete(socket);
      socket.ping();
    }
  }, PING_MS);

  await new Promise<void>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '0.0.0.0', () => resolveListen());
  });
  const { port } = server.address() as AddressInfo;
  address.joinBase = options.joinBase?.(port);
  const shownHost =
    options.host === undefined || options.host === '0.0.0.0' ? '127.0.0.1' : options.host;
  return {
    port,
    url: `http://${shownHost}:${port}`,
    stats,
    close: () =>
      new Promise<void>((resolveClose) => {
        clearInterval(ping);
        for (const socket of sockets.values()) socket.close(1001, 'server closing');
        wss.close();
        server.closeAllConnections();
        server.close(() => resolveClose());
      }),
  };
}
