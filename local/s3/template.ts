// The template's buckets (name, CORS rules) and the CloudFront distributions whose origin is one of
// them, as the local S3 and CDN need them.
import { createResolver, resourcesOfType, type StackArtifact, type TemplateJson } from '../stack/index.ts';
import type { CorsRule } from './cors.ts';

export interface BucketSpec {
  logicalId: string;
  name: string;
  cors: CorsRule[];
}

export interface DistributionSpec {
  logicalId: string;
  /** the logical id of the bucket it serves */
  bucketLogicalId: string;
  /** the origin's OriginPath: a key prefix CloudFront puts before the viewer's path */
  originPath: string;
  defaultRootObject?: string;
}

export interface S3Resources {
  buckets: BucketSpec[];
  distributions: DistributionSpec[];
}

export interface TemplateValues {
  region: string;
  accountId: string;
  /** the local values of the template's parameters (e.g. the storefront origins CORS allows) */
  parameters?: Record<string, string>;
}

/**
 * CloudFormation's name for a bucket without BucketName is `<stack>-<logicalid>-<random>`; locally
 * the same without the random part, so it stays put across restarts (3-63 of [a-z0-9.-]).
 * https://docs.aws.amazon.com/AmazonS3/latest/userguide/bucketnamingrules.html
 */
export function localBucketName(stackName: string, logicalId: string): string {
  const name = `${stackName}-${logicalId}`
    .toLowerCase()
    .replace(/[^a-z0-9-]+/g, '-')
    .replace(/-+/g, '-')
    .slice(0, 63)
    .replace(/^-+|-+$/g, '');
  return name.length >= 3 ? name : `${name}-bucket`;
}

/** A CommaDelimitedList parameter's Ref reads as one string locally: split it as CloudFormation would. */
const list = (value: unknown): string[] =>
  (Array.isArray(value) ? value : typeof value === 'string' ? value.split(',') : [])
    .map((v) => String(v).trim())
    .filter(Boolean);

function corsRules(resolved: TemplateJson | undefined): CorsRule[] {
  const rules = (resolved?.CorsRules ?? []) as TemplateJson[];
  return rules.map((r) => ({
    allowedOrigins: list(r.AllowedOrigins),
    allowedMethods: list(r.AllowedMethods),
    allowedHeaders: list(r.AllowedHeaders),
    exposedHeaders: list(r.ExposedHeaders),
    ...(r.MaxAge !== undefined ? { maxAgeSeconds: Number(r.MaxAge) } : {}),
  }));
}

/** `{Fn::GetAtt: [id, 'RegionalDomainName']}` (or DomainName) → id, when it names one of the buckets. */
function bucketOfOrigin(domainName: unknown, bucketIds: Set<string>): string | undefined {
  const target = (domainName as TemplateJson | undefined)?.['Fn::GetAtt'];
  const [id, attribute] = Array.isArray(target) ? target : String(target ?? '').split('.');
  return bucketIds.has(id) && (attribute === 'RegionalDomainName' || attribute === 'DomainName') ? id : undefined;
}

export function readS3Resources(artifact: StackArtifact, values: TemplateValues): S3Resources {
  const resolve = createResolver(artifact.template, {
    refs: {},
    attributes: {},
    parameters: values.parameters ?? {},
    region: values.region,
    accountId: values.accountId,
    stackName: artifact.stackName,
  });
  const buckets = resourcesOfType(artifact.template, 'AWS::S3::Bucket').map(([logicalId, bucket]) => {
    const p = bucket.Properties ?? {};
    const name = p.BucketName ? String(resolve(p.BucketName)) : localBucketName(artifact.stackName, logicalId);
    return { logicalId, name, cors: corsRules(resolve(p.CorsConfiguration)) };
  });
  const ids = new Set(buckets.map((b) => b.logicalId));
  const distributions: DistributionSpec[] = [];
  for (const [logicalId, distribution] of resourcesOfType(artifact.template, 'AWS::CloudFront::Distribution')) {
    const config = distribution.Properties?.DistributionConfig ?? {};
    for (const origin of (config.Origins ?? []) as TemplateJson[]) {
      const bucketLogicalId = bucketOfOrigin(origin.DomainName, ids);
      if (!bucketLogicalId) continue;
      distributions.push({
        logicalId,
        bucketLogicalId,
        originPath: typeof origin.OriginPath === 'string' ? origin.OriginPath.replace(/\/+$/, '') : '',
        ...(config.DefaultRootObject ? { defaultRootObject: String(config.DefaultRootObject) } : {}),
      });
      break;
    }
  }
  return { buckets, distributions };
}
