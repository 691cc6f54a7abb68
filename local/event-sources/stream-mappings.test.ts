// The stream mappings on DynamoDB Local's real stream: filtered, ordered, batched delivery with
// Lambda-shaped records, checkpoints that survive a restart, failures that reach the destination.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, PutItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { useDynamoDbLocal } from '../../test/support/dynamodb-local.ts';
import type { Template } from '../stack/index.ts';
import {
  startStreamMappings,
  type FunctionAnswer,
  type RunningStreamMappings,
  type StreamMappingsOptions,
} from './index.ts';

const ddb = useDynamoDbLocal();
let tables = 0;

function template(overrides: Record<string, unknown> = {}): Template {
  return {
    Resources: {
      Table: { Type: 'AWS::DynamoDB::Table', Properties: {} },
      Fn: { Type: 'AWS::Lambda::Function', Properties: {} },
      Dlq: { Type: 'AWS::SQS::Queue', Properties: {} },
      Mapping: {
        Type: 'AWS::Lambda::EventSourceMapping',
        Properties: {
          EventSourceArn: { 'Fn::GetAtt': ['Table', 'StreamArn'] },
          FunctionName: { Ref: 'Fn' },
          StartingPosition: 'TRIM_HORIZON',
          BatchSize: 3,
          MaximumRetryAttempts: 1,
          FunctionResponseTypes: ['ReportBatchItemFailures'],
          FilterCriteria: { Filters: [{ Pattern: '{"dynamodb":{"NewImage":{"entity":{"S":["Order"]}}}}' }] },
          DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['Dlq', 'Arn'] } } },
          ...overrides,
        },
      },
    },
  } as Template;
}

async function newTable(): Promise<string> {
  const name = `streams-${process.pid}-${++tables}`;
  await ddb.client.send(
    new CreateTableCommand({
      TableName: name,
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      BillingMode: 'PAY_PER_REQUEST',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
    }),
  );
  return name;
}

const put = (table: string, pk: string, entity: string, status = 'NEW') =>
  ddb.client.send(
    new PutItemCommand({ TableName: table, Item: { pk: { S: pk }, entity: { S: entity }, status: { S: status } } }),
  );

interface Seen {
  batches: Array<Array<{ name: string; pk: string; status?: string }>>;
  raw: unknown[];
}

async function start(table: string, dataDir: string, answer: (n: number) => FunctionAnswer, t = template()) {
  const seen: Seen = { batches: [], raw: [] };
  const logs: string[] = [];
  const options: StreamMappingsOptions = {
    template: t,
    endpoint: ddb.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    tableName: () => table,
    functionArn: (id) => `arn:aws:lambda:us-east-1:000000000000:function:${id}`,
    dataDir,
    log: (line) => void logs.push(line),
    pollMs: 50,
    async invoke(_fn, event) {
      seen.raw.push(...event.Records);
      seen.batches.push(
        event.Records.map((r) => {
          const image = (r as { dynamodb: { NewImage: Record<string, { S: string }> } }).dynamodb.NewImage;
          return { name: r.eventName as string, pk: image.pk!.S, status: image.status?.S };
        }),
      );
      return answer(seen.batches.length);
    },
  };
  const running: RunningStreamMappings = await startStreamMappings(options);
  return { running, seen, logs };
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 200 && !check(); i += 1) await new Promise((r) => setTimeout(r, 50));
  if (!check()) throw new Error(`never happened: ${what}`);
}

const ok: FunctionAnswer = { result: { batchItemFailures: [] } };

describe('stream mappings on DynamoDB Local', () => {
  it('delivers only filtered records, in order, in batches of BatchSize, shaped as Lambda shapes them', async () => {
    const table = await newTable();
    for (const n of [1, 2, 3, 4]) await put(table, `ORDER#${n}`, 'Order');
    await put(table, 'SKU#A', 'Variant');
    await ddb.client.send(
      new UpdateItemCommand({
        TableName: table,
        Key: { pk: { S: 'ORDER#1' } },
        UpdateExpression: 'SET #s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': { S: 'PAID' } },
      }),
    );
    const { running, seen } = await start(table, await mkdtemp(join(tmpdir(), 'esm-')), () => ok);
    await until(() => seen.batches.flat().length === 5, 'five order records');
    await running.stop();
    const flat = seen.batches.flat();
    expect(flat.map((r) => `${r.name} ${r.pk} ${r.status}`)).toEqual([
      'INSERT ORDER#1 NEW',
      'INSERT ORDER#2 NEW',
      'INSERT ORDER#3 NEW',
      'INSERT ORDER#4 NEW',
      'MODIFY ORDER#1 PAID',
    ]);
    expect(Math.max(...seen.batches.map((b) => b.length))).toBeLessThanOrEqual(3);
    expect(seen.raw[0]).toMatchObject({
      eventSource: 'aws:dynamodb',
      awsRegion: 'us-east-1',
      eventSourceARN: expect.stringContaining(`table/${table}/stream/`),
      dynamodb: { ApproximateCreationDateTime: expect.any(Number), SequenceNumber: expect.any(String) },
    });
  });

  it('resumes from its checkpoint after a restart: nothing twice, nothing lost', async () => {
    const table = await newTable();
    const dataDir = await mkdtemp(join(tmpdir(), 'esm-'));
    await put(table, 'ORDER#A', 'Order');
    const first = await start(table, dataDir, () => ok);
    await until(() => first.seen.batches.flat().length === 1, 'the first order');
    await first.running.stop();
    await put(table, 'ORDER#B', 'Order');
    const second = await start(table, dataDir, () => ok);
    await put(table, 'ORDER#C', 'Order');
    await until(() => second.seen.batches.flat().length === 2, 'the two later orders');
    await second.running.stop();
    expect(second.seen.batches.flat().map((r) => r.pk)).toEqual(['ORDER#B', 'ORDER#C']);
  });

  it('after MaximumRetryAttempts describes the batch in the failure destination and moves on', async () => {
    const table = await newTable();
    await put(table, 'ORDER#BAD', 'Order');
    const { running, seen, logs } = await start(table, await mkdtemp(join(tmpdir(), 'esm-')), (n) =>
      n <= 2 ? { error: { errorType: 'Error', errorMessage: 'boom' } } : ok,
    );
    await until(() => seen.batches.length === 2, 'two attempts');
    await put(table, 'ORDER#NEXT', 'Order');
    await until(() => seen.batches.flat().some((r) => r.pk === 'ORDER#NEXT'), 'the next order');
    const dead = await running.deadLetters('Dlq');
    await running.stop();
    expect(seen.batches.map((b) => b.map((r) => r.pk))).toEqual([['ORDER#BAD'], ['ORDER#BAD'], ['ORDER#NEXT']]);
    expect(dead).toEqual([expect.objectContaining({ DDBStreamBatchInfo: expect.objectContaining({ batchSize: 1 }) })]);
    expect(logs.join('\n')).toContain('gave up on 1 record(s) after 2 attempts (Error: boom)');
  });

  it('refuses a filter rule it does not emulate, naming it', async () => {
    const table = await newTable();
    const t = template({ FilterCriteria: { Filters: [{ Pattern: '{"eventName":[{"prefix":"INS"}]}' }] } });
    await expect(start(table, await mkdtemp(join(tmpdir(), 'esm-')), () => ok, t)).rejects.toThrow(
      'Event source mapping Mapping: filter 1.eventName: filter rule {"prefix":"INS"} is not emulated',
    );
  });
});
