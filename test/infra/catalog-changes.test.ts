// The table stream's readers: exactly two (order-events and catalog-changes; AWS advises at most two Lambda
// readers per DynamoDB Streams shard), how each is fed and retried, and exactly what the catalog-changes
// function may do: the union of its two jobs (search indexing, image cleanup) and nothing else.
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealBundle, resourcesOfType, synthShopStack, type Bundle, type Json } from './support.ts';

let real: Bundle;
let template: Template;
let resources: Json;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
  resources = template.toJSON()['Resources'];
});
afterAll(() => real?.cleanup());

const getAtt = (id: string, attr: string) => ({ 'Fn::GetAtt': [id, attr] });
const tableId = () => resourcesOfType(template, 'AWS::DynamoDB::Table')[0]![0];
const functionId = (prefix: string) => {
  const ids = resourcesOfType(template, 'AWS::Lambda::Function')
    .map(([id]) => id)
    .filter((id) => id.startsWith(prefix));
  expect(ids, prefix).toHaveLength(1);
  return ids[0]!;
};
const domainArn = (rest: string) => ({
  'Fn::Join': [
    '',
    [
      'arn:',
      { Ref: 'AWS::Partition' },
      ':es:',
      { Ref: 'AWS::Region' },
      ':',
      { Ref: 'AWS::AccountId' },
      `:domain/shopstack-products${rest}`,
    ],
  ],
});

/** A path on the domain's Arn attribute (the index set-up's statements). */
const domainAttr = (rest: string) => ({
  'Fn::Join': ['', [getAtt(resourcesOfType(template, 'AWS::OpenSearchService::Domain')[0]![0], 'Arn'), rest]],
});

/** The table stream's mappings, by the logical id prefix of the function each one feeds. */
function streamReaders(): Map<string, Json> {
  const readers = new Map<string, Json>();
  for (const [, m] of resourcesOfType(template, 'AWS::Lambda::EventSourceMapping')) {
    expect(m['Properties']['EventSourceArn']).toEqual(getAtt(tableId(), 'StreamArn'));
    readers.set(m['Properties']['FunctionName']['Ref'] as string, m['Properties']);
  }
  return readers;
}

describe('the table stream', () => {
  it('has exactly two readers: order-events and catalog-changes', () => {
    expect([...streamReaders().keys()].sort()).toEqual([functionId('CatalogChanges'), functionId('OrderEvents')]);
  });

  it('feeds catalog-changes product and variant items, written or removed, new ones only, 100 at a time', () => {
    const mapping = streamReaders().get(functionId('CatalogChanges'))!;
    expect(mapping).toEqual({
      EventSourceArn: getAtt(tableId(), 'StreamArn'),
      FunctionName: { Ref: functionId('CatalogChanges') },
      StartingPosition: 'LATEST',
      BatchSize: 100,
      MaximumRetryAttempts: 5,
      BisectBatchOnFunctionError: true,
      ParallelizationFactor: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      DestinationConfig: { OnFailure: { Destination: getAtt(queueOf(mapping), 'Arn') } },
      FilterCriteria: {
        Filters: [
          { Pattern: '{"dynamodb":{"NewImage":{"entity":{"S":["Product","Variant"]}}}}' },
          { Pattern: '{"dynamodb":{"OldImage":{"entity":{"S":["Product","Variant"]}}}}' },
        ],
      },
    });
  });

  it('feeds order-events order items only, 25 at a time, with the same retries, bisection and partial answers', () => {
    const mapping = streamReaders().get(functionId('OrderEvents'))!;
    expect(mapping).toMatchObject({
      StartingPosition: 'LATEST',
      BatchSize: 25,
      MaximumRetryAttempts: 5,
      BisectBatchOnFunctionError: true,
      ParallelizationFactor: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: '{"dynamodb":{"NewImage":{"entity":{"S":["Order"]}}}}' }] },
    });
  });

  it('gives each reader its own encrypted, TLS-only dead-letter queue kept 14 days, and no other queue exists', () => {
    const queues = [...streamReaders().values()].map(queueOf).sort();
    expect(queues).toEqual([
      expect.stringMatching(/^CatalogChangesDeadLetters/),
      expect.stringMatching(/^OrderEvents/),
    ]);
    expect(
      resourcesOfType(template, 'AWS::SQS::Queue')
        .map(([id]) => id)
        .sort(),
    ).toEqual(queues);
    for (const queueId of queues) {
      expect(resources[queueId]['Properties']).toMatchObject({
        SqsManagedSseEnabled: true,
        MessageRetentionPeriod: 1_209_600,
      });
      const [, policy] = resourcesOfType(template, 'AWS::SQS::QueuePolicy').find(([, p]) =>
        JSON.stringify(p['Properties']['Queues']).includes(queueId),
      )!;
      expect(policy['Properties']['PolicyDocument']['Statement']).toContainEqual(
        expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
      );
    }
  });
});

describe('the catalog-changes function', () => {
  it('runs Node.js 22 on arm64 for 30 s with the table, the search endpoint and the images bucket', () => {
    const fn = resources[functionId('CatalogChanges')];
    const [bucketId] = resourcesOfType(template, 'AWS::S3::Bucket').find(
      ([, b]) => b['Properties']['VersioningConfiguration'],
    )!;
    const [domainId] = resourcesOfType(template, 'AWS::OpenSearchService::Domain')[0]!;
    expect(fn['Properties']).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
      Timeout: 300,
    });
    expect(fn['Properties']['Environment']['Variables']).toEqual({
      NODE_OPTIONS: '--enable-source-maps',
      TABLE_NAME: { Ref: tableId() },
      SEARCH_ENDPOINT: { 'Fn::Join': ['', ['https://', getAtt(domainId, 'DomainEndpoint')]] },
      BUCKET_NAME: { Ref: bucketId },
    });
  });

  it('may do exactly what its two jobs need: products, its stream and DLQ, the index, image tags, deletes', () => {
    const fn = resources[functionId('CatalogChanges')];
    const roleId = fn['Properties']['Role']['Fn::GetAtt'][0] as string;
    expect(resources[roleId]['Properties']['ManagedPolicyArns']).toBeUndefined();
    expect(resources[roleId]['Properties']['Policies']).toBeUndefined();
    const policies = resourcesOfType(template, 'AWS::IAM::Policy').filter(([, p]) =>
      JSON.stringify(p['Properties']['Roles']).includes(`"${roleId}"`),
    );
    expect(policies).toHaveLength(1);
    const [bucketId] = resourcesOfType(template, 'AWS::S3::Bucket').find(
      ([, b]) => b['Properties']['VersioningConfiguration'],
    )!;
    const logGroupId = fn['Properties']['LoggingConfig']['LogGroup']['Ref'] as string;
    const queueId = queueOf(streamReaders().get(functionId('CatalogChanges'))!);
    const statements = policies[0]![1]['Properties']['PolicyDocument']['Statement'] as Json[];
    // Each statement has its own actions: order by them (CDK's statement order is no part of the contract).
    const byActions = (a: Json, b: Json) => JSON.stringify(a['Action']).localeCompare(JSON.stringify(b['Action']));
    expect([...statements].sort(byActions)).toEqual(
      [
        { Effect: 'Allow', Action: ['logs:CreateLogStream', 'logs:PutLogEvents'], Resource: getAtt(logGroupId, 'Arn') },
        {
          Sid: 'ReadCatalog',
          Effect: 'Allow',
          Action: ['dynamodb:BatchGetItem', 'dynamodb:Scan'],
          Resource: getAtt(tableId(), 'Arn'),
        },
        {
          Effect: 'Allow',
          Action: ['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator'],
          Resource: getAtt(tableId(), 'StreamArn'),
        },
        { Effect: 'Allow', Action: 'dynamodb:ListStreams', Resource: '*' },
        { Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' },
        {
          Effect: 'Allow',
          Action: ['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'],
          Resource: getAtt(queueId, 'Arn'),
        },
        {
          Sid: 'CleanUpImages',
          Effect: 'Allow',
          Action: ['s3:PutObjectTagging', 's3:DeleteObject'],
          Resource: { 'Fn::Join': ['', [getAtt(bucketId, 'Arn'), '/products/*']] },
        },
        {
          Sid: 'ListImageKeys',
          Effect: 'Allow',
          Action: 's3:ListBucket',
          Resource: getAtt(bucketId, 'Arn'),
          Condition: { StringLike: { 's3:prefix': ['products/*'] } },
        },
        {
          Sid: 'ReadAlias',
          Effect: 'Allow',
          Action: ['es:ESHttpGet', 'es:ESHttpHead'],
          Resource: [domainAttr('/_alias/products'), domainAttr('/products')],
        },
        { Sid: 'SwapAlias', Effect: 'Allow', Action: 'es:ESHttpPost', Resource: domainAttr('/_aliases') },
        {
          Sid: 'ManageVersionedIndexes',
          Effect: 'Allow',
          Action: ['es:ESHttpDelete', 'es:ESHttpGet', 'es:ESHttpHead', 'es:ESHttpPost', 'es:ESHttpPut'],
          Resource: [domainAttr('/products-v*'), domainAttr('/products-v*/*')],
        },
        { Sid: 'WriteIndex', Effect: 'Allow', Action: 'es:ESHttpPost', Resource: domainArn('/_bulk') },
      ].sort(byActions),
    );
  });
});

function queueOf(mapping: Json): string {
  return mapping['DestinationConfig']['OnFailure']['Destination']['Fn::GetAtt'][0] as string;
}
