// `inspect`: does the object exist, and with which stored content type and size (HeadObject; S3 answers
// a missing key with 404 and no body, which the SDK names NotFound).
// Without s3:ListBucket S3 answers a missing key with 403, not 404: the role needs it (prefix products/).
// https://docs.aws.amazon.com/AmazonS3/latest/API/API_HeadObject.html
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';

export interface Inspection {
  exists: boolean;
  contentType: string | null;
  size: number | null;
}

export function isMissing(err: unknown): boolean {
  const e = err as { name?: string; $metadata?: { httpStatusCode?: number } } | null;
  return !!e && (e.name === 'NotFound' || e.name === 'NoSuchKey' || e.$metadata?.httpStatusCode === 404);
}

export async function inspectObject(client: S3Client, bucket: string, key: string): Promise<Inspection> {
  try {
    const head = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
    return { exists: true, contentType: head.ContentType ?? null, size: head.ContentLength ?? null };
  } catch (err) {
    if (isMissing(err)) return { exists: false, contentType: null, size: null };
    throw err;
  }
}
