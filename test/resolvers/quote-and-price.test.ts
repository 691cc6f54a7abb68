// quoteCart's steps and what pricing adds to checkout, through the built bundles in our APPSYNC_JS
// runtime: the keys read, the refusals, the transaction's pricing items and how their cancellation
// reasons read (a limit reached, a code switched off, a customer's second use, any other change).
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';
import { productItem, variantItem } from './fixtures.ts';

const Q = 'cart/Query.quoteCart';
const C = 'orders/Mutation.checkout';
const address = { name: 'Ada', line1: '1 Main St', city: 'Springfield', region: 'ca ', country: 'US' };
const choice = { country: 'US', region: 'CA', shippingMethodId: '01JSHIP', code: 'TENOFF', codeReadable: true };
const batch = (...items: unknown[]) => ({ data: { ShopTable: items }, unprocessedKeys: { ShopTable: [] } });
const key = (pk: string, sk: string) => ({ pk: { S: pk }, sk: { S: sk } });
const method = (overrides: Record<string, unknown> = {}) => ({
  pk: 'SHIPPINGMETHOD#01JSHIP',
  sk: 'SHIPPINGMETHOD',
  id: '01JSHIP',
  name: 'Express',
  countries: ['CA', 'US'],
  price: 1500,
  freeOver: null,
  active: true,
  revision: 'REV-M',
  ...overrides,
});
const rate = (region: string | null, value: number) => ({
  pk: 'TAXRATE#US',
  sk: region ? `TAXRATE#${region}` : 'TAXRATE',
  country: 'US',
  region,
  rate: value,
  name: 'Sales tax',
  revision: `REV-${region ?? 'US'}`,
});
const code = (overrides: Record<string, unknown> = {}) => ({
  pk: 'PROMOCODE#TENOFF',
  sk: 'PROMOCODE',
  code: 'TENOFF',
  percentOff: 10,
  oncePerCustomer: false,
  active: true,
  redemptions: 3,
  maxRedemptions: null,
  revision: 'REV-C',
  ...overrides,
});
const read = (overrides: Record<string, unknown> = {}) => ({
  countryRate: rate(null, 600),
  regionRate: rate('CA', 825),
  method: method(),
  promotion: code(),
  redeemed: false,
  ...overrides,
});

describe('quoteCart', () => {
  it('needs a signed-in caller and a valid address; normalises region and code', async () => {
    const anonymous = await run(`${Q}/index`, 'request', { identity: null, arguments: { input: {} } });
    expect(anonymous.error?.errorType).toBe('Unauthorized');
    const bad = await run(`${Q}/index`, 'request', {
      identity: callers.shopper,
      arguments: { input: { shippingAddress: { ...address, country: 'usa' } } },
    });
    expect(bad.error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['input.shippingAddress.country'] },
    });
    const ok = await run(`${Q}/index`, 'request', {
      identity: callers.shopper,
      arguments: { input: { shippingAddress: address, shippingMethodId: '01JSHIP', promotionCode: ' tenOff' } },
    });
    expect(ok.stash.choice).toEqual(choice);
  });

  it('reads the cart, both rates, the method, the code and the caller’s use of it in one BatchGetItem', async () => {
    const { result } = await run(`${Q}/01.read`, 'request', { stash: { sub: 'user-shopper', choice } });
    expect(result.tables.ShopTable).toEqual({
      consistentRead: true,
      keys: [
        key('CUSTOMER#user-shopper', 'CART'),
        key('TAXRATE#US', 'TAXRATE'),
        key('TAXRATE#US', 'TAXRATE#CA'),
        key('SHIPPINGMETHOD#01JSHIP', 'SHIPPINGMETHOD'),
        key('PROMOCODE#TENOFF', 'PROMOCODE'),
        key('CUSTOMER#user-shopper', 'REDEMPTION#TENOFF'),
      ],
    });
  });

  it.each([
    ['unknown', null],
    ['inactive', method({ active: false })],
    ['not serving the country', method({ countries: ['DE'] })],
  ])('refuses a method that is %s as a ValidationError naming the field', async (_what, stored) => {
    const out = await run(`${Q}/01.read`, 'response', { stash: { choice }, result: batch(null, stored) });
    expect(out.error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['input.shippingMethodId'] },
    });
  });

  it('quotes an empty cart without a catalog read', async () => {
    const out = await run(`${Q}/02.readCatalog`, 'request', { stash: { cart: { lines: [], version: 0 } } });
    expect(out.result).toBeNull();
    expect(out.stash.lineTotals).toEqual([]);
  });

  it('prices with the region’s rate and lists the methods serving the country, cheapest first', async () => {
    const items = [
      method({ id: 'B', name: 'Express', price: 1500 }),
      method({ id: 'A', name: 'Standard', price: 500 }),
      method({ id: 'C', name: 'Off', price: 1, active: false }),
      method({ id: 'D', name: 'Germany', price: 2, countries: ['DE'] }),
    ];
    const out = await run(`${Q}/03.listMethods`, 'response', {
      stash: { choice, pricing: read(), lineTotals: [3000, 999] },
      result: { items },
    });
    expect(out.result.shippingMethods.map((m: any) => m.id)).toEqual(['A', 'B']);
    // 10 % of 3999 = 400 shared 300 / 100; tax 8.25 % of 2700, 899, 1500 = 223 + 74 + 124
    expect(out.result.totals).toMatchObject({
      subtotal: { amount: 3999, currency: 'USD' },
      discount: { amount: 400 },
      shipping: { amount: 1500 },
      tax: { amount: 421 },
      total: { amount: 5520 },
    });
  });

  it.each([
    ['INACTIVE', { promotion: code({ active: false }) }],
    ['NOT_STARTED', { promotion: code({ startsAt: '2999-01-01T00:00:00.000Z' }) }],
    ['EXPIRED', { promotion: code({ endsAt: '2020-01-01T00:00:00.000Z' }) }],
    ['USED_UP', { promotion: code({ maxRedemptions: 3 }) }],
    ['BELOW_MINIMUM', { promotion: code({ minSubtotal: 4000 }) }],
    ['ALREADY_USED', { promotion: code({ oncePerCustomer: true }), redeemed: true }],
    ['UNKNOWN', { promotion: null }],
  ])('rejects a code %s', async (reason, overrides) => {
    const out = await run(`${Q}/03.listMethods`, 'response', {
      stash: { choice, pricing: read(overrides), lineTotals: [3999] },
      result: { items: [] },
    });
    expect(out.error).toMatchObject({
      errorType: 'PromotionCodeRejected',
      errorInfo: { reason, code: 'TENOFF', fields: ['input.promotionCode'] },
    });
  });
});

describe('checkout with pricing', () => {
  const stash = {
    sub: 'user-shopper',
    key: 'key-00000001',
    address: { ...address, region: 'ca' },
    cart: { lines: [{ sku: 'MUG-L', productId: '01JPRD00000000000000000000', quantity: 2 }], version: 6 },
    choice,
    pricing: read({ promotion: code({ oncePerCustomer: true, maxRedemptions: 10 }) }),
    expectedTotal: null as number | null,
  };
  const priced = async (expectedTotal: number | null) =>
    run(`${C}/03.readCatalog`, 'response', {
      stash: { ...stash, expectedTotal },
      result: batch(variantItem('MUG-L'), productItem()),
    });

  it('keeps on the order what it was placed with, and refuses another expected total', async () => {
    const { stash: after } = await priced(null);
    expect(after.order).toMatchObject({
      subtotal: 3000,
      total: 2700 + 1500 + 223 + 124,
      totals: { subtotal: 3000, discount: 300, shipping: 1500, tax: 347, total: 4547 },
      shippingMethod: { id: '01JSHIP', name: 'Express', price: 1500 },
      promotionCode: 'TENOFF',
      taxRate: { country: 'US', region: 'CA', rate: 825, name: 'Sales tax' },
      pricesIncludeTax: false,
      lines: [{ sku: 'MUG-L', lineTotal: 3000, discount: 300, tax: 223 }],
    });
    expect((await priced(4547)).error).toBeUndefined();
    expect((await priced(4546)).error).toMatchObject({
      errorType: 'ConflictError',
      errorInfo: { fields: ['input.expectedTotal'], total: 4547, expectedTotal: 4546 },
    });
  });

  it('conditions the commit on the method, the region’s rate and the code, counting the redemption', async () => {
    const { stash: after } = await priced(null);
    const { result, stash: placed } = await run(`${C}/04.placeOrder`, 'request', { stash: after });
    expect(placed.pricingRoles).toEqual(['method', 'rate', 'promotion', 'redemption']);
    const items = result.transactItems.slice(4);
    expect(items.map((i: any) => [i.operation, i.key.pk.S, i.key.sk.S])).toEqual([
      ['ConditionCheck', 'SHIPPINGMETHOD#01JSHIP', 'SHIPPINGMETHOD'],
      ['ConditionCheck', 'TAXRATE#US', 'TAXRATE#CA'],
      ['UpdateItem', 'PROMOCODE#TENOFF', 'PROMOCODE'],
      ['PutItem', 'CUSTOMER#user-shopper', 'REDEMPTION#TENOFF'],
    ]);
    expect(items[2].condition.expressionValues).toEqual({
      ':revision_eq': { S: 'REV-C' },
      ':active_eq': { BOOL: true },
      ':redemptions_lt': { N: 10 },
    });
    expect(items[2].update.expressionNames).toEqual({ '#expName_1': 'redemptions' });
  });

  const refused = (pricingReasons: unknown[]) => ({
    error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
    result: {
      cancellationReasons: [
        { type: 'None' },
        { type: 'None' },
        { type: 'None' },
        { type: 'None' },
        ...pricingReasons.map((r) => r ?? { type: 'None' }),
      ],
    },
  });
  it.each([
    ['USED_UP', [null, null, { type: 'ConditionalCheckFailed', item: code({ redemptions: 10, maxRedemptions: 10 }) }]],
    ['INACTIVE', [null, null, { type: 'ConditionalCheckFailed', item: code({ active: false }) }]],
    ['ALREADY_USED', [null, null, null, { type: 'ConditionalCheckFailed', item: { orderId: 'X' } }]],
  ])('reads a refused code as %s', async (reason, reasons) => {
    const { stash: after } = await priced(null);
    const placed = await run(`${C}/04.placeOrder`, 'request', { stash: after });
    const out = await run(`${C}/04.placeOrder`, 'response', { stash: placed.stash, ...refused(reasons) });
    expect(out.error).toMatchObject({ errorType: 'PromotionCodeRejected', errorInfo: { reason } });
  });

  it('reads a changed method, rate or code as a ConflictError', async () => {
    const { stash: after } = await priced(null);
    const placed = await run(`${C}/04.placeOrder`, 'request', { stash: after });
    for (const reasons of [
      [{ type: 'ConditionalCheckFailed' }],
      [null, { type: 'ConditionalCheckFailed' }],
      [null, null, { type: 'ConditionalCheckFailed', item: code({ revision: 'NEW' }) }],
    ]) {
      const out = await run(`${C}/04.placeOrder`, 'response', { stash: placed.stash, ...refused(reasons) });
      expect(out.error?.errorType).toBe('ConflictError');
    }
  });
});

describe('giving a redemption back', () => {
  const order = {
    id: '01JRDR00000000000000000000',
    customerId: 'user-shopper',
    status: 'PENDING_PAYMENT',
    lines: [{ sku: 'MUG-L', quantity: 2 }],
    promotionCode: 'TENOFF',
  };
  const change = (from: string) => ({
    from,
    to: 'CANCELLED',
    entry: { status: 'CANCELLED', at: '2026-12-01T10:00:00.000Z', note: null },
  });
  const writes = async (path: string, from: string) =>
    (await run(path, 'request', { stash: { order: { ...order, status: from }, change: change(from) } })).result
      .transactItems as any[];

  it.each(['orders/Mutation.expireOrder/02.cancel', 'orders/Mutation.updateOrderStatus/02.changeStatus'])(
    '%s: an unpaid order cancelled decrements the code and deletes the customer’s redemption',
    async (path) => {
      const items = await writes(path, 'PENDING_PAYMENT');
      expect(items.map((i) => [i.operation, i.key.pk.S, i.key.sk.S])).toEqual([
        ['UpdateItem', 'ORDER#01JRDR00000000000000000000', 'ORDER'],
        ['UpdateItem', 'SKU#MUG-L', 'VARIANT'],
        ['UpdateItem', 'PROMOCODE#TENOFF', 'PROMOCODE'],
        ['DeleteItem', 'CUSTOMER#user-shopper', 'REDEMPTION#TENOFF'],
      ]);
      expect(items[2].update.expression).toContain('-');
    },
  );

  it('a paid order cancelled keeps its redemption', async () => {
    const items = await writes('orders/Mutation.updateOrderStatus/02.changeStatus', 'PAID');
    expect(items.map((i) => i.key.pk.S)).toEqual(['ORDER#01JRDR00000000000000000000', 'SKU#MUG-L']);
  });
});
