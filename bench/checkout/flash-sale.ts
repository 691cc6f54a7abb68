// A flash sale: many shoppers, one SKU, too little stock. Every cart is filled first; then every
// checkout is sent in the same tick, so they race inside the server and DynamoDB Local.
import { variantKey } from '../../contracts/table-keys.ts';
import { checkout, errorSummary, type CheckoutOutcome } from './checkout.ts';
import { createProduct, type BenchShop } from './shop.ts';
import { fillCart, inParallel, type Shopper } from '../lib/index.ts';

export const FLASH_SKU = 'FLASH-1';

export interface FlashSaleResult {
  shoppers: number;
  initialStock: number;
  orders: number;
  unitsSold: number;
  /** units sold beyond the initial stock: must be 0 */
  oversold: number;
  /** the variant's stock afterwards, read consistently from the table: must be initial − sold, never < 0 */
  stockAfter: number | null;
  insufficientStock: number;
  errors: Record<string, number>;
  /** from firing to the answer that sold the last unit */
  secondsToSellOut: number | null;
  /** from firing to the last answer of all */
  secondsToAllAnswered: number;
  correct: boolean;
}

function unitsIn(outcomes: CheckoutOutcome[]): number {
  return outcomes.reduce(
    (n, o) => n + o.lines.filter((l) => l.sku === FLASH_SKU).reduce((m, l) => m + l.quantity, 0),
    0,
  );
}

/** When the answer that took the stock to zero arrived (answers sorted by arrival). */
function sellOutAt(outcomes: CheckoutOutcome[], stock: number): number | null {
  let sold = 0;
  for (const o of [...outcomes].filter((x) => x.orderId).sort((a, b) => a.at - b.at)) {
    sold += unitsIn([o]);
    if (sold >= stock) return o.at;
  }
  return null;
}

export async function flashSale(
  shop: BenchShop,
  categoryId: string,
  shoppers: Shopper[],
  initialStock: number,
): Promise<FlashSaleResult> {
  await createProduct(shop, categoryId, {
    slug: 'flash-sale',
    variants: [{ sku: FLASH_SKU, price: 1999, stock: initialStock }],
  });
  await inParallel(shoppers, 8, (s) => fillCart(shop.outputs, s, [{ sku: FLASH_SKU, quantity: 1 }]));
  const fired = performance.now();
  // all requests start before any answer can be handled: one synchronous map
  const outcomes = await Promise.all(shoppers.map((s) => checkout(shop.outputs, s)));
  const lastAnswer = Math.max(...outcomes.map((o) => o.at));
  const soldOut = sellOutAt(outcomes, initialStock);
  const unitsSold = unitsIn(outcomes);
  const errors = errorSummary(outcomes);
  const stockAfter = ((await shop.getItem(variantKey(FLASH_SKU)))?.stock as number | undefined) ?? null;
  const oversold = Math.max(0, unitsSold - initialStock);
  return {
    shoppers: shoppers.length,
    initialStock,
    orders: outcomes.filter((o) => o.orderId).length,
    unitsSold,
    oversold,
    stockAfter,
    insufficientStock: errors.InsufficientStock ?? 0,
    errors,
    secondsToSellOut: soldOut === null ? null : (soldOut - fired) / 1000,
    secondsToAllAnswered: (lastAnswer - fired) / 1000,
    correct:
      unitsSold === Math.min(initialStock, shoppers.length) &&
      oversold === 0 &&
      stockAfter === initialStock - unitsSold &&
      (stockAfter ?? -1) >= 0,
  };
}
