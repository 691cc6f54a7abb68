// The order-events wiring the live order status relies on: which stream records reach the function,
// how failures are retried and where they end up, and exactly what the function may do.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealBundle, resourcesOfType, synthShopStack, type Bundle, type Json } from './support.ts';
import type { Template } from 'aws-cdk-lib/assertions';

let real: Bundle;
let template: Template;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
});
afterAll(() => real?.cleanup());

/** Types other constructs have too (the image functions): here only the OrderEvents construct's own. */
const OWN_TYPES = [
  'AWS::Lambda::Function',
  'AWS::Lambda::EventSourceMapping',
  'AWS::SQS::Queue',
  'AWS::SQS::QueuePolicy',
];

function one(type: string): [string, Json] {
  const found = resourcesOfType(template, type).filter(
    ([id]) => !OWN_TYPES.includes(type) || id.startsWith('OrderEvents'),
  );
  expect(found, type).toHaveLength(1);
  return found[0]!;
}

function policyOf(roleId: string): Json[] {
  return resourcesOfType(template, 'AWS::IAM::Policy')
    .filter(([, p]) => JSON.stringify(p['Properties']['Roles']).includes(roleId))
    .flatMap(([, p]) => p['Properties']['PolicyDocument']['Statement']);
}

describe('order events', () => {
  it('feeds only order items from the table stream, newest first, in order, with partial batch failures', () => {
    const [, mapping] = one('AWS::Lambda::EventSourceMapping');
    const [tableId] = one('AWS::DynamoDB::Table');
    expect(mapping['Properties']).toMatchObject({
      EventSourceArn: { 'Fn::GetAtt': [tableId, 'StreamArn'] },
      StartingPosition: 'LATEST',
      BatchSize: 25,
      MaximumRetryAttempts: 5,
      BisectBatchOnFunctionError: true,
      ParallelizationFactor: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      FilterCriteria: { Filters: [{ Pattern: '{"dynamodb":{"NewImage":{"entity":{"S":["Order"]}}}}' }] },
    });
  });

  it('sends what keeps failing to an encrypted, TLS-only dead-letter queue kept 14 days', () => {
    const [queueId, queue] = one('AWS::SQS::Queue');
    const [, mapping] = one('AWS::Lambda::EventSourceMapping');
    expect(mapping['Properties']['DestinationConfig']).toEqual({
      OnFailure: { Destination: { 'Fn::GetAtt': [queueId, 'Arn'] } },
    });
    expect(queue['Properties']).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 1_209_600 });
    const [, policy] = one('AWS::SQS::QueuePolicy');
    expect(policy['Properties']['PolicyDocument']['Statement']).toContainEqual(
      expect.objectContaining({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
    );
  });

  it('runs Node.js 22 on arm64 with the API URL, logging to its own log group with retention', () => {
    const [, fn] = one('AWS::Lambda::Function');
    const [apiId] = one('AWS::AppSync::GraphQLApi');
    expect(fn['Properties']).toMatchObject({
      Runtime: 'nodejs22.x',
      Architectures: ['arm64'],
      Handler: 'index.handler',
    });
    expect(fn['Properties']['Environment']['Variables']['GRAPHQL_URL']).toEqual({
      'Fn::GetAtt': [apiId, 'GraphQLUrl'],
    });
    const logGroupId = fn['Properties']['LoggingConfig']['LogGroup']['Ref'] as string;
    expect(template.toJSON()['Resources'][logGroupId]['Properties']['RetentionInDays']).toBe(30);
  });

  const LEAST_PRIVILEGE =
    'may call only the two internal mutations, read only this stream, log only to its group, send only to its DLQ';
  it(LEAST_PRIVILEGE, () => {
    const [, fn] = one('AWS::Lambda::Function');
    const roleId = fn['Properties']['Role']['Fn::GetAtt'][0] as string;
    const statements = policyOf(roleId);
    const actions = statements.flatMap((s) => [s['Action']].flat()).sort();
    expect(actions).toEqual(
      [
        'appsync:GraphQL',
        'dynamodb:DescribeStream',
        'dynamodb:GetRecords',
        'dynamodb:GetShardIterator',
        'dynamodb:ListStreams',
        'logs:CreateLogStream',
        'logs:PutLogEvents',
        'sqs:GetQueueAttributes',
        'sqs:GetQueueUrl',
        'sqs:SendMessage',
        // active tracing (the function continues the API's X-Ray trace)
        'xray:PutTelemetryRecords',
        'xray:PutTraceSegments',
      ].sort(),
    );
    const graphql = statements.find((s) => s['Action'] === 'appsync:GraphQL')!;
    const fields = [graphql['Resource']]
      .flat()
      .map((r: Json) => JSON.stringify(r).match(/types\/Mutation\/fields\/(\w+)/)?.[1]);
    expect(fields.sort()).toEqual(['publishOrderPlaced', 'publishOrderStatusChanged']);
    const [tableId] = one('AWS::DynamoDB::Table');
    const records = statements.find((s) => [s['Action']].flat().includes('dynamodb:GetRecords'))!;
    expect(records['Resource']).toEqual({ 'Fn::GetAtt': [tableId, 'StreamArn'] });
  });
});
