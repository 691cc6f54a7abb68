// The unpaid-orders sweep over DynamoDB Local's GSI3, the AppSync stand-in (SigV4 verified) and the
// Stripe twin: only orders placed more than UNPAID_ORDER_MINUTES ago and still PENDING_PAYMENT are
// expired, their sessions are closed at Stripe, pages are followed and a run is bounded.
import { BatchWriteItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type * as UnpaidOrders from '../../functions/unpaid-orders/index.ts';
import { ulid } from '../../functions/lib/ulid.ts';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../support/dynamodb-local.ts';
import { freshModule, startPaymentsHarness, type PaymentsHarness } from './payments-harness.ts';

const dynamo = useDynamoDbLocal();
let h: PaymentsHarness;
let handler: typeof UnpaidOrders.handler;
const minutesAgo = (m: number) => Date.now() - m * 60_000;

async function newTable(): Promise<string> {
  const name = uniqueTableName('UnpaidOrders');
  const key = (n: string) => ({ AttributeName: n, AttributeType: 'S' as const });
  await createTable(dynamo.client, {
    TableName: name,
    AttributeDefinitions: [key('pk'), key('sk'), key('gsi3pk'), key('gsi3sk')],
    KeySchema: [
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'sk', KeyType: 'RANGE' },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: 'GSI3',
        KeySchema: [
          { AttributeName: 'gsi3pk', KeyType: 'HASH' },
          { AttributeName: 'gsi3sk', KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      },
    ],
  });
  return name;
}

/** Order items as checkout writes them (docs/data-model.md): GSI3 `ORDERS#<status>`, sorted by the ULID id. */
async function putOrders(table: string, orders: Array<{ id: string; status: string }>): Promise<void> {
  const items = orders.map(({ id, status }) => ({
    pk: `ORDER#${id}`,
    sk: 'ORDER',
    entity: 'Order',
    id,
    status,
    gsi3pk: `ORDERS#${status}`,
    gsi3sk: id,
  }));
  for (let i = 0; i < items.length; i += 25) {
    const batch = items.slice(i, i + 25).map((item) => ({ PutRequest: { Item: marshall(item) } }));
    await dynamo.client.send(new BatchWriteItemCommand({ RequestItems: { [table]: batch } }));
  }
}

async function openSession(orderId: string): Promise<string> {
  const session = await h.stripe.checkout.sessions.create({
    mode: 'payment',
    line_items: [{ price_data: { currency: 'usd', unit_amount: 900, product_data: { name: 'Mug' } }, quantity: 1 }],
    success_url: 'https://shop.example/ok',
    metadata: { orderId },
  });
  return session.id;
}

/** The stand-in's expireOrder: the order and its session when expirable, null when the order moved on. */
function answerExpireOrder(expirable: Map<string, string | null>, failing = new Set<string>()) {
  h.respond = ({ variables }) => {
    const id = (variables as { id: string }).id;
    if (failing.has(id))
      return { body: { data: { expireOrder: null }, errors: [{ errorType: 'X', message: 'down' }] } };
    if (!expirable.has(id)) return { body: { data: { expireOrder: null } } };
    const order = { id, status: 'CANCELLED' };
    return { body: { data: { expireOrder: { order, sessionId: expirable.get(id) } } } };
  };
}

const calledIds = () => h.mutations.map((m) => (m.variables as { id: string }).id);
const statusOf = async (sessionId: string) => (await h.stripe.checkout.sessions.retrieve(sessionId)).status;

beforeAll(async () => {
  h = await startPaymentsHarness();
  handler = (await freshModule<typeof UnpaidOrders>('../../functions/unpaid-orders/index.ts')).handler;
  vi.spyOn(console, 'log').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterAll(async () => {
  vi.restoreAllMocks();
  await h.close();
});
beforeEach(() => {
  h.mutations.length = 0;
});

const useTable = (table: string) =>
  h.setEnv({ TABLE_NAME: table, UNPAID_ORDER_MINUTES: '30', AWS_ENDPOINT_URL_DYNAMODB: dynamo.endpoint });

describe('the sweep', () => {
  it('expires only orders older than UNPAID_ORDER_MINUTES still PENDING_PAYMENT, and their open sessions', async () => {
    const table = await newTable();
    useTable(table);
    const ids = {
      open: ulid(minutesAgo(45)),
      noSession: ulid(minutesAgo(31)),
      raced: ulid(minutesAgo(40)),
      alreadyExpired: ulid(minutesAgo(50)),
      young: ulid(minutesAgo(29)),
      paid: ulid(minutesAgo(60)),
    };
    const sessions = {
      open: await openSession(ids.open),
      raced: await openSession(ids.raced),
      alreadyExpired: await openSession(ids.alreadyExpired),
      young: await openSession(ids.young),
      paid: await openSession(ids.paid),
    };
    await h.stripe.checkout.sessions.expire(sessions.alreadyExpired);
    await h.twin.payCheckoutSession(sessions.paid, { number: '4242424242424242' });
    await putOrders(table, [
      ...[ids.open, ids.noSession, ids.raced, ids.alreadyExpired, ids.young].map((id) => ({
        id,
        status: 'PENDING_PAYMENT',
      })),
      { id: ids.paid, status: 'PAID' },
    ]);
    answerExpireOrder(
      new Map([
        [ids.open, sessions.open],
        [ids.noSession, null],
        [ids.alreadyExpired, sessions.alreadyExpired],
      ]),
    );

    const summary = await handler();
    expect(summary).toMatchObject({ found: 4, expired: 3, notExpirable: 1, sessionsExpired: 1, failed: 0 });
    expect(calledIds().sort()).toEqual([ids.open, ids.noSession, ids.raced, ids.alreadyExpired].sort());
    expect(h.mutations.every((m) => m.signed && m.query.includes('expireOrder(id: $id)'))).toBe(true);
    expect(await statusOf(sessions.open)).toBe('expired');
    expect(await statusOf(sessions.raced)).toBe('open');
    expect(await statusOf(sessions.young)).toBe('open');
    expect(await statusOf(sessions.paid)).toBe('complete');
  });

  it('follows the query’s pages oldest first and stops at 200 orders a run', async () => {
    const table = await newTable();
    useTable(table);
    const ids = Array.from({ length: 230 }, (_, i) => ulid(minutesAgo(300 - i)));
    await putOrders(table, [
      ...ids.map((id) => ({ id, status: 'PENDING_PAYMENT' })),
      { id: ulid(), status: 'PENDING_PAYMENT' },
    ]);
    answerExpireOrder(new Map());
    const summary = await handler();
    expect(summary).toMatchObject({ found: 200, expired: 0, notExpirable: 200, failed: 0 });
    expect(calledIds().sort()).toEqual(ids.slice(0, 200));
  });

  it('fails the run when an order could not be expired, after trying every other one', async () => {
    const table = await newTable();
    useTable(table);
    const ids = [ulid(minutesAgo(40)), ulid(minutesAgo(35))];
    await putOrders(
      table,
      ids.map((id) => ({ id, status: 'PENDING_PAYMENT' })),
    );
    answerExpireOrder(new Map([[ids[1]!, null]]), new Set([ids[0]!]));
    await expect(handler()).rejects.toThrow('1 of 2 orders not expired');
    expect(calledIds().sort()).toEqual([...ids].sort());
  });
});
