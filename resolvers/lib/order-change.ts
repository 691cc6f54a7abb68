// One status change of an order, shared by updateOrderStatus and cancelOrder: the check of the
// current status and the write are one conditional write (UpdateItem), or, when cancelling, one
// TransactWriteItems that also puts every line's quantity back and, for an unpaid order placed with a
// promotion code, gives its redemption back (≤ 53 items).
import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError } from './errors.ts';
import { tableName } from './items.ts';
import { orderKey, orderListingKeys, promotionCodeKey, redemptionKey, variantKey } from '../../contracts/table-keys.ts';
import { toOrder, type OrderItem, type StatusChangeItem } from './orders.ts';
import { canMove } from './order-status.ts';
import type { OrderStatus } from './schema-types.ts';

export interface PlannedChange {
  from: OrderStatus;
  to: OrderStatus;
  entry: StatusChangeItem;
}

/** InvalidTransition unless the table allows from → to (the same status never is). */
export function planChange(ctx: Context, order: OrderItem, to: OrderStatus, note: string | null): PlannedChange {
  if (!canMove(order.status, to)) {
    fail(`Order ${order.id} cannot move from ${order.status} to ${to}`, 'InvalidTransition', {
      from: order.status,
      to,
    });
  }
  const change: PlannedChange = { from: order.status, to, entry: { status: to, at: util.time.nowISO8601(), note } };
  ctx.stash.change = change;
  ctx.stash.order = order;
  return change;
}

export function changeStatusRequest(ctx: Context) {
  const order = ctx.stash.order as OrderItem;
  const change = ctx.stash.change as PlannedChange;
  const update = {
    status: change.to,
    updatedAt: change.entry.at,
    statusHistory: ddb.operations.append([change.entry]),
    gsi3pk: orderListingKeys(order.id, order.customerId, change.to).gsi3pk,
  };
  const condition = { status: { eq: change.from } };
  if (change.to !== 'CANCELLED') return ddb.update({ key: orderKey(order.id), update, condition });
  const table = tableName(ctx.env);
  const items: unknown[] = [{ updateItem: { table, key: orderKey(order.id), update, condition } }];
  for (const line of order.lines) {
    items.push({
      updateItem: { table, key: variantKey(line.sku), update: { stock: ddb.operations.increment(line.quantity) } },
    });
  }
  const code = order.promotionCode;
  // codes are never deleted, so the decrement always meets its item; a paid order keeps its redemption
  if (code && change.from === 'PENDING_PAYMENT') {
    items.push({
      updateItem: { table, key: promotionCodeKey(code), update: { redemptions: ddb.operations.decrement(1) } },
    });
    items.push({ deleteItem: { table, key: redemptionKey(order.customerId, code) } });
  }
  return ddb.transactWrite({ items: items as Parameters<typeof ddb.transactWrite>[0]['items'] });
}

export function changeStatusResponse(ctx: Context) {
  const order = ctx.stash.order as OrderItem;
  const change = ctx.stash.change as PlannedChange;
  const lost =
    ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException' ||
    (!!ctx.error && conditionFailed(cancellationReasons(ctx.result)[0]));
  if (lost) {
    fail(
      `Order ${order.id} is no longer ${change.from} (a change made at the same time won); nothing changed`,
      'InvalidTransition',
      { from: change.from, to: change.to },
    );
  }
  raiseDataSourceError(ctx.error);
  const after: OrderItem = {
    ...order,
    status: change.to,
    updatedAt: change.entry.at,
    statusHistory: [...(order.statusHistory ?? []), change.entry],
  };
  return toOrder(change.to === 'CANCELLED' ? after : ((ctx.result as OrderItem | null) ?? after));
}
