// Prices as shoppers read them: minor units in, the shop's currency formatted by Intl.NumberFormat out.
import type { MoneyFieldsFragment } from './generated/graphql.ts';

const formats = new Map<string, Intl.NumberFormat>();

export function formatMoney(money: MoneyFieldsFragment, locale?: string): string {
  const key = `${locale ?? ''}|${money.currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
    formats.set(key, format);
  }
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}
