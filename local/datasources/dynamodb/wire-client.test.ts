// The wire client is a drop-in for the SDK's DynamoDBClient.send: against DynamoDB Local, both
// answer every command the data source uses with the same result — or the same exception class,
// name, message and extra fields.
import {
  BatchGetItemCommand,
  ConditionalCheckFailedException,
  DeleteItemCommand,
  DynamoDBServiceException,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  TransactGetItemsCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import { createWireDynamoDbClient } from './wire-client.ts';

const ddb = useDynamoDbLocal();
const table = uniqueTableName('Wire');
let wire: ReturnType<typeof createWireDynamoDbClient>;

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: table,
    AttributeDefinitions: [
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
    ],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
  });
  wire = createWireDynamoDbClient({
    endpoint: ddb.endpoint,
    region: 'us-east-1',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  await ddb.client.send(
    new PutItemCommand({
      TableName: table,
      Item: {
        pk: { S: 'P' },
        sk: { S: '1' },
        n: { N: '12.5' },
        b: { B: new Uint8Array([0, 1, 254, 255]) },
        bs: { BS: [new Uint8Array([1]), new Uint8Array([2, 3])] },
        ss: { SS: ['a', 'b'] },
        ns: { NS: ['1', '2'] },
        bool: { BOOL: true },
        nul: { NULL: true },
        l: { L: [{ S: 'x' }, { M: { B: { S: 'named B' } } }] },
        m: { M: { nested: { B: new Uint8Array([9]) } } },
      },
    }),
  );
  await ddb.client.send(
    new PutItemCommand({ TableName: table, Item: { pk: { S: 'P' }, sk: { S: '2' }, stock: { N: '1' } } }),
  );
});
afterAll(() => wire?.destroy());

const strip = ({ $metadata: _m, ...rest }: Record<string, unknown>) => rest;

async function both(command: { input: unknown }): Promise<[unknown, unknown]> {
  const run = (client: { send(c: never): Promise<unknown> }) =>
    client.send(command as never).then(
      (r) => strip(r as Record<string, unknown>),
      (e: unknown) => e,
    );
  return [await run(ddb.client), await run(wire)];
}

function describeError(e: unknown) {
  const err = e as DynamoDBServiceException & Record<string, unknown>;
  return {
    class: err.constructor.name,
    name: err.name,
    message: err.message,
    status: err.$metadata?.httpStatusCode,
    item: err.Item,
    reasons: err.CancellationReasons,
  };
}

describe('wire client parity with the AWS SDK', () => {
  it('reads every kind of typed value identically, binary as Uint8Array', async () => {
    const [sdk, wireResult] = await both(
      new GetItemCommand({ TableName: table, Key: { pk: { S: 'P' }, sk: { S: '1' } }, ConsistentRead: true }),
    );
    expect(wireResult).toEqual(sdk);
    expect((wireResult as any).Item.b.B).toEqual(new Uint8Array([0, 1, 254, 255]));
    expect((wireResult as any).Item.l.L[1]).toEqual({ M: { B: { S: 'named B' } } });
  });

  it('queries, batch-gets and transact-gets identically', async () => {
    for (const command of [
      new QueryCommand({
        TableName: table,
        KeyConditionExpression: 'pk = :p',
        ExpressionAttributeValues: { ':p': { S: 'P' } },
        Limit: 1,
      }),
      new BatchGetItemCommand({
        RequestItems: {
          [table]: {
            Keys: [
              { pk: { S: 'P' }, sk: { S: '2' } },
              { pk: { S: 'P' }, sk: { S: 'none' } },
            ],
          },
        },
      }),
      new TransactGetItemsCommand({
        TransactItems: [{ Get: { TableName: table, Key: { pk: { S: 'P' }, sk: { S: '2' } } } }],
      }),
    ]) {
      const [sdk, wireResult] = await both(command);
      expect(wireResult).toEqual(sdk);
    }
  });

  it('writes the same, including ReturnValues', async () => {
    const update = (by: string) =>
      new UpdateItemCommand({
        TableName: table,
        Key: { pk: { S: 'P' }, sk: { S: '2' } },
        UpdateExpression: 'SET stock = stock + :d',
        ExpressionAttributeValues: { ':d': { N: by } },
        ReturnValues: 'ALL_NEW',
      });
    const viaSdk = strip((await ddb.client.send(update('1'))) as never);
    const viaWire = strip((await wire.send(update('1'))) as never);
    expect(viaSdk).toEqual({ Attributes: { pk: { S: 'P' }, sk: { S: '2' }, stock: { N: '2' } } });
    expect(viaWire).toEqual({ Attributes: { pk: { S: 'P' }, sk: { S: '2' }, stock: { N: '3' } } });
  });

  it('throws the SDK’s own exception classes with the same fields', async () => {
    const conditional = new DeleteItemCommand({
      TableName: table,
      Key: { pk: { S: 'P' }, sk: { S: '1' } },
      ConditionExpression: 'attribute_not_exists(pk)',
      ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
    });
    const [sdkCcf, wireCcf] = await both(conditional);
    expect(wireCcf).toBeInstanceOf(ConditionalCheckFailedException);
    expect(describeError(wireCcf)).toEqual(describeError(sdkCcf));

    const cancelled = new TransactWriteItemsCommand({
      TransactItems: [
        { Put: { TableName: table, Item: { pk: { S: 'P' }, sk: { S: '3' } } } },
        {
          ConditionCheck: {
            TableName: table,
            Key: { pk: { S: 'P' }, sk: { S: '1' } },
            ConditionExpression: 'attribute_not_exists(pk)',
            ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
          },
        },
      ],
    });
    const [sdkTx, wireTx] = await both(cancelled);
    expect(wireTx).toBeInstanceOf(TransactionCanceledException);
    expect(describeError(wireTx)).toEqual(describeError(sdkTx));

    const [sdkMissing, wireMissing] = await both(
      new GetItemCommand({ TableName: 'NoSuchTable', Key: { pk: { S: 'x' }, sk: { S: 'y' } } }),
    );
    expect(describeError(wireMissing)).toEqual(describeError(sdkMissing));
    expect(describeError(wireMissing).class).toBe('ResourceNotFoundException');

    const [sdkInvalid, wireInvalid] = await both(new GetItemCommand({ TableName: table, Key: { pk: { S: 'x' } } }));
    expect(describeError(wireInvalid)).toEqual(describeError(sdkInvalid));
    expect(describeError(wireInvalid).class).toBe('DynamoDBServiceException');
  });

  it('reports a dead endpoint as a plain error (no answer at all)', async () => {
    const dead = createWireDynamoDbClient({
      endpoint: 'http://127.0.0.1:9',
      region: 'us-east-1',
      credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
    });
    await expect(
      dead.send(new GetItemCommand({ TableName: table, Key: { pk: { S: 'P' }, sk: { S: '1' } } }) as never),
    ).rejects.toThrow(/ECONNREFUSED/);
    dead.destroy();
  });
});
