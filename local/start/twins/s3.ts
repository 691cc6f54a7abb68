// The template's buckets in the local S3 (a verifying endpoint over s3rver, data under the twin's
// folder) and its CloudFront distributions as the local CDN, one loopback port each. Free ports
// unless S3_PORT / CDN_PORT (the first distribution) say otherwise.
import { CreateBucketCommand, HeadBucketCommand, S3Client, S3ServiceException } from '@aws-sdk/client-s3';
import { readS3Resources, startLocalS3, type LocalS3, type S3Resources } from '../../s3/index.ts';
import { resourcesOfType } from '../../stack/index.ts';
import { defineTwin, type TwinContext, type TwinOutputs } from './twin.ts';

export interface S3Engine extends LocalS3 {
  resources: S3Resources;
}

/** An S3 client for the local endpoint, signing as the local IAM identity. */
export function localS3Client(context: Pick<TwinContext, 'secrets' | 'region'>, endpoint: string): S3Client {
  return new S3Client({
    endpoint,
    region: context.region,
    forcePathStyle: true,
    credentials: { ...context.secrets.iam },
    // the store would keep aws-chunked framing of streamed checksums; WHEN_REQUIRED sends plain bodies
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
}

const port = (name: string) => (process.env[name] ? Number(process.env[name]) : 0);

async function start(context: TwinContext): Promise<S3Engine> {
  const resources = readS3Resources(context.artifact, {
    region: context.region,
    accountId: context.accountId,
    parameters: context.parameters,
  });
  const s3 = await startLocalS3({
    dataDir: context.dataDir,
    identity: context.secrets.iam,
    region: context.region,
    buckets: resources.buckets,
    distributions: resources.distributions,
    s3Port: port('S3_PORT'),
    cdnPort: port('CDN_PORT'),
  });
  return { ...s3, resources };
}

/** Creates the buckets the store does not have yet; the objects persist, so a restart finds them. */
async function provision(context: TwinContext, engine: S3Engine): Promise<void> {
  const client = localS3Client(context, engine.s3Endpoint);
  try {
    for (const { name } of engine.resources.buckets) {
      const missing = await client.send(new HeadBucketCommand({ Bucket: name })).then(
        () => false,
        (err: unknown) => {
          if (err instanceof S3ServiceException && err.$metadata.httpStatusCode === 404) return true;
          throw err;
        },
      );
      if (missing) await client.send(new CreateBucketCommand({ Bucket: name }));
    }
  } finally {
    client.destroy();
  }
}

function outputs(context: TwinContext, engine: S3Engine): Partial<TwinOutputs> {
  const { buckets, distributions } = engine.resources;
  const refs: Record<string, string> = {};
  const attributes: Record<string, string> = {};
  for (const { logicalId, name } of buckets) {
    refs[logicalId] = name;
    attributes[`${logicalId}.Arn`] = `arn:aws:s3:::${name}`;
    attributes[`${logicalId}.DomainName`] = `${name}.s3.amazonaws.com`;
    attributes[`${logicalId}.RegionalDomainName`] = `${name}.s3.${context.region}.amazonaws.com`;
  }
  const cdnHosts = distributions.map((d) => engine.cdnHosts[d.logicalId]!);
  for (const { logicalId } of distributions) {
    refs[logicalId] = `LOCAL${logicalId.toUpperCase().slice(0, 10)}`;
    attributes[`${logicalId}.DomainName`] = engine.cdnHosts[logicalId]!;
    attributes[`${logicalId}.Id`] = refs[logicalId];
  }
  // the client's bucket is the one a CDN serves (the images), not a logs bucket beside it
  const served = distributions[0]?.bucketLogicalId;
  const first = (buckets.find((b) => b.logicalId === served) ?? buckets[0])?.name ?? null;
  return {
    refs,
    attributes,
    plainHttpHosts: cdnHosts,
    where: [
      `S3 (local, verifying)  ${engine.s3Endpoint}  buckets: ${buckets.map((b) => b.name).join(', ')}`,
      ...distributions.map((d) => `CloudFront (local)  http://${engine.cdnHosts[d.logicalId]}  ${d.logicalId}`),
    ],
    endpoints: { s3: engine.s3Endpoint, ...(cdnHosts[0] ? { cdn: `http://${cdnHosts[0]}` } : {}) },
    sdkEnvironment: { AWS_ENDPOINT_URL_S3: engine.s3Endpoint },
    client: { bucket: first, s3Endpoint: engine.s3Endpoint },
  };
}

export const s3Twin = defineTwin<S3Engine, void>({
  name: 'S3',
  needed: (artifact) => resourcesOfType(artifact.template, 'AWS::S3::Bucket').length > 0,
  start,
  provision,
  outputs,
  stop: (engine) => engine.stop(),
});
