// recordPaymentEvent's two steps, each run twice at most: read the event's record and the order
// together, then one TransactWriteItems of the record (`attribute_not_exists`) and the planned order
// write (on what was read). A refused order write is planned again from a fresh read, once.
// https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_TransactWriteItems.html
import { runtime, util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError } from './errors.ts';
import { tableName } from './items.ts';
import { orderKey, paymentEventKey } from '../../contracts/table-keys.ts';
import { toOrder, type OrderItem } from './orders.ts';
import { applyWrite, orderUpdateItem } from './order-write.ts';
import { planEvent, type EventPlan } from './payment-events.ts';
import type { PaymentEventInput } from './schema-types.ts';

/** Stripe retries deliveries for up to 3 days and keeps events 30 days; the record outlives both (table TTL). */
const RECORD_DAYS = 30;

interface EventRecord {
  eventId: string;
  refundDue?: number | null;
}

export function readRequest(ctx: Context<{ input: PaymentEventInput }>) {
  if (ctx.stash.answer) runtime.earlyReturn(null);
  const { eventId, orderId } = ctx.args.input;
  return ddb.batchGet({
    tables: { [tableName(ctx.env)]: { keys: [paymentEventKey(eventId), orderKey(orderId)], consistentRead: true } },
  });
}

export function readResponse(ctx: Context<{ input: PaymentEventInput }>) {
  raiseDataSourceError(ctx.error);
  let record: EventRecord | null = null;
  let order: OrderItem | null = null;
  for (const item of (ctx.result?.data?.[tableName(ctx.env)] ?? []) as Array<Record<string, unknown> | null>) {
    if (item?.sk === 'PAYMENTEVENT') record = item as unknown as EventRecord;
    if (item?.sk === 'ORDER') order = item as unknown as OrderItem;
  }
  if (record || !order) {
    ctx.stash.answer = { applied: false, refundDue: record?.refundDue ?? null, order: order ? toOrder(order) : null };
    return null;
  }
  ctx.stash.order = order;
  ctx.stash.plan = planEvent(order, ctx.args.input, util.time.nowISO8601());
  return null;
}

export function applyRequest(ctx: Context<{ input: PaymentEventInput }>) {
  if (ctx.stash.answer) runtime.earlyReturn(null);
  const input = ctx.args.input;
  const plan = ctx.stash.plan as EventPlan;
  const table = tableName(ctx.env);
  const record = {
    entity: 'PaymentEvent',
    eventId: input.eventId,
    type: input.type,
    orderId: input.orderId,
    applied: !!plan.write,
    refundDue: plan.refundDue,
    receivedAt: util.time.nowISO8601(),
    expiresAt: util.time.nowEpochSeconds() + RECORD_DAYS * 86400,
  };
  const items: unknown[] = [
    {
      table,
      operation: 'PutItem',
      key: util.dynamodb.toMapValues(paymentEventKey(input.eventId)),
      attributeValues: util.dynamodb.toMapValues(record),
      condition: { expression: 'attribute_not_exists(#pk)', expressionNames: { '#pk': 'pk' } },
    },
  ];
  if (plan.write) items.push(orderUpdateItem(ctx.env, input.orderId, plan.write));
  return { operation: 'TransactWriteItems', transactItems: items };
}

/** Sets the answer, or (`lastTry` false) asks for one more read when the order changed under the plan. */
export function applyResponse(ctx: Context<{ input: PaymentEventInput }>, lastTry: boolean) {
  const order = ctx.stash.order as OrderItem;
  const plan = ctx.stash.plan as EventPlan;
  if (ctx.error) {
    const reasons = cancellationReasons(ctx.result);
    if (conditionFailed(reasons[0])) {
      // Another delivery of this event won the race: it was applied once, by that one.
      ctx.stash.answer = { applied: false, refundDue: plan.refundDue, order: toOrder(order) };
      return null;
    }
    const contended = conditionFailed(reasons[1]) || ctx.error.type === 'DynamoDB:TransactionCanceledException';
    if (contended && !lastTry) {
      ctx.stash.retry = true;
      return null;
    }
    if (contended) {
      fail(
        `Order ${order.id} kept changing while event ${ctx.args.input.eventId} was applied; deliver it again`,
        'ConflictError',
      );
    }
    raiseDataSourceError(ctx.error);
  }
  const after = plan.write ? applyWrite(order, plan.write) : order;
  ctx.stash.answer = { applied: !!plan.write, refundDue: plan.refundDue, order: toOrder(after) };
  return null;
}
