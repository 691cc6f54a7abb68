// Pricing through a running `npm start`, as the admin and a storefront call it: operations and small
// helpers shared by the pricing integration tests (US-style, EU-style, promotion codes).
import { randomUUID } from 'node:crypto';
import { graphql, type GraphQLResponse } from './graphql-client.ts';
import type { ShopProcess } from './shop-process.ts';
import type { Shopper } from './shop-shoppers.ts';

const MONEY = '{ amount currency }';
export const TOTALS = `{ subtotal ${MONEY} discount ${MONEY} shipping ${MONEY} tax ${MONEY} total ${MONEY} }`;
export const ORDER =
  `id status subtotal { amount } total { amount } totals ${TOTALS} promotionCode ` +
  'shippingMethod { id name price { amount } } lines { sku quantity lineTotal { amount } }';
export const QUOTE =
  'query($input: QuoteInput!) { quoteCart(input: $input) { ' +
  `totals ${TOTALS} shippingMethods { id name price { amount } freeOver { amount } } } }`;
export const CHECKOUT = `mutation($input: CheckoutInput!) { checkout(input: $input) { ${ORDER} } }`;
export const ADD = 'mutation($sku: ID!, $q: Int!) { addToCart(sku: $sku, quantity: $q) { itemCount } }';
export const CART = '{ myCart { itemCount subtotal { amount } } }';

export const usAddress = (region?: string) => ({
  name: 'Ada Shopper',
  line1: '1 Main St',
  city: 'Springfield',
  postalCode: '12345',
  country: 'US',
  ...(region ? { region } : {}),
});

export interface Totals {
  subtotal: number;
  discount: number;
  shipping: number;
  tax: number;
  total: number;
}

/** `{ subtotal: { amount } … }` as plain numbers. */
export function amounts(totals: Record<string, { amount: number }>): Totals {
  const out: Record<string, number> = {};
  for (const [part, money] of Object.entries(totals)) out[part] = money.amount;
  return out as unknown as Totals;
}

export interface PricingAdmin {
  call<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
  product(slug: string, variants: Array<{ sku: string; price: number; stock: number }>): Promise<string>;
  method(input: Record<string, unknown>): Promise<string>;
  rate(country: string, region: string | null, rate: number, name?: string): Promise<void>;
  code(input: Record<string, unknown>): Promise<void>;
}

function expectNoErrors(out: GraphQLResponse, what: string): void {
  if (out.body.errors) throw new Error(`${what}: ${JSON.stringify(out.body.errors)}`);
}

export async function pricingAdmin(shop: ShopProcess, token: string): Promise<PricingAdmin> {
  const call = (query: string, variables: Record<string, unknown> = {}) =>
    graphql(shop.outputs.graphqlUrl, query, variables, { authorization: token });
  const slug = `pricing-${randomUUID().slice(0, 8)}`;
  const category = await call('mutation($s: String!) { createCategory(input: { slug: $s, name: $s }) { id } }', {
    s: slug,
  });
  expectNoErrors(category, 'createCategory');
  const categoryId = category.body.data.createCategory.id as string;
  return {
    call,
    async product(productSlug, variants) {
      const out = await call('mutation($input: CreateProductInput!) { createProduct(input: $input) { id } }', {
        input: {
          slug: productSlug,
          name: `Product ${productSlug}`,
          categoryId,
          status: 'ACTIVE',
          variants: variants.map((v) => ({ sku: v.sku, name: v.sku, price: { amount: v.price }, stock: v.stock })),
        },
      });
      expectNoErrors(out, 'createProduct');
      return out.body.data.createProduct.id;
    },
    async method(input) {
      const out = await call('mutation($input: ShippingMethodInput!) { createShippingMethod(input: $input) { id } }', {
        input,
      });
      expectNoErrors(out, 'createShippingMethod');
      return out.body.data.createShippingMethod.id;
    },
    async rate(country, region, rate, name = 'Sales tax') {
      const out = await call('mutation($input: TaxRateInput!) { setTaxRate(input: $input) { rate } }', {
        input: { country, region, rate, name },
      });
      expectNoErrors(out, 'setTaxRate');
    },
    async code(input) {
      const out = await call('mutation($input: PromotionCodeInput!) { createPromotionCode(input: $input) { code } }', {
        input,
      });
      expectNoErrors(out, 'createPromotionCode');
    },
  };
}

/** Fills the shopper's cart with these lines (adding to what is there). */
export async function fillCart(shopper: Shopper, lines: Array<[string, number]>): Promise<void> {
  for (const [sku, q] of lines) expectNoErrors(await shopper.call(ADD, { sku, q }), `addToCart ${sku}`);
}

export async function quote(shopper: Shopper, input: Record<string, unknown>) {
  return shopper.call(QUOTE, { input });
}

export async function checkout(shopper: Shopper, input: Record<string, unknown>) {
  return shopper.call(CHECKOUT, { input: { idempotencyKey: randomUUID(), ...input } });
}
