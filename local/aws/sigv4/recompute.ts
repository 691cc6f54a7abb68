// The signature the server expects, recomputed with @smithy/signature-v4 from the key's secret over
// exactly the headers the client says it signed, so client and server share one implementation of
// the canonical request (https://docs.aws.amazon.com/IAM/latest/UserGuide/create-signed-request.html).
import { Sha256 } from '@aws-crypto/sha256-js';
import { SignatureV4 } from '@smithy/signature-v4';
import type { SigV4Key } from './failure.ts';
import type { SigV4Rules } from './rules.ts';

export interface Recompute {
  method: string;
  rawPath: string;
  query: Record<string, string | string[]>;
  /** the signed headers' values, as received */
  headers: Record<string, string>;
  signedHeaders: string[];
  body: Buffer | string;
  /** S3: the declared payload hash, which the signer reads from x-amz-content-sha256 */
  payload?: string;
  signingDate: Date;
  region: string;
  key: SigV4Key;
}

const SIGNATURE = /Signature=([0-9a-f]+)/;
const SIGNED_HEADERS = /SignedHeaders=([^,]+)/;

function canonicalPath(rules: SigV4Rules, rawPath: string): string | undefined {
  if (rules.pathEncoding !== 'decoded') return rawPath;
  try {
    return decodeURIComponent(rawPath);
  } catch {
    return undefined;
  }
}

/** The expected signature and signed-header list, or undefined when the path cannot be read. */
export async function recomputeSignature(
  rules: SigV4Rules,
  r: Recompute,
): Promise<{ signature: string; signedHeaders: string } | undefined> {
  const path = canonicalPath(rules, r.rawPath);
  if (path === undefined) return undefined;
  const headers = { ...r.headers };
  const signedSet = new Set(r.signedHeaders);
  let unsignable: Set<string> | undefined;
  if (rules.payload === 's3') {
    // The signer reads the payload hash from this header; it is a canonical header only if signed.
    headers['x-amz-content-sha256'] = r.payload ?? '';
    unsignable = new Set(['x-amz-date', 'x-amz-content-sha256'].filter((h) => !signedSet.has(h)));
  }
  const signer = new SignatureV4({
    service: rules.service,
    region: r.region,
    credentials: { accessKeyId: r.key.accessKeyId, secretAccessKey: r.key.secretAccessKey },
    sha256: Sha256,
    applyChecksum: false,
    uriEscapePath: rules.pathEncoding !== 'as-sent',
  });
  const signed = await signer.sign(
    {
      method: r.method.toUpperCase(),
      protocol: 'https:',
      hostname: headers.host ?? '',
      path,
      query: r.query,
      headers,
      ...(rules.payload === 's3' ? {} : { body: r.body }),
    },
    {
      signingDate: r.signingDate,
      signingRegion: r.region,
      signingService: rules.service,
      signableHeaders: signedSet,
      ...(unsignable ? { unsignableHeaders: unsignable } : {}),
    },
  );
  const authorization = String(signed.headers.authorization);
  return {
    signature: SIGNATURE.exec(authorization)?.[1] ?? '',
    signedHeaders: SIGNED_HEADERS.exec(authorization)?.[1] ?? '',
  };
}
