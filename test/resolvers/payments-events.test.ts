// recordPaymentEvent (each event type per docs/payments.md, at most once, never backwards) and
// expireOrder (only an old PENDING_PAYMENT order; a payment winning the race leaves it alone); the
// event transaction is also run on DynamoDB Local with real concurrent duplicate deliveries.
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { createDynamoDbDataSource, type DataSource } from '../../local/datasources/index.ts';
import { builtResolvers } from '../support/built-resolvers.ts';
import { createTable, uniqueTableName, useDynamoDbLocal } from '../support/dynamodb-local.ts';
import { callers, run } from '../support/resolver-harness.ts';
import { backend, minutesFromNow, ORDER_ID, orderItem, paidPayment, payment, PAYMENT_ENV } from './payment-fixtures.ts';

beforeAll(() => builtResolvers().then(() => undefined));

const E = 'orders/Mutation.recordPaymentEvent';
const X = 'orders/Mutation.expireOrder';
const env = PAYMENT_ENV;
const iam = { identity: backend, env };
const completed = (overrides: Record<string, unknown> = {}) => ({
  eventId: 'evt_1',
  type: 'checkout.session.completed',
  orderId: ORDER_ID,
  sessionId: 'cs_test_1',
  paymentIntentId: 'pi_1',
  amount: 4200,
  currency: 'USD',
  ...overrides,
});

/** 01.read's response for `order` (no record of the event yet): the plan. */
const plan = (input: Record<string, unknown>, order: unknown, record: unknown = null) =>
  run(`${E}/01.read`, 'response', {
    ...iam,
    arguments: { input },
    result: { data: { ShopTable: [record, order] } },
  });

describe('Mutation.recordPaymentEvent: input and reads', () => {
  it('is IAM only; malformed input is a ValidationError; an id the API cannot have made names no order', async () => {
    const shopper = await run(`${E}/index`, 'request', {
      identity: callers.shopper,
      env,
      arguments: { input: completed() },
    });
    expect(shopper.error).toMatchObject({ errorType: 'Unauthorized' });
    const bad = await run(`${E}/index`, 'request', {
      ...iam,
      arguments: { input: completed({ eventId: 'evt 1', amount: -1, currency: 'dollars' }) },
    });
    expect(bad.error).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { fields: ['input.eventId', 'input.amount', 'input.currency'] },
    });
    const nobody = await run(`${E}/index`, 'request', {
      ...iam,
      arguments: { input: completed({ orderId: 'ord_x' }) },
    });
    expect(nobody.stash.answer).toEqual({ applied: false, refundDue: null, order: null });
    expect(
      (await run(`${E}/01.read`, 'request', { ...iam, arguments: { input: completed() }, stash: nobody.stash })).result,
    ).toBeNull();
  });

  it("reads the event's record and the order in one consistent BatchGetItem", async () => {
    const { result } = await run(`${E}/01.read`, 'request', { ...iam, arguments: { input: completed() } });
    expect(result).toEqual({
      operation: 'BatchGetItem',
      tables: {
        ShopTable: {
          keys: [
            { pk: { S: 'PAYMENTEVENT#evt_1' }, sk: { S: 'PAYMENTEVENT' } },
            { pk: { S: `ORDER#${ORDER_ID}` }, sk: { S: 'ORDER' } },
          ],
          consistentRead: true,
        },
      },
    });
  });

  it('a recorded event answers what it did the first time, including the refund due', async () => {
    const record = { pk: 'PAYMENTEVENT#evt_1', sk: 'PAYMENTEVENT', eventId: 'evt_1', refundDue: 4200 };
    const { stash } = await plan(completed(), orderItem({ status: 'CANCELLED' }), record);
    expect(stash.answer).toMatchObject({ applied: false, refundDue: 4200, order: { status: 'CANCELLED' } });
    const missing = await plan(completed(), null);
    expect(missing.stash.answer).toEqual({ applied: false, refundDue: null, order: null });
  });
});

describe('Mutation.recordPaymentEvent: what each event does', () => {
  it('a paid session for the total: PENDING_PAYMENT → PAID with the event record, one transaction', async () => {
    const { stash } = await plan(completed(), orderItem({ payment: payment() }));
    const { result } = await run(`${E}/02.apply`, 'request', { ...iam, arguments: { input: completed() }, stash });
    expect(result.operation).toBe('TransactWriteItems');
    const [record, order] = result.transactItems;
    expect(record).toMatchObject({
      table: 'ShopTable',
      operation: 'PutItem',
      key: { pk: { S: 'PAYMENTEVENT#evt_1' }, sk: { S: 'PAYMENTEVENT' } },
      condition: { expression: 'attribute_not_exists(#pk)', expressionNames: { '#pk': 'pk' } },
    });
    expect(record.attributeValues).toMatchObject({
      type: { S: 'checkout.session.completed' },
      applied: { BOOL: true },
      refundDue: { NULL: null },
    });
    expect(order.condition).toEqual({
      expression: '#status = :c0',
      expressionNames: { '#status': 'status' },
      expressionValues: { ':c0': { S: 'PENDING_PAYMENT' } },
    });
    expect(order.update.expression).toBe(
      'SET #payment.#status = :s0, #payment.#amount = :s1, #payment.#failureMessage = :s2, ' +
        '#payment.#paymentIntentId = :s3, #payment.#sessionId = :s4, #status = :s5, #updatedAt = :s6, #gsi3pk = :s7, ' +
        '#statusHistory = list_append(#statusHistory, :history)',
    );
    expect(order.update.expressionValues[':s7']).toEqual({ S: 'ORDERS#PAID' });
    const done = await run(`${E}/02.apply`, 'response', {
      ...iam,
      arguments: { input: completed() },
      stash,
      result: {},
    });
    expect(done.stash.answer).toMatchObject({
      applied: true,
      refundDue: null,
      order: { status: 'PAID', nextStatuses: ['FULFILLING', 'CANCELLED', 'REFUNDED'], payment: { status: 'PAID' } },
    });
    expect(done.stash.answer.order.statusHistory.at(-1)).toMatchObject({
      status: 'PAID',
      note: 'Paid through Stripe (pi_1)',
    });
  });

  it('another amount or currency leaves the order pending, the payment FAILED, and the money due back', async () => {
    for (const input of [completed({ amount: 4199 }), completed({ currency: 'eur' })]) {
      const { stash } = await plan(input, orderItem({ payment: payment() }));
      expect(stash.plan.refundDue).toBe(input.amount);
      expect(stash.plan.write.sets).toEqual({
        'payment.status': 'FAILED',
        'payment.failureMessage': 'The amount paid did not match the order; it is being refunded',
      });
      expect(stash.plan.write.conditions).toEqual({ status: 'PENDING_PAYMENT' });
    }
  });

  it('money for a cancelled (expired) order is refunded, never resurrecting it; a second payment too', async () => {
    const late = await plan(completed(), orderItem({ status: 'CANCELLED', payment: payment() }));
    expect(late.stash.plan.refundDue).toBe(4200);
    expect(late.stash.plan.write.sets).toEqual({ 'payment.status': 'PAID', 'payment.paymentIntentId': 'pi_1' });
    expect(late.stash.plan.write.conditions).toEqual({ status: 'CANCELLED' });
    expect(late.stash.plan.write.history.note).toBe('Paid after the order was cancelled; the payment is refunded');
    const second = await plan(
      completed({ paymentIntentId: 'pi_2' }),
      orderItem({ status: 'PAID', payment: paidPayment() }),
    );
    expect(second.stash.plan.refundDue).toBe(4200);
    expect(second.stash.plan.write.sets).toEqual({});
    const same = await plan(
      completed({ type: 'checkout.session.async_payment_succeeded' }),
      orderItem({ status: 'PAID', payment: paidPayment() }),
    );
    expect(same.stash.plan).toEqual({ write: null, refundDue: null });
  });

  it('a decline sets FAILED with the reason on the status read; after PAID it is ignored', async () => {
    const input = {
      eventId: 'evt_2',
      type: 'payment_intent.payment_failed',
      orderId: ORDER_ID,
      failureMessage: 'Your card has insufficient funds.',
    };
    const { stash } = await plan(input, orderItem({ payment: payment() }));
    expect(stash.plan.write).toEqual({
      sets: { 'payment.status': 'FAILED', 'payment.failureMessage': 'Your card has insufficient funds.' },
      conditions: { status: 'PENDING_PAYMENT', 'payment.status': 'UNPAID' },
    });
    const late = await plan(input, orderItem({ status: 'PAID', payment: paidPayment() }));
    expect(late.stash.plan.write).toBeNull();
  });

  it('an expired session is forgotten only if it is the stored one', async () => {
    const input = { eventId: 'evt_3', type: 'checkout.session.expired', orderId: ORDER_ID, sessionId: 'cs_test_1' };
    const { stash } = await plan(input, orderItem({ payment: payment() }));
    expect(stash.plan.write).toEqual({
      sets: { 'payment.sessionUrl': null, 'payment.sessionExpiresAt': null },
      conditions: { 'payment.sessionId': 'cs_test_1' },
    });
    const older = await plan({ ...input, sessionId: 'cs_test_0' }, orderItem({ payment: payment() }));
    expect(older.stash.plan.write).toBeNull();
  });

  it('charge.refunded raises the refunded total (never lowers it); all back REFUNDS a PAID order', async () => {
    const input = {
      eventId: 'evt_4',
      type: 'charge.refunded',
      orderId: ORDER_ID,
      paymentIntentId: 'pi_1',
      amountRefunded: 4200,
    };
    const { stash } = await plan(input, orderItem({ status: 'PAID', payment: paidPayment({ refunded: 1000 }) }));
    expect(stash.plan.write.sets).toMatchObject({
      'payment.refunded': 4200,
      'payment.status': 'REFUNDED',
      status: 'REFUNDED',
    });
    expect(stash.plan.write.conditions).toEqual({ 'payment.refunded': 1000, status: 'PAID' });
    const stale = await plan(
      { ...input, amountRefunded: 500 },
      orderItem({ status: 'PAID', payment: paidPayment({ refunded: 1000 }) }),
    );
    expect(stale.stash.plan.write).toBeNull();
    const other = await plan(
      { ...input, paymentIntentId: 'pi_2' },
      orderItem({ status: 'PAID', payment: paidPayment() }),
    );
    expect(other.stash.plan.write).toBeNull();
    const unknown = await plan({ ...input, type: 'customer.created' }, orderItem({ payment: payment() }));
    expect(unknown.stash.plan).toEqual({ write: null, refundDue: null });
  });

  it('a duplicate that won the race: applied false; a changed order: read again once, then ConflictError', async () => {
    const { stash } = await plan(completed(), orderItem({ payment: payment() }));
    const reasons = (first: string, second: string) => ({
      error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
      result: { cancellationReasons: [{ type: first }, { type: second }] },
    });
    const twin = await run(`${E}/02.apply`, 'response', {
      ...iam,
      arguments: { input: completed() },
      stash,
      ...reasons('ConditionalCheckFailed', 'None'),
    });
    expect(twin.stash.answer).toMatchObject({ applied: false, order: { status: 'PENDING_PAYMENT' } });
    const moved = await run(`${E}/02.apply`, 'response', {
      ...iam,
      arguments: { input: completed() },
      stash,
      ...reasons('None', 'ConditionalCheckFailed'),
    });
    expect(moved.stash.retry).toBe(true);
    expect(moved.stash.answer).toBeUndefined();
    expect(
      (await run(`${E}/03.readAgain`, 'request', { ...iam, arguments: { input: completed() }, stash: moved.stash }))
        .result.operation,
    ).toBe('BatchGetItem');
    const again = await run(`${E}/04.applyAgain`, 'response', {
      ...iam,
      arguments: { input: completed() },
      stash,
      ...reasons('None', 'TransactionConflict'),
    });
    expect(again.error).toMatchObject({ errorType: 'ConflictError' });
  });
});

describe('Mutation.expireOrder', () => {
  const expire = (order: unknown) =>
    run(`${X}/01.getOrder`, 'response', { ...iam, arguments: { id: ORDER_ID }, result: order });

  it('is IAM only; an id the API cannot have made is null', async () => {
    const shopper = await run(`${X}/index`, 'request', { identity: callers.shopper, env, arguments: { id: ORDER_ID } });
    expect(shopper.error).toMatchObject({ errorType: 'Unauthorized' });
    expect((await run(`${X}/index`, 'request', { ...iam, arguments: { id: 'nope' } })).result).toBeNull();
  });

  it('plans nothing for a young, paid or missing order', async () => {
    for (const order of [
      orderItem({ createdAt: minutesFromNow(-29) }),
      orderItem({ status: 'PAID', createdAt: minutesFromNow(-60) }),
      null,
    ]) {
      const { stash } = await expire(order);
      expect(stash.change).toBeUndefined();
      expect((await run(`${X}/02.cancel`, 'request', { ...iam, stash })).result).toBeNull();
    }
  });

  it('cancels an old PENDING_PAYMENT order with restock on the status read, naming its session', async () => {
    const planned = await expire(orderItem({ createdAt: minutesFromNow(-31), payment: payment() }));
    expect(planned.stash.change).toMatchObject({
      from: 'PENDING_PAYMENT',
      to: 'CANCELLED',
      entry: { note: 'Expired: not paid within 30 minutes' },
    });
    const { result } = await run(`${X}/02.cancel`, 'request', { ...iam, stash: planned.stash });
    expect(result.transactItems.map((i: any) => i.key.pk.S)).toEqual([`ORDER#${ORDER_ID}`, 'SKU#MUG-L', 'SKU#MUG-S']);
    expect(result.transactItems[0].condition.expressionValues).toEqual({ ':status_eq': { S: 'PENDING_PAYMENT' } });
    const done = await run(`${X}/02.cancel`, 'response', { ...iam, stash: planned.stash, result: { keys: [] } });
    expect(done.stash.expired).toMatchObject({ sessionId: 'cs_test_1', order: { status: 'CANCELLED' } });
    expect((await run(`${X}/index`, 'response', { stash: done.stash })).result.sessionId).toBe('cs_test_1');
    const paidMeanwhile = await run(`${X}/02.cancel`, 'response', {
      ...iam,
      stash: planned.stash,
      error: { type: 'DynamoDB:TransactionCanceledException', message: 'cancelled' },
      result: { cancellationReasons: [{ type: 'ConditionalCheckFailed' }, { type: 'None' }, { type: 'None' }] },
    });
    expect(paidMeanwhile.error).toBeUndefined();
    expect(paidMeanwhile.stash.expired).toBeUndefined();
  });
});

describe('payment writes on a real DynamoDB Local', () => {
  const dynamo = useDynamoDbLocal();
  const tableName = uniqueTableName('Payments');
  const tableEnv = { ...env, TABLE_NAME: tableName };
  let table: DataSource;
  const invocation = {
    callerId: 'payments-test',
    info: { fieldName: 'recordPaymentEvent', parentTypeName: 'Mutation' },
  };

  beforeAll(async () => {
    await createTable(dynamo.client, {
      TableName: tableName,
      KeySchema: [
        { AttributeName: 'pk', KeyType: 'HASH' },
        { AttributeName: 'sk', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'pk', AttributeType: 'S' },
        { AttributeName: 'sk', AttributeType: 'S' },
      ],
    });
    table = createDynamoDbDataSource({ name: 'table', tableName, client: dynamo.client });
  });

  const storedOrder = async () =>
    unmarshall(
      (
        await dynamo.client.send(
          new GetItemCommand({ TableName: tableName, Key: marshall({ pk: `ORDER#${ORDER_ID}`, sk: 'ORDER' }) }),
        )
      ).Item!,
    );

  /** 01.read then 02.apply of one delivery, each request sent to DynamoDB Local. */
  async function deliver(input: Record<string, unknown>) {
    const ctx = { identity: backend, env: tableEnv, arguments: { input } };
    const read = await run(`${E}/01.read`, 'request', ctx);
    const got = await run(`${E}/01.read`, 'response', { ...ctx, ...(await table.invoke(read.result, invocation)) });
    if (got.stash.answer) return got.stash.answer;
    const write = await run(`${E}/02.apply`, 'request', { ...ctx, stash: got.stash });
    const done = await run(`${E}/02.apply`, 'response', {
      ...ctx,
      stash: got.stash,
      ...(await table.invoke(write.result, invocation)),
    });
    return done.stash.answer ?? { retry: true };
  }

  it('applies five concurrent deliveries of one paid event exactly once', async () => {
    await dynamo.client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall(orderItem({ payment: payment() }), { removeUndefinedValues: true }),
      }),
    );
    const answers = await Promise.all(Array.from({ length: 5 }, () => deliver(completed({ eventId: 'evt_race' }))));
    expect(answers.filter((a: any) => a.applied === true)).toHaveLength(1);
    const order = await storedOrder();
    expect(order.status).toBe('PAID');
    expect(order.gsi3pk).toBe('ORDERS#PAID');
    expect(order.payment).toMatchObject({ status: 'PAID', paymentIntentId: 'pi_1', refunded: 0 });
    expect(order.statusHistory.map((h: any) => h.status)).toEqual(['PENDING_PAYMENT', 'PAID']);
    const late = await deliver({
      eventId: 'evt_late',
      type: 'payment_intent.payment_failed',
      orderId: ORDER_ID,
      failureMessage: 'declined',
    });
    expect(late.applied).toBe(false);
    expect((await storedOrder()).payment.status).toBe('PAID');
  });

  it('records racing refunds of one order once each against the refunded total read', async () => {
    await dynamo.client.send(
      new PutItemCommand({
        TableName: tableName,
        Item: marshall(orderItem({ status: 'PAID', payment: paidPayment() })),
      }),
    );
    const order = orderItem({ status: 'PAID', payment: paidPayment() });
    const ctx = { identity: callers.admin, env: tableEnv, arguments: { id: ORDER_ID } };
    const record = async () => {
      const planned = await run('orders/Mutation.refundOrder/03.record', 'request', {
        ...ctx,
        stash: { order, refundMade: { refundId: 're_dbl', amount: 1000, status: 'succeeded' }, reason: null },
      });
      return run('orders/Mutation.refundOrder/03.record', 'response', {
        ...ctx,
        stash: planned.stash,
        ...(await table.invoke(planned.result, invocation)),
      });
    };
    const outcomes = await Promise.all([record(), record(), record()]);
    expect(outcomes.filter((o) => o.stash.lost).length).toBe(2);
    expect((await storedOrder()).payment).toMatchObject({
      refunded: 1000,
      status: 'PARTIALLY_REFUNDED',
      refundIds: ['re_dbl'],
    });
  });
});
