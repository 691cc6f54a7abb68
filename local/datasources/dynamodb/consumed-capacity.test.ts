// Against DynamoDB Local, through the wire client the server uses: every call reports the capacity
// it consumed to the invocation's recordCapacity, and ctx.result is exactly what it was without it.
// The numbers are DynamoDB Local's own (measured, not assumed).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../../../test/support/dynamodb-local.ts';
import { LOCAL_CREDENTIALS, LOCAL_REGION } from '../../local-aws.ts';
import type { CapacityUnits, DataSource } from '../data-source.ts';
import { createDynamoDbDataSource } from './index.ts';
import { createWireDynamoDbClient } from './wire-client.ts';

const ddb = useDynamoDbLocal();
const carts = uniqueTableName('Carts');
let wire: ReturnType<typeof createWireDynamoDbClient>;
let ds: DataSource;

/** Invokes the data source and answers its outcome with what it reported to recordCapacity. */
async function metered(request: object) {
  const recorded: CapacityUnits[] = [];
  const outcome = await ds.invoke(request, {
    callerId: 'Mutation.checkout',
    info: { fieldName: 'checkout', parentTypeName: 'Mutation' },
    recordCapacity: (units) => recorded.push(units),
  });
  return { outcome, recorded };
}

const put = (id: string) => ({ operation: 'PutItem', table: carts, key: { id: { S: id } } });

beforeAll(async () => {
  await createTable(ddb.client, {
    TableName: carts,
    KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
    AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'S' }],
  });
  wire = createWireDynamoDbClient({ endpoint: ddb.endpoint, region: LOCAL_REGION, credentials: LOCAL_CREDENTIALS });
  ds = createDynamoDbDataSource({ name: 'CartsTable', tableName: carts, client: wire });
});
afterAll(() => wire?.destroy());

describe('consumed capacity', () => {
  it('PutItem of a small item costs 1 WCU and answers the item alone', async () => {
    const { outcome, recorded } = await metered({ ...put('c1'), attributeValues: { qty: { N: 2 } } });
    expect(outcome).toEqual({ result: { id: 'c1', qty: 2 } });
    expect(recorded).toEqual([{ readUnits: 0, writeUnits: 1 }]);
  });

  it('GetItem of a small item costs 0.5 RCU eventually consistent and 1 RCU consistent', async () => {
    const eventually = await metered({ operation: 'GetItem', key: { id: { S: 'c1' } } });
    expect(eventually.outcome).toEqual({ result: { id: 'c1', qty: 2 } });
    expect(eventually.recorded).toEqual([{ readUnits: 0.5, writeUnits: 0 }]);
    const consistent = await metered({ operation: 'GetItem', key: { id: { S: 'c1' } }, consistentRead: true });
    expect(consistent.recorded).toEqual([{ readUnits: 1, writeUnits: 0 }]);
  });

  it('TransactWriteItems of 2 small items costs 4 WCU (transactional writes count double)', async () => {
    const { outcome, recorded } = await metered({
      operation: 'TransactWriteItems',
      transactItems: [put('t1'), put('t2')],
    });
    expect(outcome).toEqual({ result: { keys: [{ id: 't1' }, { id: 't2' }], cancellationReasons: null } });
    expect(recorded).toEqual([{ readUnits: 0, writeUnits: 4 }]);
  });

  it('TransactGetItems costs 2 RCU per small item', async () => {
    const gets = ['t1', 't2'].map((id) => ({ table: carts, key: { id: { S: id } } }));
    const { outcome, recorded } = await metered({ operation: 'TransactGetItems', transactItems: gets });
    expect(outcome).toEqual({ result: { items: [{ id: 't1' }, { id: 't2' }], cancellationReasons: null } });
    expect(recorded).toEqual([{ readUnits: 4, writeUnits: 0 }]);
  });

  it('BatchGetItem sums the per-table units (DynamoDB Local charges nothing for a missing key)', async () => {
    const keys = ['t1', 't2', 'missing'].map((id) => ({ id: { S: id } }));
    const { outcome, recorded } = await metered({ operation: 'BatchGetItem', tables: { [carts]: { keys } } });
    expect(outcome.result).toEqual({
      data: { [carts]: [{ id: 't1' }, { id: 't2' }, null] },
      unprocessedKeys: { [carts]: [] },
    });
    expect(recorded).toEqual([{ readUnits: 1, writeUnits: 0 }]);
  });

  it('reports nothing for a failed condition or a cancelled transaction: Local’s errors carry no units', async () => {
    const condition = { expression: 'attribute_not_exists(id)' };
    const failed = await metered({ ...put('t1'), attributeValues: { qty: { N: 1 } }, condition });
    expect(failed.outcome.error?.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(failed.recorded).toEqual([]);
    const cancelled = await metered({ operation: 'TransactWriteItems', transactItems: [{ ...put('t1'), condition }] });
    expect(cancelled.outcome.error?.type).toBe('DynamoDB:TransactionCanceledException');
    expect(cancelled.recorded).toEqual([]);
  });
});
