/**
 * A WebSocket to the classroom relay on the page's own host that reconnects when it drops
 * (after 0.5, 1, 2, 4 s, then every 5 s), calling `onOpen` after every (re)connection so the page
 * can say hello again and catch up.
 */
import { CLASSROOM_PATH } from '../classroom/messages';

const RETRY_MS = [500, 1000, 2000, 4000, 5000];

export interface ClassroomSocket {
  send(text: string): void;
  close(): void;
}

export interface SocketHandlers {
  onOpen: () => void;
  onText: (text: unknown) => void;
  onDown: () => void;
}

export function classroomUrl(location: { protocol: string; host: string }): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${CLASSROOM_PATH}`;
}

export function openClassroomSocket(url: string, handlers: SocketHandlers): ClassroomSocket {
  let socket: WebSocket | null = null;
  let attempts = 0;
  let closed = false;
  let retry: ReturnType<typeof setTimeout> | undefined;

  const connect = () => {
    if (closed) return;
    const current = new WebSocket(url);
    socket = current;
    current.addEventListener('open', () => {
      attempts = 0;
      handlers.onOpen();
    });
    current.addEventListener('message', (event: MessageEvent) => handlers.onText(event.data));
    current.addEventListener('close', () => {
      if (socket !== current || closed) return;
      socket = null;
      handlers.onDown();
      retry = setTimeout(connect, RETRY_MS[Math.min(attempts, RETRY_MS.length - 1)]);
      attempts += 1;
    });
  };
  connect();
  return {
    send(text) {
      if (socket?.readyState === WebSocket.OPEN) socket.send(text);
    },
    close() {
      closed = true;
      clearTimeout(retry);
      socket?.close(1000);
      socket = null;
    },
  };
}
