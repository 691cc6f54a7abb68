// What checkout's transaction adds for pricing, and how a refusal of those items reads. The order was
// priced from items read in the step before; these conditions make that read true at commit time, and
// the code's redemption is counted in the same write, so a limit holds under any concurrency.
import * as ddb from '@aws-appsync/utils/dynamodb';
import { conditionFailed, fail, type CancellationReason } from './errors.ts';
import {
  promotionCodeKey,
  redemptionKey,
  shippingMethodKey,
  taxRateKey,
  type TableKey,
} from '../../contracts/table-keys.ts';
import type { OrderItem } from './orders.ts';
import type { PromotionCodeItem } from './pricing-items.ts';
import { rejectCode, type PricingChoice, type PricingRead } from './pricing-reads.ts';

export type PricingRole = 'method' | 'rate' | 'promotion' | 'redemption';

export interface PricingWrite {
  role: PricingRole;
  item: unknown;
}

const ABSENT = { pk: { attributeExists: false } };

function check(table: string, key: TableKey, condition: unknown): unknown {
  return { conditionCheck: { table, key, condition } };
}

/** The rate applied is still the one read; so is the absence of a more specific (or any) rate. ≤ 2 items. */
function rateChecks(table: string, choice: PricingChoice, read: PricingRead): PricingWrite[] {
  const checks: PricingWrite[] = [];
  if (choice.region) {
    const regionKey = taxRateKey(choice.country, choice.region);
    const region = read.regionRate;
    checks.push({
      role: 'rate',
      item: check(table, regionKey, region ? { revision: { eq: region.revision } } : ABSENT),
    });
    if (region) return checks;
  }
  const country = read.countryRate;
  const countryKey = taxRateKey(choice.country, null);
  checks.push({
    role: 'rate',
    item: check(table, countryKey, country ? { revision: { eq: country.revision } } : ABSENT),
  });
  return checks;
}

function promotionWrites(table: string, order: OrderItem, code: PromotionCodeItem): PricingWrite[] {
  const condition: Record<string, unknown> = { revision: { eq: code.revision }, active: { eq: true } };
  const max = code.maxRedemptions;
  if (max !== null && max !== undefined) condition.redemptions = { lt: max };
  const writes: PricingWrite[] = [
    {
      role: 'promotion',
      item: {
        updateItem: {
          table,
          key: promotionCodeKey(code.code),
          update: { redemptions: ddb.operations.increment(1) },
          condition,
        },
      },
    },
  ];
  if (code.oncePerCustomer) {
    const item = {
      entity: 'Redemption',
      customerId: order.customerId,
      code: code.code,
      orderId: order.id,
      createdAt: order.createdAt,
    };
    writes.push({
      role: 'redemption',
      item: { putItem: { table, key: redemptionKey(order.customerId, code.code), item, condition: ABSENT } },
    });
  }
  return writes;
}

export function pricingItems(table: string, order: OrderItem, choice: PricingChoice, read: PricingRead) {
  const writes: PricingWrite[] = [];
  if (order.shippingMethod && read.method) {
    const key = shippingMethodKey(read.method.id);
    writes.push({ role: 'method', item: check(table, key, { revision: { eq: read.method.revision } }) });
  }
  for (const rate of rateChecks(table, choice, read)) writes.push(rate);
  if (order.promotionCode && read.promotion) {
    for (const write of promotionWrites(table, order, read.promotion)) writes.push(write);
  }
  return writes;
}

/** A pricing item refused: the code used up, inactive or already used is PromotionCodeRejected; else a change. */
export function pricingRefusal(order: OrderItem, roles: PricingRole[], reasons: CancellationReason[]): void {
  const field = 'input.promotionCode';
  const code = order.promotionCode ?? '';
  roles.forEach((role, i) => {
    const reason = reasons[i];
    if (!conditionFailed(reason)) return;
    const stored = reason?.item as Partial<PromotionCodeItem> | null | undefined;
    if (role === 'redemption') rejectCode(field, code, 'ALREADY_USED');
    if (role === 'promotion' && stored && !stored.active) rejectCode(field, code, 'INACTIVE');
    const max = stored?.maxRedemptions;
    if (role === 'promotion' && typeof max === 'number' && (stored?.redemptions ?? 0) >= max)
      rejectCode(field, code, 'USED_UP');
  });
  if (roles.some((_role, i) => conditionFailed(reasons[i]))) {
    fail(
      'The shipping method, a tax rate or the promotion code changed during checkout; quote again and retry',
      'ConflictError',
      {
        fields: ['input'],
      },
    );
  }
}
