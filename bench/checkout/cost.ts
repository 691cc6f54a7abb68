// What one checkout costs DynamoDB: the calls and capacity units the server reports for it, next to
// the least any design could spend (README.md, "The floor"), from the real sizes of the items involved.
import { cartKey, checkoutKey, orderKey, variantKey } from '../../contracts/table-keys.ts';
import { itemSize } from '../server/items.ts';
import { spreadCart } from './catalog.ts';
import { checkout } from './checkout.ts';
import type { CheckoutLog } from './request-log.ts';
import type { BenchShop } from './shop.ts';
import { fillCart, type CartLine, type Shopper } from '../lib/index.ts';

/** one read, then the one atomic write: the prices are in the table, so no write can come first */
export const FLOOR_CALLS = 2;

export interface CostResult {
  lines: number;
  calls: number | null;
  operations: string[];
  /** the server's own time for the checkout and for each call, ms */
  inServerMs: number | null;
  callMs: number[];
  rcu: number | null;
  wcu: number | null;
  floorCalls: number;
  /** cart + every variant, strongly consistent: 1 RCU per started 4 KB of each item */
  floorRcu: number;
  /** 2 WCU per started 1 KB of each transaction item: variants, order, checkout key, cart */
  floorWcu: number;
  /** the same floor if every item were ≤ 1 KB: 2 × (lines + 3) */
  floorWcuSmallItems: number;
  bytes: { cart: number; variantsMax: number; order: number; checkoutKey: number };
  error: string | null;
}

const rcuOf = (bytes: number) => Math.ceil(bytes / 4096);
const wcuOf = (bytes: number) => 2 * Math.ceil(bytes / 1024);

async function sizeOf(shop: BenchShop, key: Parameters<BenchShop['getItem']>[0]): Promise<number> {
  const item = await shop.getItem(key);
  return item ? itemSize(item) : 0;
}

async function variantSizes(shop: BenchShop, lines: CartLine[]): Promise<number[]> {
  return Promise.all(lines.map((l) => sizeOf(shop, variantKey(l.sku))));
}

export async function measureCost(
  shop: BenchShop,
  shopper: Shopper,
  log: CheckoutLog,
  lineCount: number,
): Promise<CostResult> {
  const lines = spreadCart(lineCount);
  await fillCart(shop.outputs, shopper, lines);
  const cart = await sizeOf(shop, cartKey(shopper.sub));
  const variantsBefore = await variantSizes(shop, lines);
  log.start();
  const outcome = await checkout(shop.outputs, shopper);
  const line = await log.next();
  const order = outcome.orderId ? await sizeOf(shop, orderKey(outcome.orderId)) : 0;
  const key = await sizeOf(shop, checkoutKey(shopper.sub, outcome.idempotencyKey));
  const variantsAfter = await variantSizes(shop, lines);
  // an update is charged on the larger of the item before and after
  const variants = variantsBefore.map((b, i) => Math.max(b, variantsAfter[i] ?? 0));
  return {
    lines: lineCount,
    calls: line ? line.calls.length : null,
    operations: line ? line.calls.map((c) => c.operation) : [],
    inServerMs: line?.totalMs ?? null,
    callMs: line ? line.calls.map((c) => c.ms) : [],
    rcu: line?.rcu ?? null,
    wcu: line?.wcu ?? null,
    floorCalls: FLOOR_CALLS,
    floorRcu: rcuOf(cart) + variants.reduce((n, b) => n + rcuOf(b), 0),
    floorWcu: variants.reduce((n, b) => n + wcuOf(b), 0) + wcuOf(order) + wcuOf(key) + wcuOf(cart),
    floorWcuSmallItems: 2 * (lineCount + 3),
    bytes: { cart, variantsMax: Math.max(...variants), order, checkoutKey: key },
    error: outcome.error ? `${outcome.error.errorType ?? ''} ${outcome.error.message}` : null,
  };
}
