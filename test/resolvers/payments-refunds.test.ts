// Refunds: refundOrder (admins; amounts, keys, the conditional record, the race) and cancelOrder of a
// PAID order (refunded in full first, the cancellation recording it in the same transaction).
import { beforeAll, describe, expect, it } from 'vitest';
import { builtResolvers } from '../support/built-resolvers.ts';
import { callers, run } from '../support/resolver-harness.ts';
import { backend, ORDER_ID, ORDER_KEY, orderItem, paidPayment, payment, PAYMENT_ENV } from './payment-fixtures.ts';

beforeAll(() => builtResolvers().then(() => undefined));

const R = 'orders/Mutation.refundOrder';
const C = 'orders/Mutation.cancelOrder';
const env = PAYMENT_ENV;
const admin = { identity: callers.admin, env };
const made = (amount: number, refundId = 're_1') => ({ refundId, amount, status: 'succeeded' });

describe('Mutation.refundOrder', () => {
  it('is for admins; amount ≤ 0 and a reason over 500 characters are ValidationErrors', async () => {
    for (const identity of [callers.shopper, backend]) {
      const { error } = await run(`${R}/index`, 'request', { identity, env, arguments: { id: ORDER_ID } });
      expect(error).toMatchObject({ errorType: 'Unauthorized', message: 'refundOrder is for admins' });
    }
    const bad = await run(`${R}/index`, 'request', {
      ...admin,
      arguments: { id: ORDER_ID, amount: 0, reason: 'x'.repeat(501) },
    });
    expect(bad.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['amount', 'reason'] } });
    const negative = await run(`${R}/index`, 'request', { ...admin, arguments: { id: ORDER_ID, amount: -5 } });
    expect(negative.error).toMatchObject({ errorType: 'ValidationError', errorInfo: { fields: ['amount'] } });
    const ok = await run(`${R}/index`, 'request', { ...admin, arguments: { id: ORDER_ID, reason: ' damaged ' } });
    expect(ok.stash.reason).toBe('damaged');
  });

  const getOrder = (result: unknown, args: Record<string, unknown> = {}) =>
    run(`${R}/01.getOrder`, 'response', { ...admin, arguments: { id: ORDER_ID, ...args }, result });

  it('never paid or already refunded in full is a ConflictError; a missing order NotFound', async () => {
    expect((await getOrder(null)).error).toMatchObject({ errorType: 'NotFound' });
    for (const item of [
      orderItem(),
      orderItem({ payment: payment() }),
      orderItem({ payment: payment({ status: 'FAILED' }) }),
      orderItem({ status: 'PAID', payment: paidPayment({ status: 'REFUNDED', refunded: 4200 }) }),
    ]) {
      expect((await getOrder(item)).error).toMatchObject({ errorType: 'ConflictError' });
    }
  });

  it('refunds what is left when amount is omitted; more is a ValidationError; keys name total and amount', async () => {
    const order = orderItem({ status: 'PAID', payment: paidPayment({ status: 'PARTIALLY_REFUNDED', refunded: 1000 }) });
    const all = await getOrder(order);
    expect(all.stash.refund).toEqual({ amount: 3200, key: `refund:${ORDER_ID}:1000:3200` });
    const part = await getOrder(order, { amount: 200 });
    expect(part.stash.refund).toEqual({ amount: 200, key: `refund:${ORDER_ID}:1000:200` });
    const over = await getOrder(order, { amount: 3201 });
    expect(over.error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['amount'], refundable: 3200 },
    });
  });

  it('asks payments for exactly that refund, and maps its failures', async () => {
    const order = orderItem({ status: 'PAID', payment: paidPayment() });
    const stash = { order, refund: { amount: 500, key: `refund:${ORDER_ID}:0:500` }, reason: 'damaged' };
    const { result } = await run(`${R}/02.refund.payments`, 'request', {
      ...admin,
      arguments: { id: ORDER_ID },
      stash,
    });
    expect(result).toEqual({
      operation: 'Invoke',
      payload: {
        operation: 'refund',
        orderId: ORDER_ID,
        paymentIntentId: 'pi_1',
        amount: 500,
        idempotencyKey: `refund:${ORDER_ID}:0:500`,
        reason: 'damaged',
      },
    });
    const respond = (extra: Record<string, unknown>) =>
      run(`${R}/02.refund.payments`, 'response', { ...admin, arguments: { id: ORDER_ID }, stash, ...extra });
    const down = await respond({ result: { error: { type: 'PaymentServiceError', message: 'unreachable' } } });
    expect(down.error).toMatchObject({ errorType: 'ConflictError', errorInfo: { service: 'payments' } });
    const over = await respond({
      result: { error: { type: 'ValidationError', message: 'already refunded', code: 'charge_already_refunded' } },
    });
    expect(over.error).toMatchObject({ errorType: 'ValidationError' });
    const failedRefund = await respond({ result: { refundId: 're_1', amount: 500, status: 'failed' } });
    expect(failedRefund.error).toMatchObject({ errorType: 'ConflictError', errorInfo: { refundStatus: 'failed' } });
    expect((await respond({ result: made(500) })).stash.refundMade).toEqual(made(500));
  });

  it('records a partial refund on the refunded total read', async () => {
    const order = orderItem({ status: 'PAID', payment: paidPayment() });
    const stash = { order, refundMade: made(500), reason: null };
    const { result, stash: after } = await run(`${R}/03.record`, 'request', { ...admin, stash });
    expect(result).toEqual({
      operation: 'UpdateItem',
      key: ORDER_KEY,
      update: {
        expression: 'SET #payment.#refunded = :s0, #payment.#status = :s1, #payment.#refundIds = :s2',
        expressionNames: {
          '#payment': 'payment',
          '#refunded': 'refunded',
          '#status': 'status',
          '#refundIds': 'refundIds',
        },
        expressionValues: { ':s0': { N: 500 }, ':s1': { S: 'PARTIALLY_REFUNDED' }, ':s2': { L: [{ S: 're_1' }] } },
      },
      condition: {
        expression: '#payment.#refunded = :c0',
        expressionNames: { '#payment': 'payment', '#refunded': 'refunded' },
        expressionValues: { ':c0': { N: 0 } },
      },
    });
    const out = await run(`${R}/03.record`, 'response', { ...admin, stash: after, result: {} });
    expect(out.stash.result).toMatchObject({
      status: 'PAID',
      payment: { status: 'PARTIALLY_REFUNDED', refunded: { amount: 500, currency: 'USD' } },
    });
  });

  it.each([
    ['PAID', true],
    ['DELIVERED', true],
    ['FULFILLING', false],
  ])(
    'the whole amount back from %s: payment REFUNDED; the order REFUNDED if the table allows (%s)',
    async (status, moves) => {
      const order = orderItem({ status, payment: paidPayment({ status: 'PARTIALLY_REFUNDED', refunded: 200 }) });
      const stash = { order, refundMade: made(4000, 're_2'), reason: 'returned' };
      const { result, stash: after } = await run(`${R}/03.record`, 'request', { ...admin, stash });
      expect(result.update.expressionValues[':s0']).toEqual({ N: 4200 });
      expect(result.update.expressionValues[':s1']).toEqual({ S: 'REFUNDED' });
      if (moves) {
        expect(result.update.expression).toContain('#status = :s3');
        expect(result.update.expression).toContain('#statusHistory = list_append(#statusHistory, :history)');
        expect(result.update.expressionValues[':s3']).toEqual({ S: 'REFUNDED' });
        expect(result.update.expressionValues[':s5']).toEqual({ S: 'ORDERS#REFUNDED' });
        expect(result.condition.expression).toBe('#payment.#refunded = :c0 AND #status = :c1');
        expect(result.condition.expressionValues).toEqual({ ':c0': { N: 200 }, ':c1': { S: status } });
      } else {
        expect(result.update.expression).not.toContain('#statusHistory');
        expect(result.condition.expression).toBe('#payment.#refunded = :c0');
      }
      const out = await run(`${R}/03.record`, 'response', { ...admin, stash: after, result: {} });
      expect(out.stash.result.status).toBe(moves ? 'REFUNDED' : status);
      expect(out.stash.result.payment.status).toBe('REFUNDED');
      if (moves) expect(out.stash.result.statusHistory.at(-1)).toMatchObject({ status: 'REFUNDED', note: 'returned' });
    },
  );

  it('a record that lost (a double click: one refund at Stripe) answers the order as it is now', async () => {
    const stash = { order: orderItem({ status: 'PAID', payment: paidPayment() }), refundMade: made(500), reason: null };
    const planned = await run(`${R}/03.record`, 'request', { ...admin, stash });
    const lost = await run(`${R}/03.record`, 'response', {
      ...admin,
      stash: planned.stash,
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'The conditional request failed' },
    });
    expect(lost.stash.lost).toBe(true);
    const read = await run(`${R}/04.readAfterRace`, 'request', {
      ...admin,
      arguments: { id: ORDER_ID },
      stash: lost.stash,
    });
    expect(read.result).toEqual({ operation: 'GetItem', key: ORDER_KEY, consistentRead: true });
    const now = orderItem({ status: 'PAID', payment: paidPayment({ status: 'PARTIALLY_REFUNDED', refunded: 500 }) });
    const answer = await run(`${R}/04.readAfterRace`, 'response', {
      ...admin,
      arguments: { id: ORDER_ID },
      stash: lost.stash,
      result: now,
    });
    expect(answer.stash.result.payment.refunded.amount).toBe(500);
    const skipped = await run(`${R}/04.readAfterRace`, 'request', { ...admin, arguments: { id: ORDER_ID }, stash: {} });
    expect(skipped.result).toBeNull();
  });
});

describe('Mutation.cancelOrder of a PAID order', () => {
  const shopper = { identity: callers.shopper, env, arguments: { id: ORDER_ID } };

  it('plans a full refund of what is left (the key refundOrder would use); an unpaid order none', async () => {
    const paidOrder = orderItem({
      status: 'PAID',
      payment: paidPayment({ status: 'PARTIALLY_REFUNDED', refunded: 200 }),
    });
    const planned = await run(`${C}/01.getOrder`, 'response', {
      ...shopper,
      stash: { sub: 'user-shopper' },
      result: paidOrder,
    });
    expect(planned.stash.refund).toEqual({ amount: 4000, key: `refund:${ORDER_ID}:200:4000` });
    expect(planned.stash.change.entry.note).toBe('Cancelled by the customer; the payment is refunded in full');
    const pending = await run(`${C}/01.getOrder`, 'response', {
      ...shopper,
      stash: { sub: 'user-shopper' },
      result: orderItem({ payment: payment() }),
    });
    expect(pending.stash.refund).toBeUndefined();
    expect((await run(`${C}/02.refund.payments`, 'request', { ...shopper, stash: pending.stash })).result).toBeNull();
    const invoke = await run(`${C}/02.refund.payments`, 'request', { ...shopper, stash: planned.stash });
    expect(invoke.result.payload).toEqual({
      operation: 'refund',
      orderId: ORDER_ID,
      paymentIntentId: 'pi_1',
      amount: 4000,
      idempotencyKey: `refund:${ORDER_ID}:200:4000`,
    });
    const down = await run(`${C}/02.refund.payments`, 'response', {
      ...shopper,
      stash: planned.stash,
      error: { type: 'Lambda:Unhandled', message: 'timeout' },
    });
    expect(down.error).toMatchObject({ errorType: 'ConflictError', message: expect.stringContaining('cancelOrder') });
  });

  it('cancels, records the refund and restocks in one transaction on the status and refunded total read', async () => {
    const paidOrder = orderItem({ status: 'PAID', payment: paidPayment() });
    const planned = await run(`${C}/01.getOrder`, 'response', {
      ...shopper,
      stash: { sub: 'user-shopper' },
      result: paidOrder,
    });
    const stash = { ...planned.stash, refundMade: made(4200) };
    const { result, stash: after } = await run(`${C}/03.changeStatus`, 'request', { ...shopper, stash });
    expect(result.operation).toBe('TransactWriteItems');
    expect(result.transactItems.map((i: any) => [i.operation, i.key.pk.S])).toEqual([
      ['UpdateItem', `ORDER#${ORDER_ID}`],
      ['UpdateItem', 'SKU#MUG-L'],
      ['UpdateItem', 'SKU#MUG-S'],
    ]);
    const [orderWrite, restock] = result.transactItems;
    expect(orderWrite.table).toBe('ShopTable');
    expect(orderWrite.condition).toEqual({
      expression: '#payment.#refunded = :c0 AND #status = :c1',
      expressionNames: { '#payment': 'payment', '#refunded': 'refunded', '#status': 'status' },
      expressionValues: { ':c0': { N: 0 }, ':c1': { S: 'PAID' } },
    });
    expect(orderWrite.update.expressionValues).toMatchObject({
      ':s0': { N: 4200 },
      ':s1': { S: 'REFUNDED' },
      ':s3': { S: 'CANCELLED' },
      ':s5': { S: 'ORDERS#CANCELLED' },
    });
    expect(restock.update).toEqual({
      expression: 'SET #stock = #stock + :quantity',
      expressionNames: { '#stock': 'stock' },
      expressionValues: { ':quantity': { N: 2 } },
    });
    const ok = await run(`${C}/03.changeStatus`, 'response', { ...shopper, stash: after, result: { keys: [] } });
    expect(ok.result).toMatchObject({
      status: 'CANCELLED',
      payment: { status: 'REFUNDED', refunded: { amount: 4200 } },
      statusHistory: [{ status: 'PENDING_PAYMENT' }, { status: 'CANCELLED' }],
    });
    const lost = await run(`${C}/03.changeStatus`, 'response', {
      ...shopper,
      stash: after,
      error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
      result: { cancellationReasons: [{ type: 'ConditionalCheckFailed' }, { type: 'None' }, { type: 'None' }] },
    });
    expect(lost.error).toMatchObject({ errorType: 'InvalidTransition', errorInfo: { refundId: 're_1' } });
  });
});
