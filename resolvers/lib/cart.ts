// The cart as stored (one item per customer, lines inline) and how it reads with current prices.
import { runtime, util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import type { ProductItem, VariantItem } from './catalog.ts';
import { fail, raiseDataSourceError } from './errors.ts';
import { callerSub } from './identity.ts';
import { tableName } from './items.ts';
import { cartKey, productKey, variantKey, type TableKey } from '../../contracts/table-keys.ts';
import { shopCurrency } from './money.ts';
import { SKU_PATTERN } from './product-input.ts';
import type { Cart, CartItem } from './schema-types.ts';

export const MAX_LINE_QUANTITY = 99;
export const MAX_CART_LINES = 50;

export interface CartLine {
  sku: string;
  /** A SKU never moves to another product, so the line can name its product's key up front. */
  productId: string;
  quantity: number;
}

export interface CartRecord {
  lines: CartLine[];
  /** Bumped by every change; writes and checkout's removal are conditional on it. 0 = no item yet. */
  version: number;
}

export function cartRecord(item: unknown): CartRecord {
  const stored = item as { lines?: CartLine[]; version?: number } | null;
  return { lines: stored?.lines ?? [], version: stored?.version ?? 0 };
}

/** Variant and product keys for every line: ≤ 50 + 50 = 100, one BatchGetItem (its maximum). */
export function catalogKeys(lines: CartLine[]): TableKey[] {
  const keys: TableKey[] = lines.map((line) => variantKey(line.sku));
  const products: string[] = [];
  for (const line of lines) {
    if (products.indexOf(line.productId) < 0) products.push(line.productId);
  }
  for (const id of products) keys.push(productKey(id));
  return keys;
}

export function batchGetCatalog(env: unknown, lines: CartLine[]) {
  return ddb.batchGet({ tables: { [tableName(env)]: { keys: catalogKeys(lines), consistentRead: true } } });
}

export interface CatalogRead {
  variants: Record<string, VariantItem>;
  products: Record<string, ProductItem>;
}

/** Items of a BatchGetItem result by kind; AppSync gives null for missing keys. */
export function catalogRead(env: unknown, result: unknown): CatalogRead {
  const typed = result as { data?: Record<string, unknown[]>; unprocessedKeys?: Record<string, unknown[]> } | null;
  const unprocessed = typed?.unprocessedKeys?.[tableName(env)] ?? [];
  // A throttled batch would price a cart from half a read: refuse instead of guessing.
  if (unprocessed.length > 0)
    fail('The catalog is busy; try again', 'ConflictError', { unprocessed: unprocessed.length });
  const read: CatalogRead = { variants: {}, products: {} };
  for (const item of typed?.data?.[tableName(env)] ?? []) {
    const stored = item as { sk?: string } | null;
    if (stored?.sk === 'VARIANT') read.variants[(item as VariantItem).sku] = item as VariantItem;
    if (stored?.sk === 'PRODUCT') read.products[(item as ProductItem).id] = item as ProductItem;
  }
  return read;
}

/** "Product — Variant", or the variant's name alone when the product cannot be read. */
export function lineName(variant: VariantItem | undefined, product: ProductItem | undefined, sku: string): string {
  const variantName = variant?.name ?? sku;
  return product ? `${product.name} — ${variantName}` : variantName;
}

export function toCart(lines: CartLine[], read: CatalogRead, currency: string): Cart {
  const items: CartItem[] = [];
  let subtotal = 0;
  let itemCount = 0;
  for (const line of lines) {
    const variant = read.variants[line.sku];
    const unit = variant?.price ?? 0;
    const sellable = !!variant && variant.productStatus === 'ACTIVE';
    items.push({
      sku: line.sku,
      productId: line.productId,
      name: lineName(variant, read.products[line.productId], line.sku),
      quantity: line.quantity,
      unitPrice: { amount: unit, currency },
      lineTotal: { amount: unit * line.quantity, currency },
      inStock: sellable && variant.stock >= line.quantity,
    });
    subtotal = subtotal + unit * line.quantity;
    itemCount = itemCount + line.quantity;
  }
  return { items, subtotal: { amount: subtotal, currency }, itemCount };
}

export function emptyCart(currency: string): Cart {
  return { items: [], subtotal: { amount: 0, currency }, itemCount: 0 };
}

/** Reads the cart and the one variant a mutation names together (one consistent BatchGetItem). */
export function batchGetCartAndVariant(env: unknown, sub: string, sku: string) {
  return ddb.batchGet({
    tables: { [tableName(env)]: { keys: [cartKey(sub), variantKey(sku)], consistentRead: true } },
  });
}

export function cartAndVariant(env: unknown, result: unknown): { cart: CartRecord; variant: VariantItem | null } {
  const typed = result as { data?: Record<string, unknown[]> } | null;
  let cart: unknown = null;
  let variant: VariantItem | null = null;
  for (const item of typed?.data?.[tableName(env)] ?? []) {
    const stored = item as { sk?: string } | null;
    if (stored?.sk === 'CART') cart = item;
    if (stored?.sk === 'VARIANT') variant = item as VariantItem;
  }
  return { cart: cartRecord(cart), variant };
}

/** A SKU that cannot exist (not `[A-Z0-9-]{1,40}`) is simply unknown: NotFound, no read. */
export function checkCartSku(sku: unknown): string {
  if (typeof sku !== 'string' || sku.length > 40 || !util.matches(SKU_PATTERN, sku))
    fail('sku: no variant with this SKU', 'NotFound', { fields: ['sku'] });
  return sku as string;
}

export function unknownSku(sku: string): never {
  return fail(`sku: no variant ${sku}`, 'NotFound', { fields: ['sku'] });
}

export function notForSale(sku: string): never {
  return fail(`sku: ${sku} is not for sale`, 'NotFound', { fields: ['sku'] });
}

/** The lines with `sku` set to `quantity` (appended when new, removed at 0), within the limits. */
export function setLine(lines: CartLine[], sku: string, productId: string, quantity: number): CartLine[] {
  const out: CartLine[] = [];
  let found = false;
  for (const line of lines) {
    if (line.sku === sku) {
      found = true;
      if (quantity > 0) out.push({ sku, productId: line.productId, quantity });
    } else {
      out.push(line);
    }
  }
  if (!found && quantity > 0) {
    if (lines.length >= MAX_CART_LINES)
      fail(`sku: a cart holds at most ${MAX_CART_LINES} lines`, 'ValidationError', { fields: ['sku'] });
    out.push({ sku, productId, quantity });
  }
  if (quantity > MAX_LINE_QUANTITY) {
    fail(`quantity: a line holds at most ${MAX_LINE_QUANTITY} units`, 'ValidationError', { fields: ['quantity'] });
  }
  return out;
}

export function lineQuantity(lines: CartLine[], sku: string): number {
  const line = lines.find((l) => l.sku === sku);
  return line ? line.quantity : 0;
}

/** The cart mutations' second step: put the new lines, only if nobody changed the cart meanwhile. */
export function writeCartRequest(ctx: Context) {
  const sub = ctx.stash.sub as string;
  const before = ctx.stash.before as CartRecord;
  const lines = (ctx.stash.cart as CartRecord).lines;
  if (ctx.stash.unchanged) runtime.earlyReturn(null);
  const condition = before.version === 0 ? { pk: { attributeExists: false } } : { version: { eq: before.version } };
  return ddb.put<Record<string, unknown>>({
    key: cartKey(sub) as unknown as Record<string, unknown>,
    item: { entity: 'Cart', customerId: sub, lines, version: before.version + 1, updatedAt: util.time.nowISO8601() },
    condition,
  });
}

export function writeCartResponse(ctx: Context) {
  if (ctx.error?.type === 'DynamoDB:ConditionalCheckFailedException') {
    fail('The cart changed at the same time (another device?); read it again and retry', 'ConflictError');
  }
  raiseDataSourceError(ctx.error);
  return null;
}

/** The last step of every cart field: the cart's lines priced in one BatchGetItem (none when empty). */
export function priceCartRequest(ctx: Context) {
  const lines = (ctx.stash.cart as CartRecord).lines;
  if (lines.length === 0) runtime.earlyReturn(emptyCart(shopCurrency(ctx)));
  return batchGetCatalog(ctx.env, lines);
}

export function priceCartResponse(ctx: Context) {
  raiseDataSourceError(ctx.error);
  return toCart((ctx.stash.cart as CartRecord).lines, catalogRead(ctx.env, ctx.result), shopCurrency(ctx));
}

/** Every cart field is the caller's own cart: a signed-in user is required. */
export function requireCustomer(ctx: Context): string {
  const sub = callerSub(ctx);
  if (!sub) fail('The cart belongs to a signed-in user', 'Unauthorized');
  return sub as string;
}
