// The local S3 endpoint and the local CDN. Every S3 request is verified as S3 verifies it (SigV4
// header or presigned URL, or a POST policy) before it reaches the store; the CDN serves the
// bucket unsigned, as CloudFront does with origin access control.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { corsHeaders, preflight, type CorsRule } from './cors.ts';
import { escapeXml, newRequestId, s3Error, type S3Error } from './errors.ts';
import { relay, send, splitUrl } from './answers.ts';
import { handleCdn } from './cdn.ts';
import { startStore, type Store } from './forward.ts';
import { verifyPost, type PostForm } from './post-policy.ts';
import { isS3Error, STREAMING_UNSIGNED_TRAILER, verifyRequest, type S3Identity } from './sigv4.ts';
import { pathOfKey, storePath } from './store-keys.ts';
import { fromStoreAnswer, toStoreRequest } from './store-requests.ts';
import type { BucketSpec, DistributionSpec } from './template.ts';

export interface LocalS3Options {
  /** where objects persist across restarts */
  dataDir: string;
  /** the one IAM identity whose signatures are accepted */
  identity: S3Identity;
  region: string;
  buckets: BucketSpec[];
  distributions: DistributionSpec[];
  /** 0 (default) takes a free port */
  s3Port?: number;
  /** the first distribution's port; 0 (default) takes a free port */
  cdnPort?: number;
}

export interface LocalS3 {
  /** http://127.0.0.1:<port>, path-style */
  s3Endpoint: string;
  /** distribution logical id → its host, `127.0.0.1:<port>` */
  cdnHosts: Record<string, string>;
  stop(): Promise<void>;
}

/** Bodies are held in memory: the local limit is far above the app's 10 MiB images (S3's own is 5 GiB). */
const MAX_BODY_BYTES = 100 * 1024 * 1024;

/** Headers the store keeps as object metadata or needs for the operation; the rest are the signature's. */
const STORED_HEADERS = new Set([
  'content-type',
  'content-md5',
  'cache-control',
  'content-disposition',
  'content-encoding',
  'content-language',
  'expires',
  'range',
  'if-match',
  'if-none-match',
  'if-modified-since',
  'if-unmodified-since',
  'x-amz-storage-class',
  'x-amz-website-redirect-location',
  'x-amz-copy-source',
  'x-amz-metadata-directive',
]);

function readBody(req: IncomingMessage): Promise<Buffer | S3Error> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= MAX_BODY_BYTES) chunks.push(chunk);
    });
    req.on('end', () =>
      resolve(
        size > MAX_BODY_BYTES
          ? s3Error(400, 'EntityTooLarge', 'Your proposed upload exceeds the maximum allowed size', {
              ProposedSize: size,
              MaxSizeAllowed: MAX_BODY_BYTES,
            })
          : Buffer.concat(chunks),
      ),
    );
    req.on('error', reject);
  });
}

/** aws-chunked framing (`<hex size>[;ext]\r\n<data>\r\n`… `0\r\n<trailers>\r\n`) → the object's bytes. */
function decodeAwsChunked(body: Buffer): Buffer | S3Error {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const eol = body.indexOf('\r\n', at);
    const size = eol < 0 ? NaN : parseInt(body.subarray(at, eol).toString('latin1').split(';')[0]!, 16);
    if (!Number.isInteger(size) || eol + 2 + size > body.length)
      return s3Error(400, 'IncompleteBody', 'The request body terminated unexpectedly');
    if (size === 0) return Buffer.concat(parts);
    parts.push(body.subarray(eol + 2, eol + 2 + size));
    at = eol + 2 + size + 2;
  }
}

/** `a=1&b=2` (the x-amz-tagging header) → the Tagging document PutObjectTagging takes. */
function taggingXml(urlEncoded: string): string {
  const tags = [...new URLSearchParams(urlEncoded)]
    .map(([k, v]) => `<Tag><Key>${escapeXml(k)}</Key><Value>${escapeXml(v)}</Value></Tag>`)
    .join('');
  return `<Tagging><TagSet>${tags}</TagSet></Tagging>`;
}

async function readForm(req: IncomingMessage, body: Buffer): Promise<{ form: PostForm; bytes?: Buffer } | S3Error> {
  const malformed = s3Error(
    400,
    'MalformedPOSTRequest',
    'The body of your POST request is not well-formed multipart/form-data.',
  );
  const type = req.headers['content-type'] ?? '';
  if (!type.toLowerCase().startsWith('multipart/form-data')) return malformed;
  let data: FormData;
  try {
    data = await new Request('http://127.0.0.1/', {
      method: 'POST',
      headers: { 'content-type': type },
      body,
    }).formData();
  } catch {
    return malformed;
  }
  const fields = new Map<string, string>();
  let file: PostForm['file'];
  let bytes: Buffer | undefined;
  for (const [name, value] of data) {
    if (file) break; // S3 ignores every field after the file
    if (typeof value === 'string') fields.set(name.toLowerCase(), value);
    else if (name.toLowerCase() === 'file') {
      file = { size: value.size, name: value.name };
      bytes = Buffer.from(await value.arrayBuffer());
    }
  }
  return { form: { fields, file }, ...(bytes ? { bytes } : {}) };
}

interface Endpoint {
  origin: string;
  store: Store;
  identity: S3Identity;
  region: string;
  cors: Map<string, CorsRule[]>;
}

async function handlePost(ep: Endpoint, req: IncomingMessage, res: ServerResponse, bucket: string, body: Buffer) {
  const cors = corsHeaders(ep.cors.get(bucket), req.headers.origin, 'POST');
  const read = await readForm(req, body);
  if (isS3Error(read)) return send(res, 'POST', read, cors);
  const accepted = await verifyPost(bucket, read.form, ep.identity, ep.region);
  if (isS3Error(accepted)) return send(res, 'POST', accepted, cors);
  const bytes = read.bytes ?? Buffer.alloc(0);
  const path = storePath(bucket, accepted.key);
  const put = await ep.store.send('PUT', path, accepted.objectHeaders, bytes);
  if (put.status !== 200) return relay(res, put, cors);
  if (accepted.tagging) {
    const tagged = await ep.store.send('PUT', `${path}?tagging`, {}, Buffer.from(accepted.tagging));
    if (tagged.status !== 200) {
      await ep.store.send('DELETE', path, {});
      return relay(res, tagged, cors);
    }
  }
  const etag = String(put.headers.etag ?? '');
  const location = `${ep.origin}/${encodeURIComponent(bucket)}/${pathOfKey(accepted.key)}`;
  const requestId = newRequestId();
  const headers = { ...cors, etag, location, 'x-amz-request-id': requestId, 'x-amz-id-2': requestId };
  if (accepted.redirect) {
    const to = new URL(accepted.redirect);
    for (const [k, v] of Object.entries({ bucket, key: accepted.key, etag })) to.searchParams.set(k, v);
    res.writeHead(303, { ...headers, location: to.toString() });
    res.end();
    return;
  }
  // https://docs.aws.amazon.com/AmazonS3/latest/API/RESTObjectPOST.html: 201 answers with a PostResponse document
  const xml =
    accepted.status === 201
      ? '<?xml version="1.0" encoding="UTF-8"?>\n' +
        `<PostResponse><Location>${escapeXml(location)}</Location><Bucket>${escapeXml(bucket)}</Bucket>` +
        `<Key>${escapeXml(accepted.key)}</Key><ETag>${escapeXml(etag)}</ETag></PostResponse>`
      : '';
  res.writeHead(accepted.status, { ...headers, ...(xml ? { 'content-type': 'application/xml' } : {}) });
  res.end(xml);
}

async function handleS3(ep: Endpoint, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const split = splitUrl(req.url ?? '/');
  if (!split) return send(res, method, s3Error(400, 'InvalidURI', "Couldn't parse the specified URI."));
  const { rawPath, rawQuery, bucket, key } = split;
  const origin = req.headers.origin;
  if (method === 'OPTIONS') {
    const answer = preflight(
      ep.cors.get(bucket),
      origin,
      req.headers['access-control-request-method'],
      req.headers['access-control-request-headers'],
    );
    if (isS3Error(answer)) return send(res, method, answer);
    res.writeHead(200, { ...answer, 'content-length': '0' });
    res.end();
    return;
  }
  const cors = corsHeaders(ep.cors.get(bucket), origin, method);
  const body = await readBody(req);
  if (isS3Error(body)) return send(res, method, body, cors);
  if (method === 'POST' && bucket && !key && rawQuery === '' && !req.headers.authorization)
    return handlePost(ep, req, res, bucket, body);

  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) if (typeof value === 'string') headers[name] = value;
  const verified = await verifyRequest({ method, rawPath, rawQuery, headers, body }, ep.identity, ep.region);
  if (isS3Error(verified)) return send(res, method, verified, cors);

  let payload = body;
  if (verified.payload === STREAMING_UNSIGNED_TRAILER) {
    const decoded = decodeAwsChunked(body);
    if (isS3Error(decoded)) return send(res, method, decoded, cors);
    payload = decoded;
  }
  const forwarded: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers))
    if (STORED_HEADERS.has(name) || name.startsWith('x-amz-meta-')) forwarded[name] = value;
  if (forwarded['content-encoding'] === 'aws-chunked') delete forwarded['content-encoding'];
  const target = toStoreRequest(bucket, key, rawQuery, forwarded, payload, method);
  if (isS3Error(target)) return send(res, method, target, cors);
  const answer = await ep.store.send(method, target.path, target.headers, target.body);
  // s3rver ignores x-amz-tagging on PutObject: tag the object the way S3 would have
  const tagging = headers['x-amz-tagging'];
  if (method === 'PUT' && key && tagging && answer.status === 200 && !/(^|&)tagging(=|&|$)/.test(rawQuery)) {
    const path = `${storePath(bucket, key)}?tagging`;
    const tagged = await ep.store.send('PUT', path, {}, Buffer.from(taggingXml(tagging)));
    if (tagged.status !== 200) return relay(res, fromStoreAnswer(tagged, ''), cors);
  }
  relay(res, fromStoreAnswer(answer, rawQuery), cors);
}

function serve(handler: (req: IncomingMessage, res: ServerResponse) => Promise<void>): Server {
  return createServer((req, res) => {
    handler(req, res).catch((err: unknown) => {
      if (res.headersSent) return void res.destroy();
      send(res, req.method ?? 'GET', s3Error(500, 'InternalError', `We encountered an internal error: ${String(err)}`));
    });
  });
}

const listen = (server: Server, port: number) =>
  new Promise<number>((resolve, reject) => {
    server.once('error', reject);
    // loopback only: the bucket is private and the CDN is for this machine
    server.listen(port, '127.0.0.1', () => resolve((server.address() as AddressInfo).port));
  });

const close = (server: Server) =>
  new Promise<void>((resolve) => {
    server.closeAllConnections();
    server.close(() => resolve());
  });

export async function startLocalS3(options: LocalS3Options): Promise<LocalS3> {
  const store = await startStore(join(options.dataDir, 'objects'));
  const servers: Server[] = [];
  try {
    const ep: Endpoint = {
      origin: '',
      store,
      identity: options.identity,
      region: options.region,
      cors: new Map(options.buckets.map((b) => [b.name, b.cors])),
    };
    const s3Server = serve((req, res) => handleS3(ep, req, res));
    servers.push(s3Server);
    const s3Port = await listen(s3Server, options.s3Port ?? 0);
    ep.origin = `http://127.0.0.1:${s3Port}`;
    const cdnHosts: Record<string, string> = {};
    for (const [index, spec] of options.distributions.entries()) {
      const bucket = options.buckets.find((b) => b.logicalId === spec.bucketLogicalId)!.name;
      const server = serve((req, res) => handleCdn(store, bucket, spec, req, res));
      servers.push(server);
      cdnHosts[spec.logicalId] = `127.0.0.1:${await listen(server, index === 0 ? (options.cdnPort ?? 0) : 0)}`;
    }
    return {
      s3Endpoint: ep.origin,
      cdnHosts,
      stop: async () => {
        await Promise.all(servers.map(close));
        await store.close();
      },
    };
  } catch (err) {
    await Promise.all(servers.filter((s) => s.listening).map(close));
    await store.close();
    throw err;
  }
}
