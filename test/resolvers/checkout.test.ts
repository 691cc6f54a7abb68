// Checkout: input checks, the reads, the exact TransactWriteItems, and how its cancellation
// reasons (by index) become InsufficientStock, a retry's answer, or another attempt.
import { describe, expect, it } from 'vitest';
import { callers, ISO_TIME, run, ULID } from '../support/resolver-harness.ts';
import { productItem, variantItem } from './fixtures.ts';

const P = 'orders/Mutation.checkout';
const address = { name: ' Ada ', line1: '1 Main St', city: 'Springfield', country: 'US' };
const checkedAddress = {
  name: 'Ada',
  line1: '1 Main St',
  line2: null,
  city: 'Springfield',
  region: null,
  postalCode: null,
  country: 'US',
};
const line = (sku: string, quantity: number) => ({ sku, productId: '01JPRD00000000000000000000', quantity });
const batch = (...items: unknown[]) => ({ data: { ShopTable: items }, unprocessedKeys: { ShopTable: [] } });
const orderItem = (
  lines = [
    {
      sku: 'MUG-L',
      productId: '01JPRD00000000000000000000',
      name: 'Blue mug — Large',
      quantity: 2,
      unitPrice: 1500,
      lineTotal: 3000,
    },
  ],
) => ({
  id: '01JRDR00000000000000000000',
  customerId: 'user-shopper',
  status: 'PENDING_PAYMENT',
  lines,
  currency: 'USD',
  subtotal: lines.reduce((sum, l) => sum + l.lineTotal, 0),
  total: lines.reduce((sum, l) => sum + l.lineTotal, 0),
  shippingAddress: checkedAddress,
  statusHistory: [{ status: 'PENDING_PAYMENT', at: '2026-12-01T10:00:00.000Z', note: null }],
  idempotencyKey: 'key-00000001',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});
const choice = { country: 'US', region: null, shippingMethodId: null, code: null, codeReadable: false };
const nothingRead = { countryRate: null, regionRate: null, method: null, promotion: null, redeemed: false };
const placing = (order = orderItem(), cartVersion = 6) => ({
  sub: 'user-shopper',
  key: 'key-00000001',
  cart: { lines: order.lines.map((l) => line(l.sku, l.quantity)), version: cartVersion },
  choice,
  pricing: nothingRead,
  order,
});
const cancelled = (types: string[], items: Record<number, unknown> = {}) => ({
  error: {
    type: 'DynamoDB:TransactionCanceledException',
    message: 'Transaction cancelled, please refer cancellation reasons for specific reasons',
  },
  result: {
    keys: null,
    cancellationReasons: types.map((type, i) =>
      items[i] ? { type, message: 'x', item: items[i] } : { type, message: type === 'None' ? null : 'x' },
    ),
  },
});

describe('input', () => {
  it('checks the address (ISO alpha-2 country) and the key, naming every field, before any read', async () => {
    const { error } = await run(`${P}/index`, 'request', {
      identity: callers.shopper,
      arguments: { input: { shippingAddress: { ...address, name: '', country: 'us' }, idempotencyKey: 'short' } },
    });
    expect(error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['input.shippingAddress.name', 'input.shippingAddress.country', 'input.idempotencyKey'] },
    });
    const unassigned = await run(`${P}/index`, 'request', {
      identity: callers.shopper,
      arguments: { input: { shippingAddress: { ...address, country: 'XX' }, idempotencyKey: 'key-00000001' } },
    });
    expect(unassigned.error).toMatchObject({
      errorType: 'ValidationError',
      message: 'input.shippingAddress.country XX is not an assigned ISO 3166-1 alpha-2 code',
    });
    for (const idempotencyKey of ['x'.repeat(129), 'has space-123', 'näive-key-1']) {
      const bad = await run(`${P}/index`, 'request', {
        identity: callers.shopper,
        arguments: { input: { shippingAddress: address, idempotencyKey } },
      });
      expect(bad.error?.errorInfo.fields).toEqual(['input.idempotencyKey']);
    }
    const ok = await run(`${P}/index`, 'request', {
      identity: callers.shopper,
      arguments: { input: { shippingAddress: address, idempotencyKey: 'key-00000001' } },
    });
    expect(ok.stash).toMatchObject({ sub: 'user-shopper', key: 'key-00000001', address: checkedAddress });
    expect(
      (
        await run(`${P}/index`, 'request', {
          identity: { userArn: 'arn:aws:iam::1:user/b', accountId: '1' },
          arguments: { input: { shippingAddress: address, idempotencyKey: 'key-00000001' } },
        })
      ).error,
    ).toMatchObject({ errorType: 'Unauthorized' });
  });
});

describe('reads', () => {
  it('reads the idempotency record, the cart and the tax rate in one consistent BatchGetItem', async () => {
    const { result } = await run(`${P}/01.readCart`, 'request', {
      stash: { sub: 'user-shopper', key: 'key-00000001', choice },
    });
    expect(result).toEqual({
      operation: 'BatchGetItem',
      tables: {
        ShopTable: {
          consistentRead: true,
          keys: [
            { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CHECKOUT#key-00000001' } },
            { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CART' } },
            { pk: { S: 'TAXRATE#US' }, sk: { S: 'TAXRATE' } },
          ],
        },
      },
    });
    const fresh = await run(`${P}/01.readCart`, 'response', {
      stash: { choice },
      result: batch(null, { pk: 'CUSTOMER#user-shopper', sk: 'CART', lines: [line('MUG-L', 2)], version: 6 }),
    });
    expect(fresh.stash).toEqual({ choice, cart: { lines: [line('MUG-L', 2)], version: 6 }, pricing: nothingRead });
    const used = await run(`${P}/01.readCart`, 'response', {
      stash: { choice },
      result: batch(
        { pk: 'CUSTOMER#user-shopper', sk: 'CHECKOUT#key-00000001', orderId: '01JRDR00000000000000000000' },
        null,
      ),
    });
    expect(used.stash.orderId).toBe('01JRDR00000000000000000000');
  });

  it('checks an empty cart against the key once more: a placed order wins over "empty cart"', async () => {
    const stash = { sub: 'user-shopper', key: 'key-00000001', cart: { lines: [], version: 0 } };
    expect((await run(`${P}/02.recheckKey`, 'request', { stash })).result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CHECKOUT#key-00000001' } },
      consistentRead: true,
    });
    expect(
      (await run(`${P}/02.recheckKey`, 'response', { stash, result: { orderId: '01JRDR00000000000000000000' } })).stash
        .orderId,
    ).toBe('01JRDR00000000000000000000');
    const empty = await run(`${P}/02.recheckKey`, 'response', { stash, result: null });
    expect(empty.error).toMatchObject({
      errorType: 'ValidationError',
      message: 'The cart is empty: add something before checking out',
      errorInfo: { fields: ['cart'] },
    });
    // a non-empty cart or a known order skips the read
    expect(
      (
        await run(`${P}/02.recheckKey`, 'request', {
          stash: { ...stash, cart: { lines: [line('MUG-L', 1)], version: 1 } },
        })
      ).result,
    ).toBeNull();
  });

  it('prices the lines from the table, never from the client, and builds the order once', async () => {
    const stash = {
      sub: 'user-shopper',
      key: 'key-00000001',
      address: checkedAddress,
      cart: { lines: [line('MUG-L', 2), line('MUG-S', 1)], version: 6 },
      choice,
      pricing: nothingRead,
      expectedTotal: null,
    };
    const req = await run(`${P}/03.readCatalog`, 'request', { stash });
    expect(req.result.tables.ShopTable.keys).toEqual([
      { pk: { S: 'SKU#MUG-L' }, sk: { S: 'VARIANT' } },
      { pk: { S: 'SKU#MUG-S' }, sk: { S: 'VARIANT' } },
      { pk: { S: 'PRODUCT#01JPRD00000000000000000000' }, sk: { S: 'PRODUCT' } },
    ]);
    const { stash: after } = await run(`${P}/03.readCatalog`, 'response', {
      stash,
      result: batch(variantItem('MUG-L'), variantItem('MUG-S', { price: 999 }), productItem()),
    });
    expect(after.order.id).toMatch(ULID);
    expect(after.order.createdAt).toMatch(ISO_TIME);
    expect(after.order).toMatchObject({
      customerId: 'user-shopper',
      status: 'PENDING_PAYMENT',
      subtotal: 3999,
      total: 3999,
      totals: { subtotal: 3999, discount: 0, shipping: 0, tax: 0, total: 3999 },
      shippingMethod: null,
      promotionCode: null,
      taxRate: null,
      pricesIncludeTax: false,
      currency: 'USD',
      idempotencyKey: 'key-00000001',
      shippingAddress: checkedAddress,
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
          unitPrice: 999,
          lineTotal: 999,
        },
      ],
      statusHistory: [{ status: 'PENDING_PAYMENT', at: after.order.createdAt, note: null }],
    });
    expect((await run(`${P}/03.readCatalog`, 'request', { stash: { ...stash, orderId: '01OLD' } })).result).toBeNull();
  });

  it('reads 50 lines of 50 products in one BatchGetItem of exactly 100 keys', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => ({ sku: `SKU-${i}`, productId: `01P${i}`, quantity: 1 }));
    const { result } = await run(`${P}/03.readCatalog`, 'request', { stash: { cart: { lines, version: 1 } } });
    expect(result.tables.ShopTable.keys).toHaveLength(100);
  });
});

describe('the transaction', () => {
  const PLACE_ORDER_WRITES =
    'decrements each line on stock, ACTIVE and the price read; puts order and key if absent; ' +
    'removes the cart at its version';
  it(PLACE_ORDER_WRITES, async () => {
    const stash = placing(
      orderItem([
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
      ]),
    );
    const { result } = await run(`${P}/04.placeOrder`, 'request', { stash });
    expect(result.operation).toBe('TransactWriteItems');
    expect(result.transactItems).toHaveLength(6);
    expect(result.transactItems[0]).toEqual({
      table: 'ShopTable',
      operation: 'UpdateItem',
      key: { pk: { S: 'SKU#MUG-L' }, sk: { S: 'VARIANT' } },
      update: {
        expression: 'SET #expName_1 = #expName_1 - :expValue_1',
        expressionNames: { '#expName_1': 'stock' },
        expressionValues: { ':expValue_1': { N: 2 } },
      },
      condition: {
        expression: '(#stock >= :stock_ge) AND (#productStatus = :productStatus_eq) AND (#price = :price_eq)',
        expressionNames: { '#stock': 'stock', '#productStatus': 'productStatus', '#price': 'price' },
        expressionValues: { ':stock_ge': { N: 2 }, ':productStatus_eq': { S: 'ACTIVE' }, ':price_eq': { N: 1500 } },
      },
    });
    expect(result.transactItems[1].condition.expressionValues).toEqual({
      ':stock_ge': { N: 1 },
      ':productStatus_eq': { S: 'ACTIVE' },
      ':price_eq': { N: 1200 },
    });
    const absent = {
      expression: '(attribute_not_exists(#pk))',
      expressionNames: { '#pk': 'pk' },
      expressionValues: {},
    };
    expect(result.transactItems[2]).toMatchObject({
      operation: 'PutItem',
      key: { pk: { S: 'ORDER#01JRDR00000000000000000000' }, sk: { S: 'ORDER' } },
      condition: absent,
    });
    expect(result.transactItems[2].attributeValues).toMatchObject({
      entity: { S: 'Order' },
      status: { S: 'PENDING_PAYMENT' },
      total: { N: 4200 },
      customerId: { S: 'user-shopper' },
      gsi1pk: { S: 'CUSTOMER#user-shopper#ORDERS' },
      gsi1sk: { S: '01JRDR00000000000000000000' },
      gsi2pk: { S: 'ORDERS' },
      gsi3pk: { S: 'ORDERS#PENDING_PAYMENT' },
    });
    expect(result.transactItems[3]).toEqual({
      table: 'ShopTable',
      operation: 'PutItem',
      key: { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CHECKOUT#key-00000001' } },
      attributeValues: {
        entity: { S: 'CheckoutKey' },
        customerId: { S: 'user-shopper' },
        orderId: { S: '01JRDR00000000000000000000' },
        createdAt: { S: '2026-12-01T10:00:00.000Z' },
      },
      condition: absent,
    });
    expect(result.transactItems[4]).toEqual({
      table: 'ShopTable',
      operation: 'DeleteItem',
      key: { pk: { S: 'CUSTOMER#user-shopper' }, sk: { S: 'CART' } },
      condition: {
        expression: '(#version = :version_eq)',
        expressionNames: { '#version': 'version' },
        expressionValues: { ':version_eq': { N: 6 } },
      },
    });
    // no rate was read for US: the order is untaxed only if none appears before the commit
    expect(result.transactItems[5]).toEqual({
      table: 'ShopTable',
      operation: 'ConditionCheck',
      key: { pk: { S: 'TAXRATE#US' }, sk: { S: 'TAXRATE' } },
      condition: absent,
    });
  });

  it('holds 54 items for a full 50-line cart without a method or a code', async () => {
    const lines = Array.from({ length: 50 }, (_, i) => ({
      sku: `SKU-${i}`,
      productId: '01JPRD00000000000000000000',
      name: 'x',
      quantity: 1,
      unitPrice: 1,
      lineTotal: 1,
    }));
    const { result } = await run(`${P}/04.placeOrder`, 'request', { stash: placing(orderItem(lines)) });
    expect(result.transactItems).toHaveLength(54);
  });

  it('on success answers the order it wrote, without a read', async () => {
    const stash = placing();
    const ok = await run(`${P}/04.placeOrder`, 'response', { stash, result: { keys: [], cancellationReasons: null } });
    expect(ok.stash.placed).toBe(true);
    const answer = await run(`${P}/08.readOrder`, 'request', { stash: ok.stash });
    expect(answer.result).toMatchObject({
      id: '01JRDR00000000000000000000',
      status: 'PENDING_PAYMENT',
      total: { amount: 3000, currency: 'USD' },
      nextStatuses: ['PAID', 'CANCELLED'],
      lines: [{ unitPrice: { amount: 1500, currency: 'USD' } }],
    });
  });

  it('maps short lines back by index to InsufficientStock naming exactly those SKUs', async () => {
    const lines = ['A', 'B', 'C'].map((sku) => ({
      sku,
      productId: '01JPRD00000000000000000000',
      name: sku,
      quantity: 2,
      unitPrice: 100,
      lineTotal: 200,
    }));
    const stash = placing(orderItem(lines));
    const out = await run(`${P}/04.placeOrder`, 'response', {
      stash,
      ...cancelled(['ConditionalCheckFailed', 'None', 'ConditionalCheckFailed', 'None', 'None', 'None'], {
        0: variantItem('A', { stock: 1, price: 100 }),
        2: variantItem('C', { stock: 9, price: 100, productStatus: 'ARCHIVED' }),
      }),
    });
    expect(out.error).toMatchObject({
      errorType: 'InsufficientStock',
      message: 'Not enough stock for A, C; nothing was ordered',
      errorInfo: { skus: ['A', 'C'] },
    });
    const vanished = await run(`${P}/04.placeOrder`, 'response', {
      stash,
      ...cancelled(['None', 'ConditionalCheckFailed', 'None', 'None', 'None', 'None']),
    });
    expect(vanished.error).toMatchObject({ errorType: 'InsufficientStock', errorInfo: { skus: ['B'] } });
  });

  const PRICE_OR_CART_CHANGED =
    'tells a price changed since the read (stock enough) and a cart changed meanwhile apart from short stock';
  it(PRICE_OR_CART_CHANGED, async () => {
    const stash = placing();
    const price = await run(`${P}/04.placeOrder`, 'response', {
      stash,
      ...cancelled(['ConditionalCheckFailed', 'None', 'None', 'None'], { 0: variantItem('MUG-L', { price: 1600 }) }),
    });
    expect(price.error).toMatchObject({
      errorType: 'ConflictError',
      message: 'A price in the cart changed during checkout; read the cart again and retry',
    });
    const cart = await run(`${P}/04.placeOrder`, 'response', {
      stash,
      ...cancelled(['None', 'None', 'None', 'ConditionalCheckFailed']),
    });
    expect(cart.error).toMatchObject({
      errorType: 'ConflictError',
      message: 'The cart changed during checkout; read it again and retry',
    });
  });

  it("a used key (the record's condition failed) answers the order it names, whatever else failed", async () => {
    const stash = placing();
    const out = await run(`${P}/04.placeOrder`, 'response', {
      stash,
      ...cancelled(['ConditionalCheckFailed', 'None', 'ConditionalCheckFailed', 'ConditionalCheckFailed'], {
        0: variantItem('MUG-L', { stock: 0 }),
        2: { orderId: '01FIRST' },
      }),
    });
    expect(out.error).toBeUndefined();
    expect(out.stash.orderId).toBe('01FIRST');
    const read = await run(`${P}/08.readOrder`, 'request', { stash: out.stash });
    expect(read.result).toEqual({
      operation: 'GetItem',
      key: { pk: { S: 'ORDER#01FIRST' }, sk: { S: 'ORDER' } },
      consistentRead: true,
    });
    const first = await run(`${P}/08.readOrder`, 'response', {
      stash: out.stash,
      result: { ...orderItem(), id: '01FIRST' },
    });
    expect(first.result.id).toBe('01FIRST');
    expect(
      (
        await run(`${P}/08.readOrder`, 'response', {
          stash: out.stash,
          result: { ...orderItem(), customerId: 'someone-else' },
        })
      ).error,
    ).toMatchObject({ errorType: 'NotFound' });
    // without the item in the reason, 07 reads the record (consistently) first
    const noItem = await run(`${P}/04.placeOrder`, 'response', {
      stash,
      ...cancelled(['None', 'None', 'ConditionalCheckFailed', 'None']),
    });
    expect(noItem.stash.readKey).toBe(true);
    expect((await run(`${P}/07.readKey`, 'request', { stash: noItem.stash })).result).toMatchObject({
      operation: 'GetItem',
      consistentRead: true,
      key: { sk: { S: 'CHECKOUT#key-00000001' } },
    });
    expect(
      (await run(`${P}/07.readKey`, 'response', { stash: noItem.stash, result: { orderId: '01FIRST' } })).stash.orderId,
    ).toBe('01FIRST');
    expect((await run(`${P}/07.readKey`, 'request', { stash })).result).toBeNull();
  });

  it('tries the same transaction again after a TransactionConflict, 3 attempts, then asks the key', async () => {
    const stash = placing();
    const conflict = cancelled(['TransactionConflict', 'None', 'None', 'None']);
    const first = await run(`${P}/04.placeOrder`, 'response', { stash, ...conflict });
    expect(first.stash.retry).toBe(true);
    const again = await run(`${P}/05.retryPlaceOrder`, 'request', { stash: first.stash });
    expect(again.result.transactItems).toEqual(
      (await run(`${P}/04.placeOrder`, 'request', { stash })).result.transactItems,
    );
    expect((await run(`${P}/05.retryPlaceOrder`, 'response', { stash: first.stash, ...conflict })).stash.retry).toBe(
      true,
    );
    const last = await run(`${P}/06.retryPlaceOrderAgain`, 'response', { stash: first.stash, ...conflict });
    expect(last.stash).toMatchObject({ retry: false, readKey: true });
    // a concurrent attempt with the same key may have won meanwhile: its order is the answer
    expect(
      (await run(`${P}/07.readKey`, 'response', { stash: last.stash, result: { orderId: '01WINNER' } })).stash.orderId,
    ).toBe('01WINNER');
    const nobody = await run(`${P}/07.readKey`, 'response', { stash: last.stash, result: null });
    expect(nobody.error).toMatchObject({
      errorType: 'ConflictError',
      message: 'Checkout could not be completed; retry with the same idempotencyKey',
    });
    expect((await run(`${P}/08.readOrder`, 'request', { stash: { ...stash, retry: false } })).error).toMatchObject({
      errorType: 'ConflictError',
    });
    expect((await run(`${P}/06.retryPlaceOrderAgain`, 'request', { stash })).result).toBeNull();
    const done = await run(`${P}/05.retryPlaceOrder`, 'response', { stash: first.stash, result: { keys: [] } });
    expect(done.stash).toMatchObject({ placed: true, retry: false });
  });

  it('re-raises any other data-source error', async () => {
    const out = await run(`${P}/04.placeOrder`, 'response', {
      stash: placing(),
      error: { type: 'DynamoDB:DynamoDbException', message: 'boom' },
      result: null,
    });
    expect(out.error).toMatchObject({ errorType: 'DynamoDB:DynamoDbException', message: 'boom' });
  });

  it('skips the write when an earlier step found the order', async () => {
    expect(
      (await run(`${P}/04.placeOrder`, 'request', { stash: { ...placing(), orderId: '01FIRST' } })).result,
    ).toBeNull();
    expect((await run(`${P}/index`, 'response', { prev: { result: { id: '01FIRST' } } })).result).toEqual({
      id: '01FIRST',
    });
  });
});
