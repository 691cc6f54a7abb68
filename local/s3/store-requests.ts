// S3 requests as the store must receive them, and its answers as S3 gives them: every key (in the
// path, x-amz-copy-source, a ListObjects parameter or a DeleteObjects body) goes in encoded
// (store-keys.ts) and comes back decoded in the XML, so the store's files stay under its folder.
import { createHash } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { escapeXml, s3Error, type S3Error } from './errors.ts';
import type { StoreAnswer } from './forward.ts';
import {
  fromStoreKey,
  isValidBucketName,
  storePath,
  toStoreDelimiter,
  toStoreKey,
  toStorePrefix,
} from './store-keys.ts';

export interface StoreRequest {
  path: string;
  headers: Record<string, string>;
  body: Buffer;
}

const LIST_PARAMETERS = new Set(['prefix', 'start-after', 'marker']);
const KEYED = /<(Key|Prefix|StartAfter|Marker|NextMarker)>([^<]*)<\/\1>/g;
const DELIMITER = /<Delimiter>[^<]*<\/Delimiter>/;
const KEY_ELEMENT = /<Key>([^<]*)<\/Key>/g;
const ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };
const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|lt|gt|amp|quot|apos);/gi, (_, e: string) =>
    e.startsWith('#')
      ? String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)))
      : ENTITIES[e.toLowerCase()]!,
  );

/** Query pairs, `%XX`-decoded as S3 reads them (no value: undefined); undefined when an escape is malformed. */
function pairs(rawQuery: string): Array<[string, string | undefined]> | undefined {
  try {
    return rawQuery
      .split('&')
      .filter(Boolean)
      .map((p) => {
        const eq = p.indexOf('=');
        if (eq < 0) return [decodeURIComponent(p), undefined];
        return [decodeURIComponent(p.slice(0, eq)), decodeURIComponent(p.slice(eq + 1))];
      });
  } catch {
    return undefined;
  }
}

/** The store's query: the presigned URL's X-Amz-* parameters dropped, ListObjects' keys encoded. */
function storeQuery(rawQuery: string, listing: boolean): string | S3Error {
  const parsed = pairs(rawQuery);
  if (!parsed) return s3Error(400, 'InvalidArgument', 'The query string is not well formed.');
  const out: string[] = [];
  for (const [name, value] of parsed) {
    if (/^x-amz-/i.test(name)) continue;
    if (value === undefined) {
      out.push(encodeURIComponent(name));
      continue;
    }
    let stored: string | undefined = value;
    if (listing && LIST_PARAMETERS.has(name)) stored = toStorePrefix(value);
    if (listing && name === 'delimiter') stored = value === '' ? '' : toStoreDelimiter(value);
    // A delimiter starting with `_` would match the key encoding's own marks: refused, written down.
    if (stored === undefined)
      return s3Error(501, 'NotImplemented', 'The local S3 cannot group by a delimiter starting with "_".');
    out.push(`${encodeURIComponent(name)}=${encodeURIComponent(stored)}`);
  }
  return out.join('&');
}

/** `x-amz-copy-source: /bucket/key?versionId=…` (URL-encoded) → the store's, which s3rver reads with decodeURI. */
function copySource(value: string): string | S3Error {
  const [path = ''] = value.split('?');
  const trimmed = path.startsWith('/') ? path.slice(1) : path;
  const slash = trimmed.indexOf('/');
  try {
    const bucket = decodeURIComponent(trimmed.slice(0, slash));
    const key = decodeURIComponent(trimmed.slice(slash + 1));
    if (slash < 1 || !isValidBucketName(bucket) || key === '') throw new Error('no key');
    return encodeURI(`/${bucket}/${toStoreKey(key)}`);
  } catch {
    return s3Error(
      400,
      'InvalidArgument',
      'Copy Source must mention the source bucket and key: sourcebucket/sourcekey',
    );
  }
}

/** DeleteObjects names its keys in the body; the body's Content-MD5 is recomputed for the encoded keys. */
function deleteBody(body: Buffer, headers: Record<string, string>): Buffer {
  const xml = body
    .toString('utf8')
    .replace(KEY_ELEMENT, (_, k: string) => `<Key>${escapeXml(toStoreKey(unescapeXml(k)))}</Key>`);
  const rewritten = Buffer.from(xml, 'utf8');
  if (headers['content-md5']) headers['content-md5'] = createHash('md5').update(rewritten).digest('base64');
  return rewritten;
}

/** The request the store gets for an S3 request on `bucket` (and `key`, when an object). */
export function toStoreRequest(
  bucket: string,
  key: string,
  rawQuery: string,
  headers: Record<string, string>,
  body: Buffer,
  method: string,
): StoreRequest | S3Error {
  if (bucket && !isValidBucketName(bucket))
    return s3Error(400, 'InvalidBucketName', 'The specified bucket is not valid.', { BucketName: bucket });
  const query = storeQuery(rawQuery, !key);
  if (typeof query !== 'string') return query;
  const out = { ...headers };
  if (out['x-amz-copy-source'] !== undefined) {
    const source = copySource(out['x-amz-copy-source']);
    if (typeof source !== 'string') return source;
    out['x-amz-copy-source'] = source;
  }
  const deleting = method === 'POST' && !key && /(^|&)delete(=|&|$)/.test(query);
  const path = !bucket ? '/' : key ? storePath(bucket, key) : `/${encodeURIComponent(bucket)}`;
  return { path: `${path}${query ? `?${query}` : ''}`, headers: out, body: deleting ? deleteBody(body, out) : body };
}

/** The store's answer with every key in its XML decoded (URL-encoded ones too, for encoding-type=url). */
export function fromStoreAnswer(answer: StoreAnswer, rawQuery: string): StoreAnswer {
  const type = String(answer.headers['content-type'] ?? '');
  if (!type.includes('xml') || answer.body.length === 0) return answer;
  const query = pairs(rawQuery) ?? [];
  const urlEncoded = query.some(([k, v]) => k === 'encoding-type' && v === 'url');
  const delimiter = query.find(([k]) => k === 'delimiter')?.[1] ?? '';
  const decode = (text: string) => {
    const raw = unescapeXml(text);
    const plain = urlEncoded ? decodeURIComponent(raw) : raw;
    const key = fromStoreKey(plain);
    return escapeXml(urlEncoded ? encodeURIComponent(key) : key);
  };
  const xml = answer.body
    .toString('utf8')
    .replace(KEYED, (_, element: string, text: string) => `<${element}>${decode(text)}</${element}>`)
    .replace(DELIMITER, `<Delimiter>${escapeXml(urlEncoded ? encodeURIComponent(delimiter) : delimiter)}</Delimiter>`);
  const body = Buffer.from(xml, 'utf8');
  const headers: IncomingHttpHeaders = { ...answer.headers, 'content-length': String(body.length) };
  return { ...answer, headers, body };
}
