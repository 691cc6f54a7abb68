// The storage behind the verifying endpoint: s3rver, in process, listening on a socket file in a
// private (0700) temporary folder rather than a TCP port, so no other local process can go around
// the checks. What reaches it has been verified already, so it gets the request unsigned.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { migrateStoreLayout } from './store-layout.ts';

/** The part of s3rver 3.7.1's (untyped, CommonJS) API we use. */
interface S3rverInstance {
  listen(path: string): Promise<Server>;
}
type S3rverConstructor = new (options: {
  address: string;
  port: number;
  silent: boolean;
  directory: string;
}) => S3rverInstance;

export interface StoreAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface Store {
  send(method: string, path: string, headers: Record<string, string>, body?: Buffer): Promise<StoreAnswer>;
  close(): Promise<void>;
}

const require = createRequire(import.meta.url);

export async function startStore(directory: string): Promise<Store> {
  mkdirSync(directory, { recursive: true });
  migrateStoreLayout(directory);
  const S3rver = require('s3rver') as S3rverConstructor;
  const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  // mkdtemp makes the folder 0700; socket paths are short (108 bytes), so not under the data dir
  const socketDir = mkdtempSync(join(tmpdir(), 'local-s3-'));
  const socketPath =
    process.platform === 'win32' ? `\\\\?\\pipe\\${socketDir.replace(/[\\/:]/g, '-')}` : join(socketDir, 'store.sock');
  const server = await s3rver.listen(socketPath);
  const send: Store['send'] = (method, path, headers, body) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          socketPath,
          method,
          path,
          // an IP host keeps s3rver path-style (a name would read as a virtual-hosted bucket)
          headers: { ...headers, host: '127.0.0.1', 'content-length': String(body?.length ?? 0) },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () =>
            resolve({ status: res.statusCode ?? 500, headers: res.headers, body: Buffer.concat(chunks) }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  const close = () =>
    new Promise<void>((resolve) => {
      server.closeAllConnections();
      server.close(() => {
        rmSync(socketDir, { recursive: true, force: true });
        resolve();
      });
    });
  return { send, close };
}
