// The demo shop's shipping methods and one promotion code, written through the API like the catalog
// (the admin mutations, so they are valid by construction). No tax rate: without one a quote's total
// is its subtotal minus discount plus shipping, which older clients expect.
import { must, type RunMutation } from './demo-catalog.ts';

/** The countries the demo storefront ships to (its checkout takes any two-letter code). */
export const DEMO_COUNTRIES = ['US', 'CA', 'GB', 'IE', 'DE', 'FR', 'NL', 'BE', 'AT', 'ES', 'IT', 'AU'];

const SHIPPING_METHODS = [
  { name: 'Standard', countries: DEMO_COUNTRIES, price: { amount: 500 }, freeOver: 5000, minDays: 3, maxDays: 5 },
  { name: 'Express', countries: DEMO_COUNTRIES, price: { amount: 1500 }, minDays: 1, maxDays: 2 },
];

const PROMOTION_CODES = [{ code: 'WELCOME10', percentOff: 10, active: true }];

export interface SeededPricing {
  shippingMethods: number;
  promotionCodes: number;
}

export async function seedDemoPricing(run: RunMutation): Promise<SeededPricing> {
  for (const input of SHIPPING_METHODS) {
    await must(run, 'mutation Seed($input: ShippingMethodInput!) { createShippingMethod(input: $input) { id } }', {
      input,
    });
  }
  for (const input of PROMOTION_CODES) {
    await must(run, 'mutation Seed($input: PromotionCodeInput!) { createPromotionCode(input: $input) { code } }', {
      input,
    });
  }
  return { shippingMethods: SHIPPING_METHODS.length, promotionCodes: PROMOTION_CODES.length };
}
