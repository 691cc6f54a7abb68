// What an order costs on a US-style stack (prices plus tax), through `npm start` over HTTP: the quote
// and the order agree part by part, shipping goes free above its threshold, a region's rate replaces
// the country's, the order keeps its prices after the admin changes them, a stale quote is refused, and
// the payment charges exactly the total.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import {
  amounts,
  checkout,
  fillCart,
  ORDER,
  pricingAdmin,
  quote,
  usAddress,
  CART,
  type PricingAdmin,
} from '../support/pricing-calls.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';

let shop: ShopProcess;
let admin: PricingAdmin;
let standard: string;
let express: string;

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed'] });
  admin = await pricingAdmin(shop, (await signIn(shop.outputs, 'admin@example.com')).idToken);
  await admin.product('us-mug', [
    { sku: 'US-MUG', price: 1999, stock: 500 },
    { sku: 'US-CUP', price: 2500, stock: 500 },
  ]);
  standard = await admin.method({ name: 'Standard', countries: ['us', 'CA'], price: { amount: 500 }, freeOver: 5000 });
  express = await admin.method({ name: 'Express', countries: ['US'], price: { amount: 1500 }, minDays: 1, maxDays: 2 });
  await admin.method({ name: 'Euro post', countries: ['DE'], price: { amount: 900 } });
  await admin.rate('US', null, 600, 'Sales tax');
  await admin.rate('US', 'ca', 825, 'California sales tax');
}, 180_000);
afterAll(async () => {
  await shop?.stop();
});

describe('US-style prices plus tax', () => {
  it('quotes, then places the order at exactly the quoted parts, which add up', async () => {
    const ada = await signUpShopper(shop.outputs, 'us-ada');
    await fillCart(ada, [
      ['US-MUG', 1],
      ['US-CUP', 1],
    ]);
    const input = { shippingAddress: usAddress('CA'), shippingMethodId: express };
    const quoted = (await quote(ada, input)).body.data.quoteCart;
    expect(quoted.shippingMethods.map((m: any) => m.name)).toEqual(['Standard', 'Express']);
    // 8.25 %: 1999 → 164.9 → 165, 2500 → 206.25 → 206, shipping 1500 → 123.75 → 124
    expect(amounts(quoted.totals)).toEqual({ subtotal: 4499, discount: 0, shipping: 1500, tax: 495, total: 6494 });
    expect(quoted.totals.total.currency).toBe('USD');

    const placed = await checkout(ada, { ...input, expectedTotal: 6494 });
    expect(placed.body.errors).toBeUndefined();
    const order = placed.body.data.checkout;
    expect(amounts(order.totals)).toEqual(amounts(quoted.totals));
    expect(order.subtotal.amount).toBe(4499);
    expect(order.total.amount).toBe(6494);
    expect(order.shippingMethod).toEqual({ id: express, name: 'Express', price: { amount: 1500 } });
    expect(order.promotionCode).toBeNull();
    expect((await ada.call(CART)).body.data.myCart.itemCount).toBe(0);
  });

  it("uses the country's rate outside a region with its own, and nothing where no rate is set", async () => {
    const bo = await signUpShopper(shop.outputs, 'us-bo');
    await fillCart(bo, [['US-MUG', 2]]);
    const texas = (await quote(bo, { shippingAddress: usAddress('TX'), shippingMethodId: express })).body.data;
    // 6 %: 3998 → 239.88 → 240; 1500 → 90
    expect(amounts(texas.quoteCart.totals)).toMatchObject({ subtotal: 3998, shipping: 1500, tax: 330, total: 5828 });
    const germany = (await quote(bo, { shippingAddress: { ...usAddress(), country: 'DE' }, shippingMethodId: null }))
      .body.data.quoteCart;
    expect(amounts(germany.totals)).toEqual({ subtotal: 3998, discount: 0, shipping: 0, tax: 0, total: 3998 });
    expect(germany.shippingMethods.map((m: any) => m.name)).toEqual(['Euro post']);
  });

  it('ships free once the subtotal reaches the threshold, and charges just below it', async () => {
    const cy = await signUpShopper(shop.outputs, 'us-cy');
    await fillCart(cy, [['US-CUP', 2]]);
    const at = { shippingAddress: usAddress('NY'), shippingMethodId: standard };
    expect(amounts((await quote(cy, at)).body.data.quoteCart.totals)).toMatchObject({ subtotal: 5000, shipping: 0 });
    const order = (await checkout(cy, at)).body.data.checkout;
    expect(amounts(order.totals)).toEqual({ subtotal: 5000, discount: 0, shipping: 0, tax: 300, total: 5300 });
    expect(order.shippingMethod).toMatchObject({ name: 'Standard', price: { amount: 500 } });
    await fillCart(cy, [
      ['US-CUP', 1],
      ['US-MUG', 1],
    ]);
    expect(amounts((await quote(cy, at)).body.data.quoteCart.totals)).toMatchObject({ subtotal: 4499, shipping: 500 });
  });

  it('refuses a method that does not serve the country, naming the field; nothing changes', async () => {
    const di = await signUpShopper(shop.outputs, 'us-di');
    await fillCart(di, [['US-MUG', 1]]);
    const germanyOnly = (await admin.call('{ allShippingMethods { id name } }')).body.data.allShippingMethods.find(
      (m: any) => m.name === 'Euro post',
    ).id;
    for (const call of [quote, checkout]) {
      const out = await call(di, { shippingAddress: usAddress(), shippingMethodId: germanyOnly });
      expect(out.body.errors?.[0]).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { fields: ['input.shippingMethodId'] },
      });
    }
    const unknown = await checkout(di, { shippingAddress: usAddress(), shippingMethodId: '01JNOSUCHMETHOD0000000000' });
    expect(unknown.body.errors?.[0]?.errorType).toBe('ValidationError');
    expect((await di.call(CART)).body.data.myCart.itemCount).toBe(1);
  });

  const STALE = 'refuses a checkout whose expected total went stale, keeping the cart; the order then keeps its prices';
  it(STALE, async () => {
    const ed = await signUpShopper(shop.outputs, 'us-ed');
    await fillCart(ed, [['US-MUG', 1]]);
    const input = { shippingAddress: usAddress('WA'), shippingMethodId: express };
    const before = (await quote(ed, input)).body.data.quoteCart.totals.total.amount;
    await admin.rate('US', 'WA', 1000, 'Washington sales tax');
    const stale = await checkout(ed, { ...input, expectedTotal: before });
    expect(stale.body.errors?.[0]).toMatchObject({ errorType: 'ConflictError' });
    expect(stale.body.errors?.[0]?.errorInfo?.total).toBe(1999 + 1500 + 200 + 150);
    expect((await ed.call(CART)).body.data.myCart.itemCount).toBe(1);

    const requoted = (await quote(ed, input)).body.data.quoteCart.totals;
    const placed = (await checkout(ed, { ...input, expectedTotal: requoted.total.amount })).body.data.checkout;
    expect(amounts(placed.totals)).toEqual(amounts(requoted));
    // the admin changes everything the order was placed with: the order does not move
    await admin.rate('US', 'WA', 0, 'Washington sales tax');
    await admin.call(
      'mutation($id: ID!, $input: ShippingMethodInput!) { updateShippingMethod(id: $id, input: $input) { id } }',
      {
        id: express,
        input: { name: 'Express (new)', countries: ['US'], price: { amount: 2500 } },
      },
    );
    await admin.call('mutation { setVariantPrice(sku: "US-MUG", price: { amount: 1 }) { sku } }');
    const later = (await ed.call(`query($id: ID!) { order(id: $id) { ${ORDER} } }`, { id: placed.id })).body.data.order;
    expect(amounts(later.totals)).toEqual(amounts(requoted));
    expect(later.shippingMethod).toEqual({ id: express, name: 'Express', price: { amount: 1500 } });
    await admin.call('mutation { setVariantPrice(sku: "US-MUG", price: { amount: 1999 }) { sku } }');
    await admin.call(
      'mutation($id: ID!, $input: ShippingMethodInput!) { updateShippingMethod(id: $id, input: $input) { id } }',
      {
        id: express,
        input: { name: 'Express', countries: ['US'], price: { amount: 1500 }, minDays: 1, maxDays: 2 },
      },
    );
  });

  it('charges exactly the total: the payment of the order is its total', async () => {
    const fa = await signUpShopper(shop.outputs, 'us-fa');
    await fillCart(fa, [['US-CUP', 3]]);
    const order = (await checkout(fa, { shippingAddress: usAddress('CA'), shippingMethodId: express })).body.data
      .checkout;
    const started = await fa.call(
      'mutation($o: ID!, $r: AWSURL!) { startPayment(orderId: $o, returnUrl: $r) { url } }',
      { o: order.id, r: `${new URL(shop.outputs.graphqlUrl).origin}/shop/` },
    );
    expect(started.body.errors).toBeUndefined();
    const page = await (await fetch(started.body.data.startPayment.url)).text();
    expect(page).toContain((order.total.amount / 100).toFixed(2));
    const read = await fa.call(
      'query($id: ID!) { order(id: $id) { total { amount } payment { amount { amount } } } }',
      {
        id: order.id,
      },
    );
    expect(read.body.data.order.payment.amount.amount).toBe(order.total.amount);
    expect(order.total.amount).toBe(7500 + 1500 + 619 + 124);
  });
});
