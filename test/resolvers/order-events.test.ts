// The internal publish mutations answer a stream image as the Order the order resolvers show, and
// refuse anything else; the subscriptions authorize once, at subscribe time.
import { describe, expect, it } from 'vitest';
import { callers, run } from '../support/resolver-harness.ts';

const backend = {
  accountId: '000000000000',
  userArn: 'arn:aws:iam::000000000000:user/order-events',
  username: 'fn',
  sourceIp: ['127.0.0.1'],
};
const image = {
  pk: 'ORDER#01JRDR00000000000000000000',
  sk: 'ORDER',
  entity: 'Order',
  id: '01JRDR00000000000000000000',
  customerId: 'user-shopper',
  status: 'PAID',
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
  ],
  subtotal: 3000,
  total: 3000,
  shippingAddress: { name: 'Ada', line1: '1 Main St', city: 'Springfield', country: 'US' },
  statusHistory: [
    { status: 'PENDING_PAYMENT', at: '2026-12-01T10:00:00.000Z' },
    { status: 'PAID', at: '2026-12-01T10:05:00.000Z', note: 'pay-1' },
  ],
  idempotencyKey: 'key-00000001',
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:05:00.000Z',
  gsi1pk: 'CUSTOMER#user-shopper#ORDERS',
  gsi1sk: '01JRDR00000000000000000000',
};

describe.each(['orders/Mutation.publishOrderPlaced.none', 'orders/Mutation.publishOrderStatusChanged.none'])(
  '%s',
  (path) => {
    it('answers the image as the whole Order, with nextStatuses from the transition table', async () => {
      const { result } = await run(path, 'request', { identity: backend, arguments: { item: image } });
      expect(result.payload).toEqual({
        id: '01JRDR00000000000000000000',
        customerId: 'user-shopper',
        status: 'PAID',
        lines: [
          {
            sku: 'MUG-L',
            productId: '01JPRD00000000000000000000',
            name: 'Blue mug — Large',
            quantity: 2,
            unitPrice: { amount: 1500, currency: 'USD' },
            lineTotal: { amount: 3000, currency: 'USD' },
          },
        ],
        subtotal: { amount: 3000, currency: 'USD' },
        total: { amount: 3000, currency: 'USD' },
        totals: {
          subtotal: { amount: 3000, currency: 'USD' },
          discount: { amount: 0, currency: 'USD' },
          shipping: { amount: 0, currency: 'USD' },
          tax: { amount: 0, currency: 'USD' },
          total: { amount: 3000, currency: 'USD' },
        },
        shippingMethod: null,
        promotionCode: null,
        shippingAddress: image.shippingAddress,
        statusHistory: [
          { status: 'PENDING_PAYMENT', at: '2026-12-01T10:00:00.000Z', note: null },
          { status: 'PAID', at: '2026-12-01T10:05:00.000Z', note: 'pay-1' },
        ],
        nextStatuses: ['FULFILLING', 'CANCELLED', 'REFUNDED'],
        createdAt: '2026-12-01T10:00:00.000Z',
        updatedAt: '2026-12-01T10:05:00.000Z',
      });
      expect(
        (await run(path, 'response', { identity: backend, arguments: { item: image }, result: result.payload })).result,
      ).toEqual(result.payload);
    });

    it.each([
      ['a variant item', { pk: 'SKU#A', sk: 'VARIANT', entity: 'Variant' }],
      ['an order with an unknown status', { ...image, status: 'LOST' }],
      ['no item', null],
    ])('refuses %s with a ValidationError', async (_what, item) => {
      const { error } = await run(path, 'request', { identity: backend, arguments: { item } });
      expect(error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['item'] } });
    });
  },
);

describe('subscriptions authorize at subscribe time', () => {
  it('onOrderPlaced: admins only', async () => {
    const path = 'orders/Subscription.onOrderPlaced.none';
    expect((await run(path, 'request', { identity: callers.shopper, arguments: {} })).error).toMatchObject({
      errorType: 'Unauthorized',
    });
    expect((await run(path, 'request', { identity: callers.admin, arguments: {} })).result).toEqual({ payload: null });
  });

  it('onOrderStatusChanged: any signed-in user, never an anonymous or IAM caller', async () => {
    const path = 'orders/Subscription.onOrderStatusChanged.none';
    expect((await run(path, 'request', { identity: callers.shopper, arguments: {} })).result).toEqual({
      payload: null,
    });
    expect((await run(path, 'request', { identity: backend, arguments: {} })).error).toMatchObject({
      errorType: 'Unauthorized',
    });
  });
});
