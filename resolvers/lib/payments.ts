// An order's payment as stored (the order item's `payment` map, docs/data-model.md), how it reads as
// the GraphQL Payment, and the answers of the `payments` Lambda (functions/payments) as GraphQL errors.
import { util } from '@aws-appsync/utils';
import { fail } from './errors.ts';
import type { Payment, PaymentStatus } from './schema-types.ts';

export interface PaymentItem {
  status: PaymentStatus;
  /** minor units charged: the order's total */
  amount: number;
  /** minor units given back so far */
  refunded: number;
  failureMessage: string | null;
  /** Checkout Sessions made so far (each one's Stripe idempotency key names its attempt) */
  attempt: number;
  /** the last session: kept after it closes, so expireOrder can name it */
  sessionId: string | null;
  sessionUrl: string | null;
  sessionExpiresAt: string | null;
  /** the PaymentIntent that paid (null until paid) */
  paymentIntentId: string | null;
  /** refunds recorded by refundOrder and cancelOrder (Stripe's `re_…` ids) */
  refundIds: string[];
}

export function toPayment(item: PaymentItem | null | undefined, currency: string): Payment | null {
  if (!item) return null;
  return {
    status: item.status,
    amount: { amount: item.amount, currency },
    refunded: { amount: item.refunded ?? 0, currency },
    failureMessage: item.failureMessage ?? null,
  };
}

/** What is paid and not yet given back (0 unless the payment is PAID or PARTIALLY_REFUNDED). */
export function refundable(payment: PaymentItem | null | undefined): number {
  if (!payment || (payment.status !== 'PAID' && payment.status !== 'PARTIALLY_REFUNDED')) return 0;
  if (!payment.paymentIntentId) return 0;
  return payment.amount - (payment.refunded ?? 0);
}

/** The Stripe idempotency key of a refund: a retry or a double click against the same refunded total is one refund. */
export function refundKey(orderId: string, refundedSoFar: number, amount: number): string {
  return `refund:${orderId}:${refundedSoFar}:${amount}`;
}

/** Minutes an order may stay PENDING_PAYMENT (the stack's UnpaidOrderMinutes, AppSync env UNPAID_ORDER_MINUTES). */
export function unpaidOrderMinutes(env: unknown): number {
  const raw = (env as Record<string, string | undefined> | undefined)?.UNPAID_ORDER_MINUTES;
  const minutes = raw ? Number(raw) : NaN;
  return minutes >= 1 && minutes <= 1440 ? Math.floor(minutes) : 30;
}

/** Whether an order placed at `createdAt` has outlived the unpaid window at `nowMs`. */
export function isPastUnpaidWindow(createdAt: string, minutes: number, nowMs: number): boolean {
  return util.time.parseISO8601ToEpochMilliSeconds(createdAt) + minutes * 60000 <= nowMs;
}

interface LambdaError {
  type?: string;
  message?: string;
  code?: string;
}

/**
 * Raises the `payments` Lambda's refusal, or a failed invocation, as a contract error: its own
 * ValidationError stays one; anything else (Stripe down or refusing, the function failing) is a
 * ConflictError saying nothing changed, with the cause in errorInfo.
 * https://docs.aws.amazon.com/appsync/latest/devguide/resolver-reference-lambda-js.html
 */
export function raisePaymentsFailure(
  what: string,
  error: { message: string; type: string } | null | undefined,
  result: unknown,
): void {
  const refused = (result as { error?: LambdaError } | null | undefined)?.error;
  if (!error && !refused) return;
  if (refused && refused.type === 'ValidationError') {
    fail(`${what}: ${refused.message ?? 'refused'}`, 'ValidationError', { service: 'payments' });
  }
  const cause = refused ? (refused.type ?? 'PaymentServiceError') : (error as { type: string }).type;
  const message = refused ? (refused.message ?? '') : (error as { message: string }).message;
  fail(`${what}: the payment service failed (${message}); nothing changed, try again`, 'ConflictError', {
    service: 'payments',
    cause,
    code: refused?.code ?? null,
  });
}
