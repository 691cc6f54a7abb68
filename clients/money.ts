// Prices as shoppers read them and admins type them: minor units on the wire (contract: Money.amount), the shop's
// currency's own number of decimals (2 for USD, 0 for JPY, 3 for BHD) from Intl.NumberFormat.
// https://developer.mozilla.org/en-US/docs/Web/JavaScript/Reference/Global_Objects/Intl/NumberFormat/resolvedOptions
import type { MoneyFieldsFragment } from './generated/graphql.ts';

const formats = new Map<string, Intl.NumberFormat>();

function currencyFormat(currency: string, locale?: string): Intl.NumberFormat {
  const key = `${locale ?? ''}|${currency}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'currency', currency });
    formats.set(key, format);
  }
  return format;
}

/** How many decimals the currency's minor unit has (ISO 4217 as CLDR records it): USD 2, JPY 0, BHD 3. */
export function currencyDecimals(currency: string): number {
  return currencyFormat(currency).resolvedOptions().maximumFractionDigits ?? 2;
}

export function formatMoney(money: MoneyFieldsFragment, locale?: string): string {
  const format = currencyFormat(money.currency, locale);
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.amount / 10 ** digits);
}

const DECIMAL = /^(\d+)(?:\.(\d*))?$/;

/**
 * An amount typed in major units (an `<input type="number">` value: digits, optionally a dot and decimals) as the
 * integer minor units the API takes: "19.99" USD is 1999, "1500" JPY is 1500. Worked on the digits, not with
 * floating point, and refuses what the currency cannot hold (a sen of a yen) rather than rounding it away.
 */
export function toMinorUnits(major: string, currency: string): number {
  const match = DECIMAL.exec(major.trim());
  if (!match) throw new RangeError(`"${major}" is not an amount: use digits and at most one decimal point`);
  const digits = currencyDecimals(currency);
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) {
    throw new RangeError(`${currency} amounts have ${digits === 0 ? 'no' : `at most ${digits}`} decimals: "${major}"`);
  }
  return Number(whole + fraction.padEnd(digits, '0'));
}

/** The `step` of a price input in major units: 0.01 for USD, 1 for JPY. */
export function priceStep(currency: string): string {
  const digits = currencyDecimals(currency);
  return digits === 0 ? '1' : `0.${'1'.padStart(digits, '0')}`;
}
