// Orders: who may read which order, the listings (one Query a page), and status changes — the
// transition table, one conditional write (a transaction with restocking when cancelling).
import { describe, expect, it } from 'vitest';
import { callers, ISO_TIME, run } from '../support/resolver-harness.ts';

const backend = {
  accountId: '123456789012',
  userArn: 'arn:aws:iam::123456789012:user/payments',
  username: 'payments',
  sourceIp: ['127.0.0.1'],
};
const orderItem = (overrides: Record<string, unknown> = {}) => ({
  pk: 'ORDER#01JRDR00000000000000000000',
  sk: 'ORDER',
  entity: 'Order',
  id: '01JRDR00000000000000000000',
  customerId: 'user-shopper',
  status: 'PENDING_PAYMENT',
  currency: 'USD',
  lines: [
    {
      sku: 'MUG-L',
      productId: '01JPRD00000000000000000000',
      name: 'Blue mug — Large',
      quantity: 2,
      unitPrice: 1500,
      lineTotal: 3000,
    },
    {
      sku: 'MUG-S',
      productId: '01JPRD00000000000000000000',
      name: 'Blue mug — Small',
      quantity: 1,
      unitPrice: 1200,
      lineTotal: 1200,
    },
  ],
  subtotal: 4200,
  total: 4200,
  shippingAddress: {
    name: 'Ada',
    line1: '1 Main St',
    line2: null,
    city: 'Springfield',
    region: null,
    postalCode: null,
    country: 'US',
  },
  statusHistory: [{ status: 'PENDING_PAYMENT', at: '2026-12-01T10:00:00.000Z', note: null }],
  idempotencyKey: 'key-00000001',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
  ...overrides,
});
const TABLE: Record<string, string[]> = {
  PENDING_PAYMENT: ['PAID', 'CANCELLED'],
  PAID: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
  FULFILLING: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED'],
  DELIVERED: ['REFUNDED'],
  CANCELLED: [],
  REFUNDED: [],
};
const STATUSES = Object.keys(TABLE);

describe('Query.order', () => {
  it('reads the order consistently by id', async () => {
    const { result } = await run('orders/Query.order', 'request', {
      identity: callers.shopper,
      arguments: { id: '01JRDR00000000000000000000' },
    });
    expect(result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'ORDER#01JRDR00000000000000000000' }, sk: { S: 'ORDER' } },
      consistentRead: true,
    });
  });

  it('answers the owner, admins and the backend; another customer gets null, like a missing order', async () => {
    const read = (identity: unknown, result: unknown = orderItem()) =>
      run('orders/Query.order', 'response', { identity, arguments: { id: '01JRDR00000000000000000000' }, result });
    expect((await read(callers.shopper)).result).toEqual({
      id: '01JRDR00000000000000000000',
      customerId: 'user-shopper',
      status: 'PENDING_PAYMENT',
      lines: [
        {
          sku: 'MUG-L',
          productId: '01JPRD00000000000000000000',
          name: 'Blue mug — Large',
          quantity: 2,
          unitPrice: { amount: 1500, currency: 'USD' },
          lineTotal: { amount: 3000, currency: 'USD' },
        },
        {
          sku: 'MUG-S',
          productId: '01JPRD00000000000000000000',
          name: 'Blue mug — Small',
          quantity: 1,
          unitPrice: { amount: 1200, currency: 'USD' },
          lineTotal: { amount: 1200, currency: 'USD' },
        },
      ],
      subtotal: { amount: 4200, currency: 'USD' },
      total: { amount: 4200, currency: 'USD' },
      // an order placed before pricing reads as no discount, shipping or tax
      totals: {
        subtotal: { amount: 4200, currency: 'USD' },
        discount: { amount: 0, currency: 'USD' },
        shipping: { amount: 0, currency: 'USD' },
        tax: { amount: 0, currency: 'USD' },
        total: { amount: 4200, currency: 'USD' },
      },
      shippingMethod: null,
      promotionCode: null,
      shippingAddress: {
        name: 'Ada',
        line1: '1 Main St',
        line2: null,
        city: 'Springfield',
        region: null,
        postalCode: null,
        country: 'US',
      },
      statusHistory: [{ status: 'PENDING_PAYMENT', at: '2026-12-01T10:00:00.000Z', note: null }],
      nextStatuses: ['PAID', 'CANCELLED'],
      createdAt: '2026-12-01T10:00:00.000Z',
      updatedAt: '2026-12-01T10:00:00.000Z',
    });
    expect((await read(callers.admin)).result.id).toBe('01JRDR00000000000000000000');
    expect((await read(backend)).result.id).toBe('01JRDR00000000000000000000');
    expect((await read({ ...callers.shopper, sub: 'user-other', username: 'user-other' })).result).toBeNull();
    expect((await read(callers.shopper, null)).result).toBeNull();
  });

  it.each(STATUSES)('computes nextStatuses of a %s order from the transition table', async (status) => {
    const { result } = await run('orders/Query.order', 'response', {
      identity: callers.admin,
      arguments: { id: '01JRDR00000000000000000000' },
      result: orderItem({ status }),
    });
    expect(result.nextStatuses).toEqual(TABLE[status]);
  });
});

describe('listings', () => {
  it("myOrders: the caller's GSI1 partition, newest first, one Query a page", async () => {
    const { result } = await run('orders/Query.myOrders', 'request', {
      identity: callers.shopper,
      arguments: { limit: 5, nextToken: 'tok' },
    });
    expect(result).toEqual({
      operation: 'Query',
      index: 'GSI1',
      scanIndexForward: false,
      limit: 5,
      nextToken: 'tok',
      query: {
        expression: '(#gsi1pk = :gsi1pk_eq)',
        expressionNames: { '#gsi1pk': 'gsi1pk' },
        expressionValues: { ':gsi1pk_eq': { S: 'CUSTOMER#user-shopper#ORDERS' } },
      },
    });
    expect(
      (await run('orders/Query.myOrders', 'request', { identity: callers.shopper, arguments: {} })).result.limit,
    ).toBe(20);
    expect(
      (await run('orders/Query.myOrders', 'request', { identity: callers.shopper, arguments: { limit: 101 } })).error,
    ).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['limit'] } });
    expect((await run('orders/Query.myOrders', 'request', { identity: backend, arguments: {} })).error).toMatchObject({
      errorType: 'Unauthorized',
    });
    const page = await run('orders/Query.myOrders', 'response', {
      identity: callers.shopper,
      arguments: {},
      result: { items: [orderItem(), orderItem({ id: '01OLDER', status: 'PAID' })], nextToken: 'next' },
    });
    expect(page.result.items.map((o: any) => [o.id, o.nextStatuses])).toEqual([
      ['01JRDR00000000000000000000', ['PAID', 'CANCELLED']],
      ['01OLDER', ['FULFILLING', 'CANCELLED', 'REFUNDED']],
    ]);
    expect(page.result.nextToken).toBe('next');
    const badToken = await run('orders/Query.myOrders', 'response', {
      identity: callers.shopper,
      arguments: { nextToken: 'junk' },
      error: { type: 'DynamoDB:DynamoDbException', message: 'Invalid nextToken' },
    });
    expect(badToken.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['nextToken'] } });
  });

  it('listOrders: admins only; every order on GSI2, one status on GSI3', async () => {
    expect(
      (await run('orders/Query.listOrders', 'request', { identity: callers.shopper, arguments: {} })).error,
    ).toMatchObject({ errorType: 'Unauthorized' });
    const all = await run('orders/Query.listOrders', 'request', { identity: callers.admin, arguments: {} });
    expect(all.result).toMatchObject({
      index: 'GSI2',
      scanIndexForward: false,
      limit: 20,
      query: { expressionValues: { ':gsi2pk_eq': { S: 'ORDERS' } } },
    });
    const paid = await run('orders/Query.listOrders', 'request', {
      identity: callers.admin,
      arguments: { status: 'PAID', limit: 50 },
    });
    expect(paid.result).toMatchObject({
      index: 'GSI3',
      limit: 50,
      query: { expressionValues: { ':gsi3pk_eq': { S: 'ORDERS#PAID' } } },
    });
    const page = await run('orders/Query.listOrders', 'response', {
      identity: callers.admin,
      arguments: {},
      result: { items: [orderItem()], nextToken: null },
    });
    expect(page.result).toMatchObject({
      items: [{ id: '01JRDR00000000000000000000', total: { amount: 4200 } }],
      nextToken: null,
    });
  });
});

describe('Mutation.updateOrderStatus', () => {
  const U = 'orders/Mutation.updateOrderStatus';

  it('is for admins and the backend; refuses a note over 500 characters', async () => {
    expect(
      (
        await run(`${U}/index`, 'request', {
          identity: callers.shopper,
          arguments: { id: '01JRDR00000000000000000000', status: 'PAID' },
        })
      ).error,
    ).toMatchObject({ errorType: 'Unauthorized' });
    expect(
      (
        await run(`${U}/index`, 'request', {
          identity: backend,
          arguments: { id: '01JRDR00000000000000000000', status: 'PAID', note: 'x'.repeat(501) },
        })
      ).error,
    ).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['note'] } });
    expect(
      (
        await run(`${U}/index`, 'request', {
          identity: backend,
          arguments: { id: '01JRDR00000000000000000000', status: 'PAID', note: ' pay_1 ' },
        })
      ).stash.note,
    ).toBe('pay_1');
    expect(
      (
        await run(`${U}/index`, 'request', {
          identity: callers.admin,
          arguments: { id: '01JRDR00000000000000000000', status: 'PAID' },
        })
      ).stash.note,
    ).toBeNull();
  });

  it('NotFound for an unknown order', async () => {
    const { error } = await run(`${U}/01.getOrder`, 'response', {
      identity: backend,
      arguments: { id: '01JNP000000000000000000000', status: 'PAID' },
      result: null,
    });
    expect(error).toMatchObject({ errorType: 'NotFound', message: 'id: no order 01JNP000000000000000000000' });
  });

  it.each(STATUSES.flatMap((from) => STATUSES.map((to) => [from, to])))(
    '%s → %s follows the transition table',
    async (from, to) => {
      const { error, stash } = await run(`${U}/01.getOrder`, 'response', {
        identity: backend,
        arguments: { id: '01JRDR00000000000000000000', status: to },
        stash: { note: null },
        result: orderItem({ status: from }),
      });
      if ((TABLE[from] ?? []).includes(to)) {
        expect(error).toBeUndefined();
        expect(stash.change).toMatchObject({ from, to, entry: { status: to, note: null } });
      } else {
        expect(error).toMatchObject({
          errorType: 'InvalidTransition',
          message: `Order 01JRDR00000000000000000000 cannot move from ${from} to ${to}`,
          errorInfo: { from, to },
        });
      }
    },
  );

  const MOVE_STATUS =
    'moves the status with one UpdateItem on the status read, appending the history and moving the status listing';
  it(MOVE_STATUS, async () => {
    const planned = await run(`${U}/01.getOrder`, 'response', {
      identity: backend,
      arguments: { id: '01JRDR00000000000000000000', status: 'PAID' },
      stash: { note: 'pay_1' },
      result: orderItem(),
    });
    const { result } = await run(`${U}/02.changeStatus`, 'request', { stash: planned.stash });
    const at = planned.stash.change.entry.at;
    expect(at).toMatch(ISO_TIME);
    expect(result.operation).toBe('UpdateItem');
    expect(result.key).toEqual({ pk: { S: 'ORDER#01JRDR00000000000000000000' }, sk: { S: 'ORDER' } });
    expect(result.condition).toEqual({
      expression: '(#status = :status_eq)',
      expressionNames: { '#status': 'status' },
      expressionValues: { ':status_eq': { S: 'PENDING_PAYMENT' } },
    });
    expect(result.update.expression).toContain('list_append');
    expect(Object.values(result.update.expressionValues)).toEqual(
      expect.arrayContaining([
        { S: 'PAID' },
        { S: at },
        { S: 'ORDERS#PAID' },
        { L: [{ M: { status: { S: 'PAID' }, at: { S: at }, note: { S: 'pay_1' } } }] },
      ]),
    );
    const stored = orderItem({
      status: 'PAID',
      updatedAt: at,
      statusHistory: [...orderItem().statusHistory, { status: 'PAID', at, note: 'pay_1' }],
    });
    const out = await run(`${U}/02.changeStatus`, 'response', { stash: planned.stash, result: stored });
    expect(out.result).toMatchObject({
      status: 'PAID',
      updatedAt: at,
      nextStatuses: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
      statusHistory: [{ status: 'PENDING_PAYMENT' }, { status: 'PAID', note: 'pay_1' }],
    });
  });

  it('a racing change that won first makes this one InvalidTransition', async () => {
    const planned = await run(`${U}/01.getOrder`, 'response', {
      identity: backend,
      arguments: { id: '01JRDR00000000000000000000', status: 'PAID' },
      stash: { note: null },
      result: orderItem(),
    });
    const lost = await run(`${U}/02.changeStatus`, 'response', {
      stash: planned.stash,
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(lost.error).toMatchObject({
      errorType: 'InvalidTransition',
      errorInfo: { from: 'PENDING_PAYMENT', to: 'PAID' },
    });
  });

  it('cancelling restocks every line in the same transaction as the status change', async () => {
    const planned = await run(`${U}/01.getOrder`, 'response', {
      identity: callers.admin,
      arguments: { id: '01JRDR00000000000000000000', status: 'CANCELLED' },
      stash: { note: 'fraud' },
      result: orderItem({ status: 'FULFILLING' }),
    });
    const { result } = await run(`${U}/02.changeStatus`, 'request', { stash: planned.stash });
    expect(result.operation).toBe('TransactWriteItems');
    expect(result.transactItems.map((i: any) => [i.operation, i.key.pk.S])).toEqual([
      ['UpdateItem', 'ORDER#01JRDR00000000000000000000'],
      ['UpdateItem', 'SKU#MUG-L'],
      ['UpdateItem', 'SKU#MUG-S'],
    ]);
    expect(result.transactItems[0].condition.expressionValues).toEqual({ ':status_eq': { S: 'FULFILLING' } });
    expect(result.transactItems[1].update).toEqual({
      expression: 'SET #expName_1 = #expName_1 + :expValue_1',
      expressionNames: { '#expName_1': 'stock' },
      expressionValues: { ':expValue_1': { N: 2 } },
    });
    expect(result.transactItems[2].update.expressionValues).toEqual({ ':expValue_1': { N: 1 } });
    const ok = await run(`${U}/02.changeStatus`, 'response', { stash: planned.stash, result: { keys: [] } });
    expect(ok.result).toMatchObject({
      status: 'CANCELLED',
      nextStatuses: [],
      statusHistory: [{ status: 'PENDING_PAYMENT' }, { status: 'CANCELLED', note: 'fraud' }],
    });
    const lost = await run(`${U}/02.changeStatus`, 'response', {
      stash: planned.stash,
      error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
      result: { cancellationReasons: [{ type: 'ConditionalCheckFailed' }, { type: 'None' }, { type: 'None' }] },
    });
    expect(lost.error).toMatchObject({ errorType: 'InvalidTransition' });
  });
});

describe('Mutation.cancelOrder', () => {
  const C = 'orders/Mutation.cancelOrder';
  const getOrder = (result: unknown, sub = 'user-shopper') =>
    run(`${C}/01.getOrder`, 'response', {
      identity: callers.shopper,
      arguments: { id: '01JRDR00000000000000000000' },
      stash: { sub },
      result,
    });

  it("is the owner's: anyone else gets NotFound, as for a missing order", async () => {
    expect(
      (await run(`${C}/index`, 'request', { identity: backend, arguments: { id: '01JRDR00000000000000000000' } }))
        .error,
    ).toMatchObject({ errorType: 'Unauthorized' });
    expect(
      (
        await run(`${C}/index`, 'request', {
          identity: callers.shopper,
          arguments: { id: '01JRDR00000000000000000000' },
        })
      ).stash.sub,
    ).toBe('user-shopper');
    expect(
      (await run(`${C}/01.getOrder`, 'request', { arguments: { id: '01JRDR00000000000000000000' } })).result,
    ).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'ORDER#01JRDR00000000000000000000' }, sk: { S: 'ORDER' } },
      consistentRead: true,
    });
    const other = await getOrder(orderItem(), 'user-other');
    expect(other.error).toMatchObject({ errorType: 'NotFound', message: 'id: no order 01JRDR00000000000000000000' });
    expect(JSON.stringify(other.error)).not.toContain('Springfield');
    expect((await getOrder(null)).error).toMatchObject({ errorType: 'NotFound' });
  });

  it.each(STATUSES)('from %s: allowed only from PENDING_PAYMENT or PAID', async (status) => {
    const { error, stash } = await getOrder(orderItem({ status }));
    if (status === 'PENDING_PAYMENT' || status === 'PAID') {
      expect(error).toBeUndefined();
      expect(stash.change).toMatchObject({ from: status, to: 'CANCELLED' });
    } else {
      expect(error).toMatchObject({ errorType: 'InvalidTransition', errorInfo: { from: status, to: 'CANCELLED' } });
    }
  });

  it('cancels and restocks in one transaction; a racing change that won is InvalidTransition', async () => {
    const planned = await getOrder(orderItem({ status: 'PAID' }));
    const { result } = await run(`${C}/03.changeStatus`, 'request', { stash: planned.stash });
    expect(result.transactItems).toHaveLength(3);
    expect(result.transactItems[0].condition.expressionValues).toEqual({ ':status_eq': { S: 'PAID' } });
    const lost = await run(`${C}/03.changeStatus`, 'response', {
      stash: planned.stash,
      error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
      result: { cancellationReasons: [{ type: 'ConditionalCheckFailed' }, { type: 'None' }, { type: 'None' }] },
    });
    expect(lost.error).toMatchObject({ errorType: 'InvalidTransition' });
    expect(
      (await run(`${C}/index`, 'response', { prev: { result: { id: '01JRDR00000000000000000000' } } })).result,
    ).toEqual({
      id: '01JRDR00000000000000000000',
    });
  });
});
