// The HTTP side of the local S3 and CDN: S3's XML error answers, the store's answers relayed, and
// the request URL split into bucket and key (path-style, still encoded in rawPath).
import type { ServerResponse } from 'node:http';
import { errorXml, newRequestId, type S3Error } from './errors.ts';
import type { StoreAnswer } from './forward.ts';

export interface SplitUrl {
  rawPath: string;
  rawQuery: string;
  bucket: string;
  key: string;
}

export function send(res: ServerResponse, method: string, error: S3Error, extra: Record<string, string> = {}): void {
  const requestId = newRequestId();
  const body = method === 'HEAD' ? '' : errorXml(error, requestId);
  res.writeHead(error.status, {
    ...extra,
    'content-type': 'application/xml',
    'content-length': String(Buffer.byteLength(body)),
    'x-amz-request-id': requestId,
    'x-amz-id-2': requestId,
  });
  res.end(body);
}

export function relay(res: ServerResponse, answer: StoreAnswer, extra: Record<string, string>): void {
  const headers: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(answer.headers)) {
    // the store's own CORS answers are not S3's (it always says `*`); ours come from the template's rules
    if (value === undefined || name.startsWith('access-control-') || name === 'connection') continue;
    if (name === 'transfer-encoding' || name === 'keep-alive' || name === 'date' || name === 'vary') continue;
    headers[name] = value;
  }
  res.writeHead(answer.status, { ...headers, ...extra });
  res.end(answer.body);
}

export function splitUrl(url: string): SplitUrl | undefined {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  const rawQuery = q < 0 ? '' : url.slice(q + 1);
  const [, bucket = '', ...rest] = rawPath.split('/');
  try {
    return { rawPath, rawQuery, bucket: decodeURIComponent(bucket), key: decodeURIComponent(rest.join('/')) };
  } catch {
    // a malformed %-escape names no key; the request is then refused as S3 refuses a bad URI
    return undefined;
  }
}
