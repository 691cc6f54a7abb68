// Promotion codes through `npm start` over HTTP: percent and amount codes priced on the server, each
// reason a code cannot apply, a limit that holds under a real race (50 shoppers for 10 redemptions),
// once per customer, and redemptions given back when an unpaid order is cancelled.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import {
  amounts,
  checkout,
  fillCart,
  pricingAdmin,
  quote,
  usAddress,
  CART,
  type PricingAdmin,
} from '../support/pricing-calls.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper, type Shopper } from '../support/shop-shoppers.ts';

let shop: ShopProcess;
let admin: PricingAdmin;
let method: string;
const hourAgo = () => new Date(Date.now() - 3_600_000).toISOString();
const hourAhead = () => new Date(Date.now() + 3_600_000).toISOString();
/** The admin's count; `promotionCodes` reads GSI1, which may lag the item for a moment (as on AWS), so callers poll. */
const redemptionsOf = async (code: string) =>
  (await admin.call('{ promotionCodes { code redemptions } }')).body.data.promotionCodes.find(
    (c: any) => c.code === code,
  ).redemptions as number;

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  admin = await pricingAdmin(shop, (await signIn(shop.outputs, 'admin@example.com')).idToken);
  await admin.product('code-mug', [{ sku: 'CODE-MUG', price: 2000, stock: 1000 }]);
  method = await admin.method({ name: 'Standard', countries: ['US'], price: { amount: 500 }, freeOver: 10_000 });
  await admin.rate('US', null, 1000, 'Sales tax');
  await admin.code({ code: 'Tenoff', percentOff: 10 });
  await admin.code({ code: 'FIVER', amountOff: 500, minSubtotal: 3000 });
  await admin.code({ code: 'LATER', percentOff: 5, startsAt: hourAhead() });
  await admin.code({ code: 'GONE', percentOff: 5, startsAt: hourAgo(), endsAt: new Date().toISOString() });
  await admin.code({ code: 'OFF', percentOff: 5, active: false });
  await admin.code({ code: 'ONCE', percentOff: 20, oncePerCustomer: true });
  await admin.code({ code: 'RUSH10', percentOff: 50, maxRedemptions: 10 });
}, 180_000);
afterAll(async () => {
  await shop?.stop();
});

describe('codes that apply', () => {
  it('takes a percent off the subtotal before shipping and tax, whatever case the shopper types', async () => {
    const ada = await signUpShopper(shop.outputs, 'code-ada');
    await fillCart(ada, [['CODE-MUG', 3]]);
    const input = { shippingAddress: usAddress(), shippingMethodId: method, promotionCode: ' tenOFF ' };
    const quoted = amounts((await quote(ada, input)).body.data.quoteCart.totals);
    // 6000 − 600 = 5400 (below 10,000: shipping 500); tax 10 % of 5400 and of 500
    expect(quoted).toEqual({ subtotal: 6000, discount: 600, shipping: 500, tax: 590, total: 6490 });
    const order = (await checkout(ada, { ...input, expectedTotal: 6490 })).body.data.checkout;
    expect(amounts(order.totals)).toEqual(quoted);
    expect(order.promotionCode).toBe('TENOFF');
  });

  it('takes an amount off a subtotal at its minimum, and refuses it below', async () => {
    const bo = await signUpShopper(shop.outputs, 'code-bo');
    await fillCart(bo, [['CODE-MUG', 1]]);
    const input = { shippingAddress: usAddress(), promotionCode: 'fiver' };
    const below = await quote(bo, input);
    expect(below.body.errors?.[0]).toMatchObject({
      errorType: 'PromotionCodeRejected',
      errorInfo: { reason: 'BELOW_MINIMUM' },
    });
    await fillCart(bo, [['CODE-MUG', 1]]);
    const order = (await checkout(bo, input)).body.data.checkout;
    expect(amounts(order.totals)).toEqual({ subtotal: 4000, discount: 500, shipping: 0, tax: 350, total: 3850 });
  });
});

describe('codes that cannot apply', () => {
  it.each([
    ['NOSUCHCODE', 'UNKNOWN'],
    ['no such code!', 'UNKNOWN'],
    ['LATER', 'NOT_STARTED'],
    ['gone', 'EXPIRED'],
    ['OFF', 'INACTIVE'],
  ])('%s is %s in the quote and at checkout, which then changes nothing', async (code, reason) => {
    const cy = await signUpShopper(shop.outputs, 'code-cy');
    await fillCart(cy, [['CODE-MUG', 1]]);
    for (const call of [quote, checkout]) {
      const out = await call(cy, { shippingAddress: usAddress(), promotionCode: code });
      expect(out.body.errors?.[0]).toMatchObject({ errorType: 'PromotionCodeRejected', errorInfo: { reason } });
      expect(out.body.data).toBeNull();
    }
    expect((await cy.call(CART)).body.data.myCart.itemCount).toBe(1);
  });

  it('once per customer: a second order is ALREADY_USED until the first is cancelled unpaid', async () => {
    const di = await signUpShopper(shop.outputs, 'code-di');
    await fillCart(di, [['CODE-MUG', 1]]);
    const first = (await checkout(di, { shippingAddress: usAddress(), promotionCode: 'once' })).body.data.checkout;
    expect(first.totals.discount.amount).toBe(400);
    await fillCart(di, [['CODE-MUG', 1]]);
    const again = await checkout(di, { shippingAddress: usAddress(), promotionCode: 'ONCE' });
    expect(again.body.errors?.[0]).toMatchObject({
      errorType: 'PromotionCodeRejected',
      errorInfo: { reason: 'ALREADY_USED' },
    });
    expect((await di.call(CART)).body.data.myCart.itemCount).toBe(1);
    // another customer may still use it
    const ed = await signUpShopper(shop.outputs, 'code-ed');
    await fillCart(ed, [['CODE-MUG', 1]]);
    expect((await checkout(ed, { shippingAddress: usAddress(), promotionCode: 'ONCE' })).body.errors).toBeUndefined();
    await expect.poll(() => redemptionsOf('ONCE')).toBe(2);

    const cancelled = await di.call('mutation($id: ID!) { cancelOrder(id: $id) { status } }', { id: first.id });
    expect(cancelled.body.data.cancelOrder.status).toBe('CANCELLED');
    await expect.poll(() => redemptionsOf('ONCE')).toBe(1);
    const now = await checkout(di, { shippingAddress: usAddress(), promotionCode: 'ONCE' });
    expect(now.body.errors).toBeUndefined();
    expect(now.body.data.checkout.promotionCode).toBe('ONCE');
  });
});

describe('a redemption limit under a real race', () => {
  const RACE =
    '50 shoppers at once for a code limited to 10: exactly 10 discounted orders, 40 USED_UP keeping their carts';
  it(
    RACE,
    async () => {
      const shoppers: Shopper[] = [];
      for (let i = 0; i < 50; i += 5)
        shoppers.push(...(await Promise.all([0, 1, 2, 3, 4].map((j) => signUpShopper(shop.outputs, `race${i + j}`)))));
      await Promise.all(shoppers.map((s) => fillCart(s, [['CODE-MUG', 1]])));
      const input = { shippingAddress: usAddress(), promotionCode: 'RUSH10' };
      const outcomes = await Promise.all(shoppers.map((s) => checkout(s, input)));
      const orders = outcomes.map((o) => o.body.data?.checkout).filter(Boolean);
      const refused = outcomes.map((o) => o.body.errors?.[0]).filter(Boolean);
      expect(orders).toHaveLength(10);
      for (const order of orders) expect(order.totals.discount.amount).toBe(1000);
      expect(refused).toHaveLength(40);
      for (const error of refused)
        expect(error).toMatchObject({ errorType: 'PromotionCodeRejected', errorInfo: { reason: 'USED_UP' } });
      const carts = await Promise.all(shoppers.map(async (s) => (await s.call(CART)).body.data.myCart.itemCount));
      expect(carts.filter((n) => n === 1)).toHaveLength(40);
      await expect.poll(() => redemptionsOf('RUSH10')).toBe(10);

      // an unpaid order cancelled gives its redemption back: one more shopper may use the code
      const loser = shoppers[outcomes.findIndex((o) => o.body.errors)]!;
      const winner = shoppers[outcomes.findIndex((o) => o.body.data?.checkout)]!;
      const placed = outcomes.find((o) => o.body.data?.checkout)!.body.data.checkout;
      await winner.call('mutation($id: ID!) { cancelOrder(id: $id) { status } }', { id: placed.id });
      await expect.poll(() => redemptionsOf('RUSH10')).toBe(9);
      expect((await checkout(loser, input)).body.errors).toBeUndefined();
      await expect.poll(() => redemptionsOf('RUSH10')).toBe(10);
    },
    120_000,
  );
});
