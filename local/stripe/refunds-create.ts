// POST /v1/refunds (docs.stripe.com/api/refunds/create): a full or partial refund of a PaymentIntent's
// charge, never more than what is left. Test-mode card refunds succeed at once, so Stripe sends
// `refund.created` (status succeeded) and `charge.refunded` (also for partial refunds), and no
// `refund.updated` (docs.stripe.com/changelog/acacia/2024-10-28/refund-webhook-update).
import { unixSeconds } from './clock.ts';
import { invalidRequest, resourceMissing } from './errors.ts';
import { newId } from './ids.ts';
import { formatMoney } from './money.ts';
import type { Charge, Refund } from './objects.ts';
import {
  eventRequest,
  ok,
  type Answer,
  type Operation,
  type OperationContext,
  type StripeRequest,
} from './operation.ts';
import { ParamReader } from './params.ts';

const REASONS = ['duplicate', 'fraudulent', 'requested_by_customer'] as const;

/** The charge to refund, named by `payment_intent` or `charge`, or the answer saying why not. */
function chargeToRefund(context: OperationContext, reader: ParamReader): Charge | Answer {
  const { paymentIntents, charges } = context.store.state;
  const intentId = reader.string('payment_intent');
  const chargeId = reader.string('charge');
  if (intentId === undefined && chargeId === undefined) {
    // UNVERIFIED against Stripe's wording
    return invalidRequest('One of the following params should be provided for this request: payment_intent or charge.');
  }
  if (chargeId !== undefined) return charges[chargeId] ?? resourceMissing('charge', chargeId, 'charge');
  const intent = paymentIntents[intentId as string];
  if (!intent) return resourceMissing('payment_intent', intentId as string, 'payment_intent');
  const charge = intent.latest_charge ? charges[intent.latest_charge] : undefined;
  if (intent.status !== 'succeeded' || !charge) {
    // UNVERIFIED against Stripe's wording
    const message = `This PaymentIntent (${intent.id}) does not have a successful charge to refund.`;
    return invalidRequest(message, 'payment_intent');
  }
  return charge;
}

function refundAmount(reader: ParamReader, charge: Charge): number | undefined {
  const left = charge.amount_captured - charge.amount_refunded;
  if (left <= 0) {
    const message = `Charge ${charge.id} has already been refunded.`;
    return reader.fail(invalidRequest(message, undefined, 'charge_already_refunded'));
  }
  const amount = reader.integer('amount', { min: 1 }) ?? (reader.error ? undefined : left);
  if (amount !== undefined && amount > left) {
    const asked = formatMoney(amount, charge.currency);
    const remaining = formatMoney(left, charge.currency);
    // UNVERIFIED against Stripe: the code; the wording follows Stripe's API message
    const message = `Refund amount (${asked}) is greater than unrefunded amount on charge (${remaining})`;
    return reader.fail(invalidRequest(message, 'amount', 'amount_too_large'));
  }
  return amount;
}

function applyRefund(context: OperationContext, request: StripeRequest, charge: Charge, refund: Refund): void {
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += refund.amount;
  charge.refunded = charge.amount_refunded >= charge.amount_captured;
  context.store.state.refunds[refund.id] = refund;
  const cause = eventRequest(request);
  context.events.emit('refund.created', refund, cause);
  context.events.emit('charge.refunded', charge, cause, previous);
}

export const createRefund: Operation = (context, request) => {
  const reader = new ParamReader(request.params);
  reader.only(['payment_intent', 'charge', 'amount', 'reason', 'metadata', 'expand']);
  const reason = reader.oneOf('reason', REASONS) ?? null;
  const metadata = reader.metadata('metadata') ?? {};
  if (reader.error) return reader.error;
  const charge = chargeToRefund(context, reader);
  if (!('object' in charge)) return charge;
  const amount = refundAmount(reader, charge);
  if (reader.error || amount === undefined) return reader.error ?? invalidRequest('Invalid amount', 'amount');
  const refund: Refund = {
    id: newId('re_'),
    object: 'refund',
    amount,
    charge: charge.id,
    created: unixSeconds(context.clock),
    currency: charge.currency,
    metadata,
    payment_intent: charge.payment_intent,
    reason,
    status: 'succeeded',
  };
  applyRefund(context, request, charge, refund);
  return ok(refund);
};
