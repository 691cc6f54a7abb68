import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import type { DataSource } from '../data-source.ts';
import { createDynamoDbDataSource } from './index.ts';

const ddb = useDynamoDbLocal();
const orders = uniqueTableName('Orders');
const stock = uniqueTableName('Stock');
const caller = { callerId: 'Mutation.checkout', info: { fieldName: 'checkout', parentTypeName: 'Mutation' } };
let ds: DataSource;

const reserve = (sku: string, qty: number) => ({
  table: stock,
  operation: 'UpdateItem',
  key: { sku: { S: sku } },
  update: { expression: 'SET #q = #q - :n', expressionNames: { '#q': 'qty' }, expressionValues: { ':n': { N: qty } } },
  condition: { expression: '#q >= :n', expressionNames: { '#q': 'qty' }, expressionValues: { ':n': { N: qty } } },
});
const placeOrder = (id: string) => ({
  table: orders,
  operation: 'PutItem',
  key: { id: { S: id } },
  attributeValues: { status: { S: 'PLACED' } },
  condition: { expression: 'attribute_not_exists(id)' },
});

async function stockOf(sku: string) {
  return (await ddb.client.send(new GetItemCommand({ TableName: stock, Key: { sku: { S: sku } } }))).Item;
}

beforeAll(async () => {
  for (const [TableName, key] of [
    [orders, 'id'],
    [stock, 'sku'],
  ] as const) {
    await createTable(ddb.client, {
      TableName,
      KeySchema: [{ AttributeName: key, KeyType: 'HASH' }],
      AttributeDefinitions: [{ AttributeName: key, AttributeType: 'S' }],
    });
  }
  for (const [sku, qty] of [
    ['mug', '5'],
    ['kettle', '1'],
    ['spoon', '9'],
  ] as const) {
    await ddb.client.send(new PutItemCommand({ TableName: stock, Item: { sku: { S: sku }, qty: { N: qty } } }));
  }
  ds = createDynamoDbDataSource({ name: 'OrdersTable', tableName: orders, client: ddb.client });
});

// DynamoDB Local's wording, in two parts: the reasons, then the service's request id.
const CANCELLED_MESSAGE = new RegExp(
  String.raw`^Transaction cancelled, please refer cancellation reasons for specific reasons ` +
    String.raw`\[None, None, ConditionalCheckFailed\] \(Service: DynamoDb, Status Code: 400, Request ID: [^)]+\)$`,
);

describe('TransactWriteItems', () => {
  it('writes all items and answers the keys in request order', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'TransactWriteItems',
        transactItems: [
          placeOrder('o1'),
          reserve('mug', 2),
          {
            table: stock,
            operation: 'ConditionCheck',
            key: { sku: { S: 'spoon' } },
            condition: { expression: 'attribute_exists(sku)' },
          },
        ],
      },
      caller,
    );
    expect(outcome).toEqual({
      result: { keys: [{ id: 'o1' }, { sku: 'mug' }, { sku: 'spoon' }], cancellationReasons: null },
    });
    expect(await stockOf('mug')).toEqual({ sku: { S: 'mug' }, qty: { N: '3' } });
  });

  const CANCELS_ALL =
    'a failed condition cancels everything: error plus cancellationReasons in request order with the stored item';
  it(CANCELS_ALL, async () => {
    const outcome = await ds.invoke(
      { operation: 'TransactWriteItems', transactItems: [placeOrder('o2'), reserve('mug', 1), reserve('kettle', 2)] },
      caller,
    );
    expect(outcome).toEqual({
      error: {
        type: 'DynamoDB:TransactionCanceledException',
        message: expect.stringMatching(CANCELLED_MESSAGE),
      },
      result: {
        keys: null,
        cancellationReasons: [
          { type: 'None', message: null },
          { type: 'None', message: null },
          {
            type: 'ConditionalCheckFailed',
            message: 'The conditional request failed',
            item: { sku: 'kettle', qty: 1 },
          },
        ],
      },
    });
    expect(await stockOf('mug')).toEqual({ sku: { S: 'mug' }, qty: { N: '3' } });
    const order = await ddb.client.send(new GetItemCommand({ TableName: orders, Key: { id: { S: 'o2' } } }));
    expect(order.Item).toBeUndefined();
  });

  it('returnValuesOnConditionCheckFailure: false leaves the item out', async () => {
    const noItem = {
      ...reserve('kettle', 2),
      condition: { ...reserve('kettle', 2).condition, returnValuesOnConditionCheckFailure: false },
    };
    const outcome = await ds.invoke(
      { operation: 'TransactWriteItems', transactItems: [placeOrder('o1'), noItem] },
      caller,
    );
    expect(outcome.result).toEqual({
      keys: null,
      cancellationReasons: [
        {
          type: 'ConditionalCheckFailed',
          message: 'The conditional request failed',
          item: { id: 'o1', status: 'PLACED' },
        },
        { type: 'ConditionalCheckFailed', message: 'The conditional request failed' },
      ],
    });
  });

  it('an unknown item operation or a ConditionCheck without condition is a MappingTemplate error', async () => {
    const bad = await ds.invoke(
      {
        operation: 'TransactWriteItems',
        transactItems: [{ table: orders, operation: 'Upsert', key: { id: { S: 'x' } } }],
      },
      caller,
    );
    expect(bad.error).toEqual({
      type: 'MappingTemplate',
      message:
        "'transactItems[0].operation' must be PutItem, UpdateItem, DeleteItem or ConditionCheck, " +
        'got the string "Upsert".',
    });
    const noCondition = await ds.invoke(
      {
        operation: 'TransactWriteItems',
        transactItems: [{ table: orders, operation: 'ConditionCheck', key: { id: { S: 'x' } } }],
      },
      caller,
    );
    expect(noCondition.error).toEqual({
      type: 'MappingTemplate',
      message: "'transactItems[0].condition' is required for a ConditionCheck.",
    });
  });

  it('a DeleteItem in a transaction removes the item', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'TransactWriteItems',
        transactItems: [{ table: orders, operation: 'DeleteItem', key: { id: { S: 'o1' } } }],
      },
      caller,
    );
    expect(outcome).toEqual({ result: { keys: [{ id: 'o1' }], cancellationReasons: null } });
  });
});

describe('TransactGetItems', () => {
  it('answers items in request order with null for a missing one, and applies projections', async () => {
    const outcome = await ds.invoke(
      {
        operation: 'TransactGetItems',
        transactItems: [
          { table: stock, key: { sku: { S: 'spoon' } } },
          { table: orders, key: { id: { S: 'nope' } } },
          {
            table: stock,
            key: { sku: { S: 'mug' } },
            projection: { expression: '#q', expressionNames: { '#q': 'qty' } },
          },
        ],
      },
      caller,
    );
    expect(outcome).toEqual({
      result: { items: [{ sku: 'spoon', qty: 9 }, null, { qty: 3 }], cancellationReasons: null },
    });
  });
});
