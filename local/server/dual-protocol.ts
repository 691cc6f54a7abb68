// One port for plain HTTP and TLS, told apart by the first byte: a TLS ClientHello record starts
// with 0x16 (RFC 8446 §5.1, content type handshake), an HTTP request with a method's letter.
// Amplify JS v6 derives its real-time URL as wss://<the GraphQL host and port>/graphql/realtime and
// has no setting for another, so the GraphQL port itself must accept TLS.
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';

const TLS_HANDSHAKE = 0x16;
// A connection that never sends its first byte is dropped: the http(s) servers' own timeouts start only
// once it is routed to them. 60 s is Node's default headersTimeout (UNVERIFIED against AWS).
const FIRST_BYTE_TIMEOUT_MS = 60_000;

export function createDualProtocolServer(
  http: HttpServer,
  https: HttpsServer,
  { firstByteTimeoutMs = FIRST_BYTE_TIMEOUT_MS }: { firstByteTimeoutMs?: number } = {},
): Server {
  return createServer((socket: Socket) => {
    const silent = (): void => void socket.destroy();
    socket.setTimeout(firstByteTimeoutMs, silent);
    socket.once('data', (first: Buffer) => {
      socket.setTimeout(0);
      socket.off('timeout', silent);
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    // A client that connects and goes away before a byte: nothing to route, nothing to report.
    socket.on('error', () => socket.destroy());
  });
}
