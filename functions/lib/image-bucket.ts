// The S3 client of the image functions: the Lambda's region and credentials; path-style addressing
// only against the local S3 twin (AWS_ENDPOINT_URL_S3, the SDK's service endpoint variable), and
// checksums only when an operation requires them (the twin stores aws-chunked framing otherwise).
// https://docs.aws.amazon.com/sdkref/latest/guide/feature-ss-endpoints.html
import { S3Client } from '@aws-sdk/client-s3';

/** The tag key both functions use: `pending` on upload (the POST policy fixes it), `attached` once attached. */
export const IMAGE_TAG_KEY = 'shop-image';

let client: S3Client | undefined;

export function imageBucketClient(): S3Client {
  const endpoint = process.env.AWS_ENDPOINT_URL_S3;
  client ??= new S3Client({
    region: process.env.AWS_REGION,
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(endpoint ? { endpoint, forcePathStyle: true } : {}),
  });
  return client;
}

export function imageBucketName(): string {
  const bucket = process.env.BUCKET_NAME;
  if (!bucket) throw new Error('BUCKET_NAME must be set');
  return bucket;
}

/** Only keys under `products/` are the functions' business (their roles are limited to that prefix). */
export function isProductImageKey(key: unknown): key is string {
  return typeof key === 'string' && key.startsWith('products/') && key.length <= 1024;
}
