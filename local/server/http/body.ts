// Reads a request body as text, refusing anything larger than AppSync accepts with an answer the
// client can read: the rest of an oversized body is read and dropped, so the 413 is not lost to a
// connection reset while the client is still sending.
import type { IncomingMessage } from 'node:http';

/**
 * 1 MiB. The reference spec gives no request-size figure; AWS documents 1,048,576 characters as
 * the longest GraphQL operation an AppSync target takes (EventBridge API_AppSyncParameters), and
 * no real query comes near it.
 */
export const MAX_BODY_BYTES = 1024 * 1024;

/** Past this we stop draining and drop the connection: a client that sends 64 MiB is not listening. */
const MAX_DRAIN_BYTES = 64 * 1024 * 1024;

export type BodyResult =
  | { kind: 'body'; text: string }
  | { kind: 'too-large'; limit: number }
  /** the client went away, or sent far too much to be worth an answer */
  | { kind: 'aborted' };

export function readBody(req: IncomingMessage, limit = MAX_BODY_BYTES): Promise<BodyResult> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size > MAX_DRAIN_BYTES) {
        resolve({ kind: 'aborted' });
        req.destroy();
      }
    });
    req.on('end', () => {
      if (size > limit) resolve({ kind: 'too-large', limit });
      else resolve({ kind: 'body', text: Buffer.concat(chunks).toString('utf8') });
    });
    req.on('error', () => resolve({ kind: 'aborted' }));
  });
}
