// CloudFront in front of one bucket with origin access control: GET/HEAD only, no signature, the
// viewer's path read as a key of the origin bucket and nothing else. The key is text, so `..` or an
// encoded `/` in it names a key of that bucket, never another bucket or a file.
// https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html
import type { IncomingMessage, ServerResponse } from 'node:http';
import { relay, send } from './answers.ts';
import { s3Error } from './errors.ts';
import type { Store } from './forward.ts';
import { fromStoreAnswer } from './store-requests.ts';
import { storePath } from './store-keys.ts';
import type { DistributionSpec } from './template.ts';

const ACCESS_DENIED = s3Error(403, 'AccessDenied', 'Access Denied');
const CONDITIONAL = ['range', 'if-none-match', 'if-modified-since', 'if-match', 'if-unmodified-since'];
const CDN_HEADERS = { 'x-cache': 'Miss from cloudfront', via: '1.1 local.cloudfront.net (CloudFront)' };

/** The viewer's path → the origin key (OriginPath first), or undefined when a %-escape is malformed. */
function originKey(url: string, spec: DistributionSpec): string | undefined {
  const q = url.indexOf('?');
  const rawPath = q < 0 ? url : url.slice(0, q);
  try {
    const path = rawPath === '/' && spec.defaultRootObject ? `/${spec.defaultRootObject}` : decodeURIComponent(rawPath);
    return `${spec.originPath}${path}`.slice(1);
  } catch {
    return undefined;
  }
}

export async function handleCdn(
  store: Store,
  bucket: string,
  spec: DistributionSpec,
  req: IncomingMessage,
  res: ServerResponse,
): Promise<void> {
  const method = req.method ?? 'GET';
  if (method !== 'GET' && method !== 'HEAD')
    return send(res, method, s3Error(403, 'MethodNotAllowed', 'Method Not Allowed'));
  const key = originKey(req.url ?? '/', spec);
  // OAC grants s3:GetObject only, so a listing of "/" is refused, and so is a path that is no key.
  if (!key) return send(res, method, ACCESS_DENIED);
  const headers: Record<string, string> = {};
  for (const name of CONDITIONAL)
    if (typeof req.headers[name] === 'string') headers[name] = req.headers[name] as string;
  const answer = await store.send(method, storePath(bucket, key), headers);
  // Without s3:ListBucket S3 answers a missing key with 403 AccessDenied, not 404 (S3 GetObject, "Permissions");
  // CloudFront passes it on. UNVERIFIED against AWS: CloudFront's exact body for it.
  if (answer.status === 404) return send(res, method, ACCESS_DENIED, CDN_HEADERS);
  relay(res, fromStoreAnswer(answer, ''), CDN_HEADERS);
}
