// cancelOrder of a PAID order after its full refund: the cancellation, the refund's record and every
// line's restock in one TransactWriteItems, on the status and the refunded total read (≤ 51 items).
import { util, type Context } from '@aws-appsync/utils';
import { cancellationReasons, conditionFailed, fail, raiseDataSourceError } from './errors.ts';
import { tableName } from './items.ts';
import { orderListingKeys, variantKey } from '../../contracts/table-keys.ts';
import type { PlannedChange } from './order-change.ts';
import { toOrder, type OrderItem } from './orders.ts';
import { applyWrite, orderUpdateItem, type OrderWrite } from './order-write.ts';
import type { PaymentItem } from './payments.ts';
import { paymentRefundSets, type RefundMade } from './refunds.ts';

function restock(table: string, sku: string, quantity: number) {
  return {
    table,
    operation: 'UpdateItem',
    key: util.dynamodb.toMapValues(variantKey(sku)),
    update: {
      expression: 'SET #stock = #stock + :quantity',
      expressionNames: { '#stock': 'stock' },
      expressionValues: { ':quantity': util.dynamodb.toDynamoDB(quantity) },
    },
  };
}

export function cancelWithRefundRequest(ctx: Context) {
  const order = ctx.stash.order as OrderItem;
  const change = ctx.stash.change as PlannedChange;
  const refund = paymentRefundSets(order.payment as PaymentItem, ctx.stash.refundMade as RefundMade);
  const write: OrderWrite = {
    sets: {
      ...refund.sets,
      status: change.to,
      updatedAt: change.entry.at,
      gsi3pk: orderListingKeys(order.id, order.customerId, change.to).gsi3pk,
    },
    history: change.entry,
    conditions: { ...refund.conditions, status: change.from },
  };
  ctx.stash.write = write;
  const table = tableName(ctx.env);
  const items: unknown[] = [orderUpdateItem(ctx.env, order.id, write)];
  for (const line of order.lines) items.push(restock(table, line.sku, line.quantity));
  return { operation: 'TransactWriteItems', transactItems: items };
}

export function cancelWithRefundResponse(ctx: Context) {
  const order = ctx.stash.order as OrderItem;
  const made = ctx.stash.refundMade as RefundMade;
  if (ctx.error && conditionFailed(cancellationReasons(ctx.result)[0])) {
    fail(
      `Order ${order.id} changed while it was being cancelled (a change made at the same time won); ` +
        `it was not cancelled, but its payment was refunded (${made.refundId})`,
      'InvalidTransition',
      { from: order.status, to: 'CANCELLED', refundId: made.refundId },
    );
  }
  raiseDataSourceError(ctx.error);
  return toOrder(applyWrite(order, ctx.stash.write as OrderWrite));
}
