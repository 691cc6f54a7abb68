// The product images infrastructure (issue 9): the private bucket and its access logs, CloudFront with
// origin access control, the signer and object functions with their exact S3 permissions, the media and
// imageStore data sources, IMAGE_BASE_URL and the outputs. Synthesis runs with the cdk-nag plugin.
import { RemovalPolicy } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import * as cloudfront from 'aws-cdk-lib/aws-cloudfront';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLEANUP_ACTIONS, INSPECT_ACTIONS, UPLOAD_ACTIONS } from '../../infra/constructs/product-images.ts';
import { removeDir, tempDir, writeTree } from '../build/fixtures.ts';
import { allStatements, buildRealBundle, resourcesOfType, synthShopStack, type Bundle, type Json } from './support.ts';

/** Active tracing's trace upload (infra/constructs/bundled-function.ts), on every function role. */
const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

let real: Bundle;
let template: Template;
let resources: Json;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
  resources = template.toJSON()['Resources'] as Json;
});
afterAll(() => real?.cleanup());

const getAtt = (logicalId: string, attr: string) => ({ 'Fn::GetAtt': [logicalId, attr] });
const objectsUnder = (bucketId: string, suffix: string) => ({ 'Fn::Join': ['', [getAtt(bucketId, 'Arn'), suffix]] });

/** The images bucket: the one with versioning (the other bucket holds its access logs). */
function imagesBucket(): [string, Json] {
  const found = Object.entries(
    template.findResources('AWS::S3::Bucket', { Properties: { VersioningConfiguration: {} } }),
  );
  expect(found).toHaveLength(1);
  return found[0]!;
}

function logsBucket(): [string, Json] {
  const [imagesId, images] = imagesBucket();
  const logsId = images['Properties']['LoggingConfiguration']['DestinationBucketName']['Ref'] as string;
  expect(logsId).not.toBe(imagesId);
  return [logsId, resources[logsId]];
}

function bucketPolicy(bucketId: string): Json[] {
  const found = resourcesOfType(template, 'AWS::S3::BucketPolicy').filter(
    ([, p]) => p['Properties']['Bucket']['Ref'] === bucketId,
  );
  expect(found).toHaveLength(1);
  return found[0]![1]['Properties']['PolicyDocument']['Statement'];
}

function dataSource(name: string): Json {
  const found = Object.values(template.findResources('AWS::AppSync::DataSource', { Properties: { Name: name } }));
  expect(found, name).toHaveLength(1);
  return found[0]!;
}

/** The function behind a Lambda data source, and its role's logical id. */
function functionOf(dataSourceName: string): { fnId: string; fn: Json; roleId: string } {
  const fnId = dataSource(dataSourceName)['Properties']['LambdaConfig']['LambdaFunctionArn']['Fn::GetAtt'][0] as string;
  const fn = resources[fnId];
  return { fnId, fn, roleId: fn['Properties']['Role']['Fn::GetAtt'][0] as string };
}

/** Every statement granted to a role: its inline policies and the policy resources attached to it. */
function statementsOf(roleId: string): Json[] {
  const inline = ((resources[roleId]['Properties']['Policies'] ?? []) as Json[]).flatMap(
    (p) => p['PolicyDocument']['Statement'],
  );
  const attached = resourcesOfType(template, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p['Properties']['Roles']).includes(`"${roleId}"`))
    .flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement']);
  return [...inline, ...attached];
}

const actionsOf = (s: Json): string[] => [s['Action']].flat();
const s3Statements = (roleId: string) =>
  statementsOf(roleId).filter((s) => actionsOf(s).some((a) => a.startsWith('s3:')));

const tlsOnly = (bucketId: string) => [
  {
    Action: 's3:*',
    Condition: { Bool: { 'aws:SecureTransport': 'false' } },
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Resource: [getAtt(bucketId, 'Arn'), objectsUnder(bucketId, '/*')],
  },
  {
    Action: 's3:*',
    Condition: { NumericLessThan: { 's3:TlsVersion': 1.2 } },
    Effect: 'Deny',
    Principal: { AWS: '*' },
    Resource: [getAtt(bucketId, 'Arn'), objectsUnder(bucketId, '/*')],
  },
];

describe('images bucket', () => {
  it(
    'blocks all public access, encrypts with SSE-S3, is versioned, disables ACLs; retained on request',
    { timeout: 90_000 },
    () => {
      const [id, bucket] = imagesBucket();
      expect(bucket['Properties']).toMatchObject({
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
        OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      });
      expect(bucket['Properties']['AccessControl']).toBeUndefined();
      // dev (the default stage) deletes it with the stack; prod, or a RETAIN removal policy, keeps it
      expect(bucket).toMatchObject({ DeletionPolicy: 'Delete' });
      const kept = synthShopStack(real.dir, { removalPolicy: RemovalPolicy.RETAIN }).template;
      expect(kept.toJSON()['Resources'][id]).toMatchObject({ DeletionPolicy: 'Retain', UpdateReplacePolicy: 'Retain' });
    },
  );

  it('denies every request without TLS or below TLS 1.2, and allows reads only to this distribution', () => {
    const [id] = imagesBucket();
    const [cdnId] = resourcesOfType(template, 'AWS::CloudFront::Distribution')[0]!;
    expect(bucketPolicy(id)).toEqual([
      ...tlsOnly(id),
      {
        Action: 's3:GetObject',
        Effect: 'Allow',
        Principal: { Service: 'cloudfront.amazonaws.com' },
        Resource: objectsUnder(id, '/*'),
        Condition: {
          StringEquals: {
            'AWS:SourceArn': {
              'Fn::Join': [
                '',
                [
                  'arn:',
                  { Ref: 'AWS::Partition' },
                  ':cloudfront::',
                  { Ref: 'AWS::AccountId' },
                  ':distribution/',
                  { Ref: cdnId },
                ],
              ],
            },
          },
        },
      },
    ]);
  });

  it('allows browser uploads (POST) and reads from the StorefrontOrigins parameter, exposing ETag', () => {
    template.hasParameter('StorefrontOrigins', {
      Type: 'CommaDelimitedList',
      Default: 'http://127.0.0.1:4000,http://localhost:4000',
    });
    const [, bucket] = imagesBucket();
    expect(bucket['Properties']['CorsConfiguration']).toEqual({
      CorsRules: [
        {
          AllowedOrigins: { Ref: 'StorefrontOrigins' },
          AllowedMethods: ['POST', 'GET', 'HEAD'],
          AllowedHeaders: ['*'],
          ExposedHeaders: ['ETag'],
          MaxAge: 3000,
        },
      ],
    });
  });

  it('expires pending uploads after a day, old versions after 30 days, delete markers, stale multipart uploads', () => {
    const [, bucket] = imagesBucket();
    expect(bucket['Properties']['LifecycleConfiguration']['Rules']).toEqual([
      {
        Id: 'ExpirePendingUploads',
        Status: 'Enabled',
        Prefix: 'products/',
        TagFilters: [{ Key: 'shop-image', Value: 'pending' }],
        ExpirationInDays: 1,
      },
      {
        Id: 'ExpireOldVersions',
        Status: 'Enabled',
        NoncurrentVersionExpiration: { NoncurrentDays: 30 },
        ExpiredObjectDeleteMarker: true,
        AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
      },
    ]);
  });

  it('logs server access to a separate private, encrypted, TLS-only bucket that only S3 logging may write', () => {
    const [imagesId, images] = imagesBucket();
    const [logsId, logs] = logsBucket();
    expect(images['Properties']['LoggingConfiguration']).toEqual({
      DestinationBucketName: { Ref: logsId },
      LogFilePrefix: 'images/',
    });
    expect(logs['Properties']).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
      },
      OwnershipControls: { Rules: [{ ObjectOwnership: 'BucketOwnerEnforced' }] },
      LifecycleConfiguration: { Rules: [{ Id: 'ExpireAccessLogs', Status: 'Enabled', ExpirationInDays: 90 }] },
    });
    expect(logs['Properties']['AccessControl']).toBeUndefined();
    expect(bucketPolicy(logsId)).toEqual([
      ...tlsOnly(logsId),
      {
        Action: 's3:PutObject',
        Effect: 'Allow',
        Principal: { Service: 'logging.s3.amazonaws.com' },
        Resource: objectsUnder(logsId, '/images/*'),
        Condition: {
          ArnLike: { 'aws:SourceArn': getAtt(imagesId, 'Arn') },
          StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } },
        },
      },
    ]);
  });
});

describe('CloudFront', () => {
  it('reads the bucket through origin access control (SigV4, always signed), never as a public website', () => {
    const [imagesId] = imagesBucket();
    const [oacId, oac] = resourcesOfType(template, 'AWS::CloudFront::OriginAccessControl')[0]!;
    expect(resourcesOfType(template, 'AWS::CloudFront::OriginAccessControl')).toHaveLength(1);
    expect(oac['Properties']['OriginAccessControlConfig']).toMatchObject({
      OriginAccessControlOriginType: 's3',
      SigningBehavior: 'always',
      SigningProtocol: 'sigv4',
    });
    const [, cdn] = resourcesOfType(template, 'AWS::CloudFront::Distribution')[0]!;
    expect(cdn['Properties']['DistributionConfig']['Origins']).toEqual([
      expect.objectContaining({
        DomainName: getAtt(imagesId, 'RegionalDomainName'),
        OriginAccessControlId: getAtt(oacId, 'Id'),
        S3OriginConfig: { OriginAccessIdentity: '' },
      }),
    ]);
    expect(resourcesOfType(template, 'AWS::CloudFront::CloudFrontOriginAccessIdentity')).toEqual([]);
  });

  it('redirects to HTTPS, serves GET/HEAD with CACHING_OPTIMIZED and security headers, PriceClass_100', () => {
    const [, cdn] = resourcesOfType(template, 'AWS::CloudFront::Distribution')[0]!;
    const [headersId, headers] = resourcesOfType(template, 'AWS::CloudFront::ResponseHeadersPolicy')[0]!;
    const config = cdn['Properties']['DistributionConfig'];
    expect(config).toMatchObject({
      Enabled: true,
      PriceClass: 'PriceClass_100',
      DefaultCacheBehavior: {
        ViewerProtocolPolicy: 'redirect-to-https',
        AllowedMethods: ['GET', 'HEAD'],
        CachePolicyId: cloudfront.CachePolicy.CACHING_OPTIMIZED.cachePolicyId,
        ResponseHeadersPolicyId: { Ref: headersId },
      },
    });
    expect(config['CacheBehaviors']).toBeUndefined();
    // the default certificate: CloudFront decides its minimum TLS (acknowledged CFR4, infra/nag.ts)
    expect(config['ViewerCertificate']).toBeUndefined();
    expect(headers['Properties']['ResponseHeadersPolicyConfig']['SecurityHeadersConfig']).toEqual({
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, IncludeSubdomains: true, Override: true },
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      ReferrerPolicy: { ReferrerPolicy: 'strict-origin-when-cross-origin', Override: true },
      ContentSecurityPolicy: { ContentSecurityPolicy: "default-src 'none'; sandbox", Override: true },
    });
  });
});

describe('image functions', () => {
  it('runs the signer (media) and the object function (imageStore) on Node.js 22 with BUCKET_NAME', () => {
    const [imagesId] = imagesBucket();
    for (const name of ['media', 'imageStore']) {
      const { fn } = functionOf(name);
      expect(fn['Properties']).toMatchObject({
        Runtime: 'nodejs22.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
      });
      expect(fn['Properties']['Environment']['Variables']['BUCKET_NAME']).toEqual({ Ref: imagesId });
    }
    expect(functionOf('media').fnId).toMatch(/^ImagesUploads/);
    expect(functionOf('imageStore').fnId).toMatch(/^ImagesObjects/);
  });

  it("limits the signer's S3 permissions to PutObject and PutObjectTagging on products/*, and nothing else", () => {
    const [imagesId] = imagesBucket();
    const { roleId } = functionOf('media');
    const statements = statementsOf(roleId);
    expect(statements.flatMap(actionsOf).sort()).toEqual(
      ['logs:CreateLogStream', 'logs:PutLogEvents', ...XRAY_ACTIONS, ...UPLOAD_ACTIONS].sort(),
    );
    expect(s3Statements(roleId)).toEqual([
      {
        Effect: 'Allow',
        Action: ['s3:PutObject', 's3:PutObjectTagging'],
        Resource: objectsUnder(imagesId, '/products/*'),
      },
    ]);
    expect(UPLOAD_ACTIONS).toEqual(['s3:PutObject', 's3:PutObjectTagging']);
    expect(resources[roleId]['Properties']['ManagedPolicyArns']).toBeUndefined();
  });

  it('lets the object function only head objects under products/* (with ListBucket there for a 404), and log', () => {
    const [imagesId] = imagesBucket();
    const { roleId } = functionOf('imageStore');
    expect(s3Statements(roleId)).toEqual([
      { Effect: 'Allow', Action: 's3:GetObject', Resource: objectsUnder(imagesId, '/products/*') },
      {
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [imagesId, 'Arn'] },
        Condition: { StringLike: { 's3:prefix': ['products/*'] } },
      },
    ]);
    expect(INSPECT_ACTIONS).toEqual(['s3:GetObject']);
    // no stream, no queue: the cleanup moved to catalog-changes (test/infra/catalog-changes.test.ts)
    expect(statementsOf(roleId).flatMap(actionsOf).sort()).toEqual(
      [...INSPECT_ACTIONS, 's3:ListBucket', 'logs:CreateLogStream', 'logs:PutLogEvents', ...XRAY_ACTIONS].sort(),
    );
  });

  it('lets the stream cleanup (catalog-changes) only retag and delete under products/*', () => {
    const [imagesId] = imagesBucket();
    const [catalogId] = resourcesOfType(template, 'AWS::IAM::Role').find(([id]) => id.startsWith('CatalogChanges'))!;
    expect(s3Statements(catalogId)).toEqual([
      {
        Sid: 'CleanUpImages',
        Effect: 'Allow',
        Action: ['s3:PutObjectTagging', 's3:DeleteObject'],
        Resource: objectsUnder(imagesId, '/products/*'),
      },
      {
        Sid: 'ListImageKeys',
        Effect: 'Allow',
        Action: 's3:ListBucket',
        Resource: { 'Fn::GetAtt': [imagesId, 'Arn'] },
        Condition: { StringLike: { 's3:prefix': ['products/*'] } },
      },
    ]);
    expect(CLEANUP_ACTIONS).toEqual(['s3:PutObjectTagging', 's3:DeleteObject']);
  });

  it('gives no other role any S3 action on the images bucket', () => {
    const [imagesId] = imagesBucket();
    const [catalogId] = resourcesOfType(template, 'AWS::IAM::Role').find(([id]) => id.startsWith('CatalogChanges'))!;
    const allowed = new Set([functionOf('media').roleId, functionOf('imageStore').roleId, catalogId]);
    for (const [roleId] of resourcesOfType(template, 'AWS::IAM::Role')) {
      if (allowed.has(roleId)) continue;
      expect(JSON.stringify(statementsOf(roleId)), roleId).not.toContain(imagesId);
    }
  });

  it('feeds the object function nothing from the table stream (catalog-changes does the cleanup)', () => {
    const { fnId } = functionOf('imageStore');
    const mappings = resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').filter(
      ([, m]) => m['Properties']['FunctionName']['Ref'] === fnId,
    );
    expect(mappings).toEqual([]);
  });
});

describe('API wiring', () => {
  it('has Lambda data sources media and imageStore whose roles may invoke exactly their function', () => {
    for (const name of ['media', 'imageStore']) {
      const ds = dataSource(name);
      const { fnId } = functionOf(name);
      expect(ds['Properties']['Type']).toBe('AWS_LAMBDA');
      const roleId = ds['Properties']['ServiceRoleArn']['Fn::GetAtt'][0] as string;
      expect(resources[roleId]['Properties']['AssumeRolePolicyDocument']['Statement']).toEqual([
        { Action: 'sts:AssumeRole', Effect: 'Allow', Principal: { Service: 'appsync.amazonaws.com' } },
      ]);
      expect(statementsOf(roleId)).toEqual([
        { Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: getAtt(fnId, 'Arn') },
      ]);
    }
  });

  it('gives resolvers IMAGE_BASE_URL = https:// + the distribution domain', () => {
    const [cdnId] = resourcesOfType(template, 'AWS::CloudFront::Distribution')[0]!;
    template.hasResourceProperties('AWS::AppSync::GraphQLApi', {
      EnvironmentVariables: Match.objectLike({
        IMAGE_BASE_URL: { 'Fn::Join': ['', ['https://', getAtt(cdnId, 'DomainName')]] },
      }),
    });
  });

  it('binds resolver files named *.media.ts and *.imageStore.ts to those data sources', { timeout: 90_000 }, () => {
    const stub = 'export function request() { return {}; } export function response(ctx) { return ctx.result; }\n';
    const dir = writeTree(tempDir('images-manifest'), {
      'manifest.json': JSON.stringify({
        resolvers: [
          {
            typeName: 'Mutation',
            fieldName: 'createProductImageUpload',
            kind: 'UNIT',
            dataSource: 'media',
            file: 'u.js',
          },
          {
            typeName: 'Mutation',
            fieldName: 'attachProductImage',
            kind: 'UNIT',
            dataSource: 'imageStore',
            file: 'a.js',
          },
        ],
      }),
      'u.js': stub,
      'a.js': stub,
    });
    try {
      const t = synthShopStack(dir).template;
      t.hasResourceProperties('AWS::AppSync::Resolver', {
        FieldName: 'createProductImageUpload',
        DataSourceName: 'media',
      });
      t.hasResourceProperties('AWS::AppSync::Resolver', {
        FieldName: 'attachProductImage',
        DataSourceName: 'imageStore',
      });
      // the resolver waits for its data source (CloudFormation creates them in order)
      const resolverOf = (field: string) =>
        Object.values(t.findResources('AWS::AppSync::Resolver', { Properties: { FieldName: field } }))[0]!;
      expect(JSON.stringify(resolverOf('createProductImageUpload')['DependsOn'])).toMatch(/ApiMediaDataSource/);
    } finally {
      removeDir(dir);
    }
  });

  it('outputs the bucket name and the CDN domain', () => {
    const [imagesId] = imagesBucket();
    const [cdnId] = resourcesOfType(template, 'AWS::CloudFront::Distribution')[0]!;
    const outputs = template.findOutputs('*');
    expect(outputs['ImagesBucketName']!['Value']).toEqual({ Ref: imagesId });
    expect(outputs['ImagesCdnDomain']!['Value']).toEqual(getAtt(cdnId, 'DomainName'));
  });

  it('grants nothing to a wildcard principal: the only "*" principals are the TLS-only denies', () => {
    for (const s of allStatements(template)) {
      if (s['Effect'] === 'Deny') continue;
      expect(JSON.stringify(s['Principal'] ?? null), JSON.stringify(s)).not.toContain('*');
      expect(s['NotPrincipal'], JSON.stringify(s)).toBeUndefined();
    }
    const denies = allStatements(template).filter((s) => s['Effect'] === 'Deny');
    expect(denies.length).toBeGreaterThan(0);
    for (const s of denies) expect(s['Condition']).toBeDefined();
  });
});
