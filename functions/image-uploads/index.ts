// The image-uploads function (AppSync data source `media`): an S3 presigned POST for one product
// image whose policy fixes the bucket, the key, the content type, the size range (1 B to the asked
// contentLength, at most 10 MiB) and the `shop-image=pending` tag, valid 5 minutes.
// https://docs.aws.amazon.com/AmazonS3/latest/API/sigv4-HTTPPOSTConstructPolicy.html
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import {
  IMAGE_EXTENSIONS,
  UPLOAD_EXPIRES_SECONDS,
  checkImageLength,
  checkImageType,
} from '../../resolvers/lib/images.ts';
import { productImageKey } from '../../contracts/table-keys.ts';
import type { Problems } from '../../resolvers/lib/validation.ts';
import { IMAGE_TAG_KEY, imageBucketClient, imageBucketName } from '../lib/image-bucket.ts';
import { ulid } from '../lib/ulid.ts';

/** The tag set every upload must carry (S3 reads the `tagging` form field as this XML). */
export const PENDING_TAGGING = [
  '<Tagging><TagSet><Tag>',
  `<Key>${IMAGE_TAG_KEY}</Key><Value>pending</Value>`,
  '</Tag></TagSet></Tagging>',
].join('');

export interface UploadRequest {
  productId: string;
  contentType: string;
  contentLength: number;
}

export interface SignedUpload {
  url: string;
  fields: Record<string, string>;
  key: string;
  /** ISO 8601, the policy's own expiration */
  expiresAt: string;
  maxBytes: number;
}

/** A refused request; the message starts with its type, which the resolver maps to a ValidationError. */
export class UploadRefused extends Error {
  override name = 'ValidationError';
  constructor(problems: Problems) {
    super(`ValidationError: ${problems.map((p) => p.message).join('; ')}`);
  }
}

function checked(event: unknown): UploadRequest {
  const input = (event ?? {}) as Partial<Record<keyof UploadRequest, unknown>>;
  const problems: Problems = [];
  // The id becomes a key segment: one segment of safe characters (our ids are ULIDs).
  const productId = typeof input.productId === 'string' ? input.productId : '';
  if (!/^[A-Za-z0-9_-]{1,100}$/.test(productId)) {
    problems.push({ field: 'productId', message: 'productId must be 1–100 letters, digits, _ or -' });
  }
  const contentType = checkImageType(problems, 'contentType', input.contentType);
  const contentLength = checkImageLength(problems, 'contentLength', input.contentLength);
  if (problems.length > 0) throw new UploadRefused(problems);
  return { productId, contentType, contentLength };
}

export async function handler(event: unknown): Promise<SignedUpload> {
  const { productId, contentType, contentLength } = checked(event);
  const bucket = imageBucketName();
  const key = productImageKey(productId, ulid(), IMAGE_EXTENSIONS[contentType] as string);
  const { url, fields } = await createPresignedPost(imageBucketClient(), {
    Bucket: bucket,
    Key: key,
    Expires: UPLOAD_EXPIRES_SECONDS,
    Conditions: [
      { bucket },
      ['eq', '$key', key],
      ['eq', '$Content-Type', contentType],
      ['content-length-range', 1, contentLength],
      ['eq', '$tagging', PENDING_TAGGING],
    ],
    Fields: { 'Content-Type': contentType, tagging: PENDING_TAGGING },
  });
  const policy = JSON.parse(Buffer.from(fields.Policy ?? '', 'base64').toString('utf8')) as { expiration: string };
  return { url, fields, key, expiresAt: new Date(policy.expiration).toISOString(), maxBytes: contentLength };
}
