// Stripe's test cards (docs.stripe.com/testing): what each number does when paid with, any future
// expiry and any CVC. The field checks and their messages are Stripe.js's (Payment Element), which
// refuses incomplete input before anything reaches the API.
import type { Clock } from './clock.ts';

export type CardOutcome =
  { kind: 'succeeded' } | { kind: 'declined'; code: string; declineCode?: string; message: string };

export interface CardInput {
  number: string;
  expiry: string;
  cvc: string;
}

export type CardCheck =
  | { ok: true; last4: string; brand: string; outcome: CardOutcome }
  | { ok: false; field: 'number' | 'expiry' | 'cvc'; message: string };

const DECLINED = 'Your card was declined.';
const OUTCOMES: Record<string, CardOutcome> = {
  '4242424242424242': { kind: 'succeeded' },
  '5555555555554444': { kind: 'succeeded' },
  '4000000000000002': { kind: 'declined', code: 'card_declined', declineCode: 'generic_decline', message: DECLINED },
  '4000000000009995': {
    kind: 'declined',
    code: 'card_declined',
    declineCode: 'insufficient_funds',
    message: 'Your card has insufficient funds.',
  },
  '4000000000000069': { kind: 'declined', code: 'expired_card', message: 'Your card has expired.' },
  '4000000000000127': { kind: 'declined', code: 'incorrect_cvc', message: "Your card's security code is incorrect." },
};
/** What test mode answers for a well-formed number that is not a test card. */
const NOT_A_TEST_CARD: CardOutcome = {
  kind: 'declined',
  code: 'card_declined',
  declineCode: 'test_mode_live_card',
  message:
    'Your card was declined. Your request was in test mode, but used a non test card. ' +
    'For a list of valid test cards, visit: https://stripe.com/docs/testing.',
};

const EXPIRY = /^(\d{1,2})\s*\/?\s*(\d{2}|\d{4})$/;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) d = d * 2 > 9 ? d * 2 - 9 : d * 2;
    sum += d;
  }
  return sum % 10 === 0;
}

function brandOf(digits: string): string {
  if (digits.startsWith('4')) return 'visa';
  if (digits.startsWith('5')) return 'mastercard';
  if (digits.startsWith('34') || digits.startsWith('37')) return 'amex';
  return 'unknown';
}

function expiryProblem(expiry: string, clock: Clock): string | undefined {
  const match = EXPIRY.exec(expiry.trim());
  if (!match) return "Your card's expiration date is incomplete.";
  const month = Number(match[1]);
  const year = Number(match[2]!.length === 2 ? `20${match[2]}` : match[2]);
  if (month < 1 || month > 12) return "Your card's expiration date is invalid.";
  const now = new Date(clock.now());
  if (year < now.getUTCFullYear()) return "Your card's expiration year is in the past.";
  if (year === now.getUTCFullYear() && month < now.getUTCMonth() + 1)
    return "Your card's expiration date is in the past.";
  return undefined;
}

export function checkCard(card: CardInput, clock: Clock): CardCheck {
  const digits = card.number.replace(/[\s-]/g, '');
  if (!/^\d{12,19}$/.test(digits)) {
    const complete = /^\d*$/.test(digits) && digits.length < 12;
    return { ok: false, field: 'number', message: `Your card number is ${complete ? 'incomplete' : 'invalid'}.` };
  }
  if (!luhnValid(digits)) return { ok: false, field: 'number', message: 'Your card number is invalid.' };
  const expiry = expiryProblem(card.expiry, clock);
  if (expiry) return { ok: false, field: 'expiry', message: expiry };
  if (!/^\d{3,4}$/.test(card.cvc.trim())) {
    return { ok: false, field: 'cvc', message: "Your card's security code is incomplete." };
  }
  return { ok: true, last4: digits.slice(-4), brand: brandOf(digits), outcome: OUTCOMES[digits] ?? NOT_A_TEST_CARD };
}
