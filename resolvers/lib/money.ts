// Money is { amount, currency }: an integer amount in minor units of the shop's one currency.
import type { Context } from '@aws-appsync/utils';
import type { Problems } from './validation.ts';
import { checkInt } from './validation.ts';

export interface Money {
  amount: number;
  currency: string;
}

export const MAX_PRICE = 100000000;

/** The shop's currency, from the API's environment (CDK sets CURRENCY; USD when absent). */
export function shopCurrency(ctx: Context): string {
  const env = ctx.env as Record<string, string | undefined> | undefined;
  return env?.CURRENCY || 'USD';
}

export function checkPrice(problems: Problems, field: string, input: unknown, currency: string): number {
  const money = input as { amount?: unknown; currency?: unknown } | null;
  if (!money || typeof money !== 'object') {
    problems.push({ field, message: `${field} is required` });
    return 0;
  }
  if (money.currency !== null && money.currency !== undefined && money.currency !== currency) {
    problems.push({
      field: `${field}.currency`,
      message: `${field}.currency must be ${currency}, the shop's currency`,
    });
  }
  return checkInt(problems, `${field}.amount`, money.amount, 0, MAX_PRICE);
}

/** The lowest of a product's variant prices. */
export function lowestPrice(prices: Record<string, number> | null | undefined): number {
  let lowest = -1;
  for (const amount of Object.values(prices ?? {})) {
    if (lowest < 0 || amount < lowest) lowest = amount;
  }
  return lowest < 0 ? 0 : lowest;
}
