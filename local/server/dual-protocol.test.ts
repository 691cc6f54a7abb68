// Plain HTTP, HTTPS and wss:// on one port, as Amplify JS v6 needs it (wss:// on the GraphQL port).
import { createServer } from 'node:http';
import { createServer as createHttpsServer, request } from 'node:https';
import { connect, type AddressInfo } from 'node:net';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket, { WebSocketServer } from 'ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDualProtocolServer } from './dual-protocol.ts';
import { createLocalTlsOptions } from './realtime/index.ts';

let port = 0;
let ca = '';
const closers: Array<() => void> = [];

beforeAll(async () => {
  const tls = await createLocalTlsOptions(await mkdtemp(join(tmpdir(), 'dual-')));
  ca = tls.cert;
  const answer =
    (scheme: string) => (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) =>
      res.end(`${scheme} ${req.url}`);
  const http = createServer(answer('http'));
  const https = createHttpsServer({ key: tls.key, cert: tls.cert }, answer('https'));
  const wss = new WebSocketServer({ noServer: true });
  for (const s of [http, https]) {
    s.on('upgrade', (req, socket, head) => wss.handleUpgrade(req, socket, head, (ws) => ws.send(`hello ${req.url}`)));
  }
  const server = createDualProtocolServer(http, https);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
  closers.push(
    () => server.close(),
    () => wss.close(),
  );
});
afterAll(() => closers.forEach((close) => close()));

const httpsGet = (path: string) =>
  new Promise<string>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, ca }, (res) => {
      let body = '';
      res.on('data', (c: Buffer) => (body += c.toString()));
      res.on('end', () => resolve(body));
    });
    req.on('error', reject);
    req.end();
  });

const firstMessage = (url: string) =>
  new Promise<string>((resolve, reject) => {
    const ws = new WebSocket(url, { ca });
    ws.once('message', (m) => {
      resolve(String(m));
      ws.close();
    });
    ws.once('error', reject);
  });

describe('one port, two protocols', () => {
  it('answers plain HTTP and HTTPS on the same port', async () => {
    expect(await (await fetch(`http://127.0.0.1:${port}/graphql`)).text()).toBe('http /graphql');
    expect(await httpsGet('/graphql')).toBe('https /graphql');
  });

  it('upgrades ws:// and wss:// on the same port', async () => {
    expect(await firstMessage(`ws://127.0.0.1:${port}/graphql/realtime`)).toBe('hello /graphql/realtime');
    expect(await firstMessage(`wss://127.0.0.1:${port}/graphql/realtime`)).toBe('hello /graphql/realtime');
  });

  it('drops a connection that sends nothing within firstByteTimeoutMs, and routes one that does', async () => {
    const http = createServer((_req, res) => res.end('late but fine'));
    const quick = createDualProtocolServer(http, createHttpsServer({}), { firstByteTimeoutMs: 150 });
    await new Promise<void>((resolve) => quick.listen(0, '127.0.0.1', resolve));
    closers.push(() => quick.close());
    const quickPort = (quick.address() as AddressInfo).port;
    const silent = connect(quickPort, '127.0.0.1');
    const started = Date.now();
    await new Promise((resolve) => silent.once('close', resolve));
    expect(Date.now() - started).toBeGreaterThanOrEqual(100);
    const talker = connect(quickPort, '127.0.0.1');
    talker.write('GET / HTTP/1.1\r\n');
    await new Promise((resolve) => setTimeout(resolve, 300)); // past the first-byte deadline, mid-request
    talker.end('Host: x\r\nConnection: close\r\n\r\n');
    let answer = '';
    talker.on('data', (chunk: Buffer) => (answer += chunk.toString()));
    await new Promise((resolve) => talker.once('close', resolve));
    expect(answer).toContain('late but fine');
  });

  it('refuses TLS to a client that does not trust the local certificate', async () => {
    await expect(
      new Promise((resolve, reject) => {
        const ws = new WebSocket(`wss://127.0.0.1:${port}/graphql/realtime`);
        ws.once('open', resolve);
        ws.once('error', reject);
      }),
    ).rejects.toThrow(/self-signed|certificate/);
  });
});
