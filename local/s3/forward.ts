// The storage behind the verifying endpoint: s3rver, in process on its own loopback port, reached
// only from here. What reaches it has been verified already, so it gets the request unsigned.
import { mkdirSync } from 'node:fs';
import { request as httpRequest, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';

/** The part of s3rver 3.7.1's (untyped, CommonJS) API we use. */
interface S3rverInstance {
  run(): Promise<AddressInfo>;
  close(): Promise<void>;
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
  const S3rver = require('s3rver') as S3rverConstructor;
  const s3rver = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory });
  const { port } = await s3rver.run();
  const send: Store['send'] = (method, path, headers, body) =>
    new Promise((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          headers: { ...headers, 'content-length': String(body?.length ?? 0) },
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
  return { send, close: () => s3rver.close() };
}
