// S3's error answers as values: the status, the code, the message and the extra elements S3 adds,
// written as S3 writes them (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
import { randomBytes } from 'node:crypto';

export interface S3Error {
  status: number;
  code: string;
  message: string;
  /** extra child elements of <Error>, in order (e.g. AWSAccessKeyId, ProposedSize) */
  details?: Record<string, string | number>;
}

export const s3Error = (
  status: number,
  code: string,
  message: string,
  details?: Record<string, string | number>,
): S3Error => ({ status, code, message, ...(details ? { details } : {}) });

export const ACCESS_DENIED = s3Error(403, 'AccessDenied', 'Access Denied');

export const SIGNATURE_MISMATCH_MESSAGE =
  'The request signature we calculated does not match the signature you provided. Check your key and signing method.';

export const unknownAccessKey = (accessKeyId: string): S3Error =>
  s3Error(403, 'InvalidAccessKeyId', 'The AWS Access Key Id you provided does not exist in our records.', {
    AWSAccessKeyId: accessKeyId,
  });

export const signatureMismatch = (accessKeyId: string, details: Record<string, string> = {}): S3Error =>
  s3Error(403, 'SignatureDoesNotMatch', SIGNATURE_MISMATCH_MESSAGE, { AWSAccessKeyId: accessKeyId, ...details });

/** Text content needs only `&`, `<` and `>` escaped; S3 leaves quotes in its messages as they are. */
const escapeXml = (text: string): string =>
  text.replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c]!);

/** Hex request ids like S3's x-amz-request-id; S3 sends them on every answer. */
export const newRequestId = (): string => randomBytes(8).toString('hex').toUpperCase();

export function errorXml(error: S3Error, requestId: string): string {
  const extra = Object.entries(error.details ?? {})
    .map(([name, value]) => `<${name}>${escapeXml(String(value))}</${name}>`)
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message>${extra}` +
    `<RequestId>${requestId}</RequestId><HostId>${requestId}</HostId></Error>`
  );
}

export { escapeXml };
