// `line_items[i]` of a Checkout Session create with inline prices (`price_data`): the only form the
// shop sends (docs.stripe.com/api/checkout/sessions/create#create_checkout_session-line_items).
// Stored Price ids (`price`) are not emulated: the twin has no Prices API.
import { invalidRequest } from './errors.ts';
import { newId } from './ids.ts';
import type { LineItem } from './objects.ts';
import type { ParamReader } from './params.ts';

/** Payment mode accepts at most 100 line items. */
const MAX_LINE_ITEMS = 100;
/** The largest charge: 8 digits of the minor unit (docs.stripe.com/currencies#minimum-and-maximum-charge-amounts). */
export const MAX_AMOUNT = 99_999_999;

export function isKnownCurrency(code: string): boolean {
  try {
    new Intl.NumberFormat('en', { style: 'currency', currency: code });
    return /^[a-z]{3}$/.test(code);
  } catch {
    return false;
  }
}

function readLine(reader: ParamReader): LineItem | undefined {
  reader.only(['price_data', 'quantity', 'price']);
  if (reader.has('price')) {
    const message = 'The Stripe twin supports line_items with price_data only, not stored Prices.';
    return reader.fail(invalidRequest(message, reader.name('price')));
  }
  const priceData = reader.object('price_data', { required: true });
  const quantity = reader.integer('quantity', { required: true, min: 1, max: 999_999 });
  if (!priceData) return undefined;
  priceData.only(['currency', 'unit_amount', 'product_data', 'tax_behavior']);
  const currency = priceData.string('currency', { required: true })?.toLowerCase();
  const unitAmount = priceData.integer('unit_amount', { required: true, min: 0, max: MAX_AMOUNT });
  priceData.oneOf('tax_behavior', ['exclusive', 'inclusive', 'unspecified']);
  const product = priceData.object('product_data', { required: true });
  product?.only(['name', 'description', 'metadata']);
  const name = product?.string('name', { required: true, max: 5000 });
  product?.string('description', { max: 40_000 });
  product?.metadata('metadata');
  if (currency !== undefined && !isKnownCurrency(currency)) {
    return reader.fail(invalidRequest(`Invalid currency: ${currency}`, priceData.name('currency')));
  }
  if (currency === undefined || unitAmount === undefined || name === undefined || quantity === undefined) return;
  const total = unitAmount * quantity;
  return {
    id: newId('li_'),
    object: 'item',
    amount_discount: 0,
    amount_subtotal: total,
    amount_tax: 0,
    amount_total: total,
    currency,
    description: name,
    quantity,
    price: {
      id: newId('price_'),
      object: 'price',
      currency,
      unit_amount: unitAmount,
      product: newId('prod_'),
      type: 'one_time',
    },
  };
}

/** The session's lines, or undefined after recording the first problem on `reader`. */
export function readLineItems(reader: ParamReader): LineItem[] | undefined {
  const entries = reader.list('line_items', { required: true });
  if (!entries) return undefined;
  if (entries.length > MAX_LINE_ITEMS) {
    const message = `line_items: you may pass at most ${MAX_LINE_ITEMS} line items in payment mode.`;
    return reader.fail(invalidRequest(message, 'line_items'));
  }
  const lines = entries.map(readLine);
  if (reader.error) return undefined;
  const items = lines as LineItem[];
  const currency = items[0]?.currency;
  if (items.some((line) => line.currency !== currency)) {
    const message = 'All line_items must have the same currency.'; // UNVERIFIED against Stripe's wording
    return reader.fail(invalidRequest(message, 'line_items'));
  }
  const total = items.reduce((sum, line) => sum + line.amount_total, 0);
  if (total > MAX_AMOUNT) {
    return reader.fail(invalidRequest(`Amount must be no more than ${MAX_AMOUNT}`, 'line_items', 'amount_too_large'));
  }
  return items;
}
