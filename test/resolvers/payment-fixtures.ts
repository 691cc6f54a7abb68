// Orders with payments as the table stores them (docs/data-model.md), for the payment resolver tests.
export const ORDER_ID = '01JRDR00000000000000000000';
export const ORDER_KEY = { pk: { S: `ORDER#${ORDER_ID}` }, sk: { S: 'ORDER' } };
export const PAYMENT_ENV = {
  TABLE_NAME: 'ShopTable',
  CURRENCY: 'USD',
  STOREFRONT_ORIGINS: 'http://127.0.0.1:4000, http://localhost:4000/',
  UNPAID_ORDER_MINUTES: '30',
};
export const backend = {
  accountId: '123456789012',
  userArn: 'arn:aws:iam::123456789012:role/payment-webhook',
  username: 'payment-webhook',
  sourceIp: ['127.0.0.1'],
};

export function payment(overrides: Record<string, unknown> = {}) {
  return {
    status: 'UNPAID',
    amount: 4200,
    refunded: 0,
    failureMessage: null,
    attempt: 1,
    sessionId: 'cs_test_1',
    sessionUrl: 'http://127.0.0.1:4242/c/pay/cs_test_1',
    sessionExpiresAt: '2026-12-01T10:31:00.000Z',
    paymentIntentId: null,
    refundIds: [],
    ...overrides,
  };
}

export const paidPayment = (overrides: Record<string, unknown> = {}) =>
  payment({ status: 'PAID', paymentIntentId: 'pi_1', ...overrides });

export function orderItem(overrides: Record<string, unknown> = {}) {
  return {
    pk: `ORDER#${ORDER_ID}`,
    sk: 'ORDER',
    entity: 'Order',
    id: ORDER_ID,
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
    gsi1pk: 'CUSTOMER#user-shopper#ORDERS',
    gsi1sk: ORDER_ID,
    gsi2pk: 'ORDERS',
    gsi2sk: ORDER_ID,
    gsi3pk: 'ORDERS#PENDING_PAYMENT',
    gsi3sk: ORDER_ID,
    createdAt: '2026-12-01T10:00:00.000Z',
    updatedAt: '2026-12-01T10:00:00.000Z',
    ...overrides,
  };
}

/** An ISO time `minutes` from now (negative: ago). */
export const minutesFromNow = (minutes: number) => new Date(Date.now() + minutes * 60000).toISOString();
