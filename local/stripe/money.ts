// Amounts in a currency's minor unit, shown as people read them: 2380 eur → "€23.80", 500 jpy → "¥500".
// The number of minor digits is ISO 4217's, as Intl knows it (Stripe's exceptions, e.g. HUF and ISK
// rules for payouts, do not matter for display).
export function formatMoney(amount: number, currency: string): string {
  const format = new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(amount / 10 ** digits);
}
