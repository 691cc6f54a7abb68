// The local S3 and CDN: a verifying S3 endpoint (SigV4, presigned URLs, POST policies, CORS) in
// front of s3rver 3.7.1 as the store, and one loopback port per CloudFront distribution.
// Why s3rver behind our endpoint rather than our own store: it already keeps objects, metadata and
// tags on disk and answers the S3 REST API (XML, HEAD, NoSuchKey/NoSuchBucket); what it lacks is
// every check (no signature, no POST policy, its CORS always says `*`), which the endpoint adds, so it
// is reachable only from here. Its ListObjectsV2 breaks on a truncated page (DES on OpenSSL 3):
// only the first, untruncated page works (/work/shared/reference/local-engines.md §3).
export { startLocalS3, type LocalS3, type LocalS3Options } from './server.ts';
export {
  localBucketName,
  readS3Resources,
  type BucketSpec,
  type DistributionSpec,
  type S3Resources,
} from './template.ts';
export type { CorsRule } from './cors.ts';
export type { S3Identity } from './sigv4.ts';
