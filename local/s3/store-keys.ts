// S3 keys are opaque text (`..`, `//`, a leading `/` included), but s3rver maps a key to a file path
// (`<bucket>/<segments>._S3rver_object`), so `..` would leave its folder and `a//b` would be `a/b`.
// The store therefore gets every key encoded: a `_` leads it and follows every `/`, so no segment is
// ever empty, `.` or `..`. The encoding keeps prefixes (encoded prefix = prefix of the encoded key) and
// the `/` delimiter, so ListObjects runs in the store unchanged; answers are decoded on the way out.
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-keys.html

const MARK = '_';

/** An S3 key → the key the store keeps it under. */
export const toStoreKey = (key: string): string => MARK + key.replaceAll('/', `/${MARK}`);

/** A key as the store keeps it → the S3 key; prefixes and common prefixes decode the same way. */
export function fromStoreKey(stored: string): string {
  const body = stored.startsWith(MARK) ? stored.slice(MARK.length) : stored;
  return body.replaceAll(`/${MARK}`, '/');
}

/** A ListObjects prefix or start-after: empty stays empty (everything), otherwise encoded like a key. */
export const toStorePrefix = (prefix: string): string => (prefix === '' ? '' : toStoreKey(prefix));

/**
 * A delimiter as the store must see it: its `/`s encoded as in keys. One starting with `_` could match
 * the encoding's own marks, so the store cannot group by it.
 */
export const toStoreDelimiter = (delimiter: string): string | undefined =>
  delimiter.startsWith(MARK) ? undefined : delimiter.replaceAll('/', `/${MARK}`);

/** Percent-encodes a key for a request path, keeping `/` (s3rver decodes each segment). */
export const pathOfKey = (key: string): string =>
  key
    .split('/')
    .map((s) => encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`))
    .join('/');

/** The store's path for an object: `/<bucket>/<encoded key>`. */
export const storePath = (bucket: string, key: string): string =>
  `/${encodeURIComponent(bucket)}/${pathOfKey(toStoreKey(key))}`;

// S3's bucket naming rules: 3–63 of a-z 0-9 . -, starting and ending with a letter or digit, no `..`.
// https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
const BUCKET_NAME = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;
export const isValidBucketName = (name: string): boolean => BUCKET_NAME.test(name) && !name.includes('..');
