// Recording a refund the `payments` Lambda made (refundOrder, cancelOrder of a PAID order): the
// refunded total grows on `payment.refunded = <read>`, so of two racing records only one counts it;
// the whole amount back moves the order to REFUNDED when the transition table allows it.
import { orderListingKeys } from '../../contracts/table-keys.ts';
import type { OrderItem, StatusChangeItem } from './orders.ts';
import { canMove } from './order-status.ts';
import type { OrderWrite } from './order-write.ts';
import type { PaymentItem } from './payments.ts';

export interface RefundMade {
  refundId: string;
  amount: number;
  status: string;
}

/** The payment's part of recording `refund`: refunded total, status, refund ids; on the refunded total read. */
export function paymentRefundSets(payment: PaymentItem, refund: RefundMade): OrderWrite {
  const refunded = (payment.refunded ?? 0) + refund.amount;
  return {
    sets: {
      'payment.refunded': refunded,
      'payment.status': refunded >= payment.amount ? 'REFUNDED' : 'PARTIALLY_REFUNDED',
      'payment.refundIds': [...(payment.refundIds ?? []), refund.refundId],
    },
    conditions: { 'payment.refunded': payment.refunded ?? 0 },
  };
}

/** The whole order move to REFUNDED (listing key, history), on the status read, when the table allows it. */
export function moveToRefunded(order: OrderItem, write: OrderWrite, at: string, note: string): OrderWrite {
  if (!canMove(order.status, 'REFUNDED')) return write;
  const history: StatusChangeItem = { status: 'REFUNDED', at, note };
  return {
    sets: {
      ...write.sets,
      status: 'REFUNDED',
      updatedAt: at,
      gsi3pk: orderListingKeys(order.id, order.customerId, 'REFUNDED').gsi3pk,
    },
    history,
    conditions: { ...write.conditions, status: order.status },
  };
}

/** refundOrder's write: the refund recorded, and the order REFUNDED when all of it is back. */
export function refundWrite(order: OrderItem, refund: RefundMade, at: string, reason: string | null): OrderWrite {
  const payment = order.payment as PaymentItem;
  const write = paymentRefundSets(payment, refund);
  if (write.sets['payment.status'] !== 'REFUNDED') return write;
  return moveToRefunded(order, write, at, reason ?? 'Refunded in full');
}
