// One port for plain HTTP and TLS, told apart by the first byte: a TLS ClientHello record starts
// with 0x16 (RFC 8446 §5.1, content type handshake), an HTTP request with a method's letter.
// Amplify JS v6 derives its real-time URL as wss://<the GraphQL host and port>/graphql/realtime and
// has no setting for another, so the GraphQL port itself must accept TLS.
import type { Server as HttpServer } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import { createServer, type Server, type Socket } from 'node:net';

const TLS_HANDSHAKE = 0x16;

export function createDualProtocolServer(http: HttpServer, https: HttpsServer): Server {
  return createServer((socket: Socket) => {
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === TLS_HANDSHAKE ? https : http).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
    // A client that connects and goes away before a byte: nothing to route, nothing to report.
    socket.on('error', () => socket.destroy());
  });
}
