// allShippingMethods: admins (schema directive). Every method, active or not, sorted by name.
import type { Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { raiseDataSourceError } from '../lib/errors.ts';
import { SHIPPING_METHODS_PARTITION } from '../../contracts/table-keys.ts';
import { shopCurrency } from '../lib/money.ts';
import { toShippingMethod, type ShippingMethodItem } from '../lib/pricing-items.ts';

export function request(_ctx: Context) {
  return ddb.query({ index: 'GSI1', query: { gsi1pk: { eq: SHIPPING_METHODS_PARTITION } }, limit: 1000 });
}

/** Case-insensitive by name, then by id so equal names keep a stable order. */
function before(a: ShippingMethodItem, b: ShippingMethodItem): boolean {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x !== y ? x < y : a.id < b.id;
}

export function response(ctx: Context) {
  raiseDataSourceError(ctx.error);
  // insertion sort: APPSYNC_JS's Array.prototype.sort takes no comparator, and there are ≤ 100 methods
  const sorted: ShippingMethodItem[] = [];
  for (const method of (ctx.result?.items ?? []) as ShippingMethodItem[]) {
    const at = sorted.findIndex((other) => before(method, other));
    sorted.splice(at < 0 ? sorted.length : at, 0, method);
  }
  const currency = shopCurrency(ctx);
  return sorted.map((item) => toShippingMethod(item, currency));
}
