// Product images: the limits the resolvers and the image Lambdas share (contract, "Product images").
// Pure TypeScript with no AppSync import, so functions/ can bundle it as well.
import type { Problems } from './validation.ts';

/** The content types an image may have, each with the extension its key gets. */
export const IMAGE_EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

export const ALLOWED_IMAGE_TYPES: string[] = Object.keys(IMAGE_EXTENSIONS);

/** 10 MiB: the largest upload a presigned POST allows. */
export const MAX_IMAGE_BYTES = 10485760;

export const MAX_IMAGES_PER_PRODUCT = 10;

export const MAX_ALT_LENGTH = 300;

/** How long a presigned POST is accepted, in seconds. */
export const UPLOAD_EXPIRES_SECONDS = 300;

/** One image as the product item stores it (docs/data-model.md); `url` is derived when read. */
export interface ProductImageItem {
  key: string;
  alt: string | null;
  contentType: string;
}

export function isAllowedImageType(contentType: unknown): contentType is string {
  return typeof contentType === 'string' && Object.hasOwn(IMAGE_EXTENSIONS, contentType);
}

/** The content type must be one of ours, spelled exactly (S3's policy compares it byte for byte). */
export function checkImageType(problems: Problems, field: string, contentType: unknown): string {
  if (!isAllowedImageType(contentType)) {
    problems.push({ field, message: `${field} must be one of ${ALLOWED_IMAGE_TYPES.join(', ')}` });
    return '';
  }
  return contentType;
}

export function checkImageLength(problems: Problems, field: string, length: unknown): number {
  const ok = typeof length === 'number' && Math.floor(length) === length && length >= 1 && length <= MAX_IMAGE_BYTES;
  if (!ok) {
    problems.push({ field, message: `${field} must be an integer from 1 to ${MAX_IMAGE_BYTES} (10 MiB)` });
    return 0;
  }
  return length;
}

/** The ULID and extension an uploaded key ends with (as image-uploads makes it), checked without regexes. */
export function isImageFileName(name: string): boolean {
  const dot = name.indexOf('.');
  if (dot !== 26 || name.lastIndexOf('.') !== dot) return false;
  const crockford = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  for (const char of name.slice(0, dot).split('')) {
    if (crockford.indexOf(char) < 0) return false;
  }
  return ALLOWED_IMAGE_TYPES.some((type) => IMAGE_EXTENSIONS[type] === name.slice(dot + 1));
}

/** Where in the product's list an image key sits, or -1. */
export function imageIndex(images: ProductImageItem[] | null | undefined, key: string): number {
  return (images ?? []).findIndex((image) => image.key === key);
}
