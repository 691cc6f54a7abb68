// An EU-style stack (`npm start -- --parameters PricesIncludeTax=true`): prices include VAT, which the
// totals show but do not add; a discount and shipping carry their share of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../support/cognito-tokens.ts';
import { amounts, checkout, fillCart, pricingAdmin, quote, type PricingAdmin } from '../support/pricing-calls.ts';
import { startShopProcess, type ShopProcess } from '../support/shop-process.ts';
import { signUpShopper } from '../support/shop-shoppers.ts';

let shop: ShopProcess;
let admin: PricingAdmin;
let method: string;
const berlin = { name: 'Ada', line1: 'Unter den Linden 1', city: 'Berlin', postalCode: '10117', country: 'DE' };

beforeAll(async () => {
  shop = await startShopProcess({ args: ['--no-seed', '--parameters', 'PricesIncludeTax=true'] });
  admin = await pricingAdmin(shop, (await signIn(shop.outputs, 'admin@example.com')).idToken);
  await admin.product('eu-mug', [
    { sku: 'EU-MUG', price: 1200, stock: 100 },
    { sku: 'EU-CUP', price: 999, stock: 100 },
  ]);
  method = await admin.method({ name: 'DHL', countries: ['DE', 'AT'], price: { amount: 600 } });
  await admin.rate('DE', null, 1900, 'MwSt');
  await admin.code({ code: 'EURO5', amountOff: 500 });
}, 180_000);
afterAll(async () => {
  await shop?.stop();
});

describe('EU-style prices that include VAT', () => {
  it('shows the VAT inside the total, which is subtotal − discount + shipping', async () => {
    const ada = await signUpShopper(shop.outputs, 'eu-ada');
    await fillCart(ada, [
      ['EU-MUG', 1],
      ['EU-CUP', 1],
    ]);
    const input = { shippingAddress: berlin, shippingMethodId: method };
    const quoted = amounts((await quote(ada, input)).body.data.quoteCart.totals);
    // 1200 − round(1008.40) = 192; 999 − round(839.496) = 160; 600 − round(504.20) = 96
    expect(quoted).toEqual({ subtotal: 2199, discount: 0, shipping: 600, tax: 448, total: 2799 });
    const order = (await checkout(ada, { ...input, expectedTotal: 2799 })).body.data.checkout;
    expect(amounts(order.totals)).toEqual(quoted);
  });

  it('shares an amount off between the lines before taking the VAT out of each', async () => {
    const bo = await signUpShopper(shop.outputs, 'eu-bo');
    await fillCart(bo, [
      ['EU-MUG', 1],
      ['EU-CUP', 1],
    ]);
    const order = (await checkout(bo, { shippingAddress: berlin, shippingMethodId: method, promotionCode: 'euro5' }))
      .body.data.checkout;
    // 500 off shared 273 / 227 (cumulative: round(500 × 1200 / 2199) = 273): lines 927 and 772
    // VAT 927 − round(779.0) = 148; 772 − round(648.7) = 123; shipping 96
    expect(amounts(order.totals)).toEqual({ subtotal: 2199, discount: 500, shipping: 600, tax: 367, total: 2299 });
    const t = amounts(order.totals);
    expect(t.subtotal - t.discount + t.shipping).toBe(t.total);
  });
});
