// AppSync's real-time endpoint over `ws` (noServer): attach `handleUpgrade` to an http(s) server's
// 'upgrade' event. GraphQL execution, auth and filtering are the injected engine's job.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { RealtimeConnection, type ConnectionSettings } from './connection.ts';
import { offeredSubprotocols, readAuthCarrier } from './headers.ts';
import { resolveLimits } from './limits.ts';
import {
  CLOSE_CODES,
  DEFAULT_CONNECTION_TIMEOUT_MS,
  DEFAULT_KEEP_ALIVE_MS,
  REALTIME_PATH,
  SUBPROTOCOL,
} from './protocol.ts';
import type { RealtimeServer, RealtimeServerOptions } from './types.ts';

export function createRealtimeServer(options: RealtimeServerOptions): RealtimeServer {
  const settings: ConnectionSettings = {
    authenticateConnection: options.authenticateConnection,
    startSubscription: options.startSubscription,
    stopSubscription: options.stopSubscription,
    keepAliveMs: positive(options.keepAliveMs, DEFAULT_KEEP_ALIVE_MS, 'keepAliveMs'),
    connectionTimeoutMs: positive(options.connectionTimeoutMs, DEFAULT_CONNECTION_TIMEOUT_MS, 'connectionTimeoutMs'),
    log: options.log ?? (() => {}),
    limits: resolveLimits(options.limits),
  };
  const paths = new Set(options.paths ?? [REALTIME_PATH]);
  const live = new Map<string, RealtimeConnection>();
  const pending = new Set<RealtimeConnection>();
  let closing = false;
  const wss = new WebSocketServer({
    noServer: true,
    // Checked against each frame's header, before `ws` buffers it: a bigger frame closes with 1009.
    maxPayload: settings.limits.maxFrameBytes,
    // No compression: a small deflated frame could inflate past every limit here.
    perMessageDeflate: false,
    // AppSync's protocol only; the client must also offer it (checked before the upgrade).
    handleProtocols: (protocols) => (protocols.has(SUBPROTOCOL) ? SUBPROTOCOL : false),
  });

  function handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (closing) return refuseUpgrade(socket, 503, 'ServiceUnavailable', 'The real-time endpoint is shutting down');
    if (!paths.has(pathOf(req.url)))
      return refuseUpgrade(socket, 404, 'NotFoundException', 'No real-time endpoint at this path');
    if (!offeredSubprotocols(req.headers['sec-websocket-protocol']).includes(SUBPROTOCOL)) {
      return refuseUpgrade(socket, 400, 'BadRequestException', `Sec-WebSocket-Protocol must include ${SUBPROTOCOL}`);
    }
    // Unacknowledged sockets are capped all together (every local client shares 127.0.0.1). The
    // oldest gives way rather than the newcomer, so a flood of idle sockets cannot lock clients out.
    if (pending.size >= settings.limits.maxPendingConnections) {
      const [oldest] = pending;
      settings.log('warn', 'too many connections awaiting connection_init: closing the oldest');
      oldest?.close(CLOSE_CODES.TRY_AGAIN_LATER, 'too many connections awaiting connection_init');
    }
    const carrier = readAuthCarrier(req);
    // `ws` validates every offered entry as an RFC 7230 token; a padded base64 `header-…=` entry is
    // not one. It has been read already, so `ws` is shown only the protocol it must select.
    req.headers['sec-websocket-protocol'] = SUBPROTOCOL;
    const remoteAddress = req.socket.remoteAddress;
    wss.handleUpgrade(req, socket, head, (ws) => {
      if (closing) return void ws.close(1001, 'server shutting down');
      const id = randomUUID();
      const peer = { carrier, remoteAddress, raw: socket };
      const connection = new RealtimeConnection(id, ws, peer, settings, {
        onReady: (ready) => pending.delete(ready),
        onGone: (gone) => {
          live.delete(gone.id);
          pending.delete(gone);
          settings.log('debug', 'connection closed', { connectionId: gone.id });
        },
      });
      live.set(id, connection);
      pending.add(connection);
      settings.log('debug', 'connection opened', { connectionId: id, carrier: carrier.carrier, remoteAddress });
    });
  }

  return {
    handleUpgrade,
    publish: (connectionId, subscriptionId, payload) =>
      live.get(connectionId)?.publish(subscriptionId, payload) ?? false,
    completeSubscription: (connectionId, subscriptionId) => live.get(connectionId)?.complete(subscriptionId) ?? false,
    connections: () => live.size,
    pendingConnections: () => pending.size,
    async close() {
      closing = true;
      await Promise.all([...live.values()].map((connection) => connection.shutdown()));
      await new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}

function positive(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`${name} must be a positive number of milliseconds`);
  return value;
}

function pathOf(url: string | undefined): string {
  try {
    return new URL(url ?? '/', 'http://localhost').pathname;
  } catch {
    return '';
  }
}

/** Answers an upgrade with a plain HTTP error in AppSync's error shape, then drops the socket. */
function refuseUpgrade(socket: Duplex, status: number, errorType: string, message: string): void {
  const body = JSON.stringify({ errors: [{ errorType, message }] });
  const reason = { 400: 'Bad Request', 404: 'Not Found', 503: 'Service Unavailable' }[status] ?? 'Error';
  if (!socket.writable) return void socket.destroy();
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${reason}\r\nConnection: close\r\nContent-Type: application/json\r\n` +
      `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`,
  );
}
