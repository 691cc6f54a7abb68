// The pricing wiring (docs/pricing.md): one shop-wide PricesIncludeTax parameter reaching resolvers as
// PRICES_INCLUDE_TAX, and a resolver for every pricing field of the schema.
import type { Template } from 'aws-cdk-lib/assertions';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRealBundle, resourcesOfType, synthShopStack, type Bundle } from './support.ts';

let real: Bundle;
let template: Template;

beforeAll(async () => {
  real = await buildRealBundle();
  template = synthShopStack(real.dir).template;
});
afterAll(() => real?.cleanup());

describe('pricing', () => {
  it('declares PricesIncludeTax (false by default, true or false only) and gives it to resolvers', () => {
    expect(template.toJSON()['Parameters']['PricesIncludeTax']).toMatchObject({
      Type: 'String',
      Default: 'false',
      AllowedValues: ['false', 'true'],
    });
    const [, api] = resourcesOfType(template, 'AWS::AppSync::GraphQLApi')[0]!;
    expect(api['Properties']['EnvironmentVariables']['PRICES_INCLUDE_TAX']).toEqual({ Ref: 'PricesIncludeTax' });
  });

  it('binds a resolver to every pricing field', () => {
    const bound = resourcesOfType(template, 'AWS::AppSync::Resolver').map(
      ([, r]) => `${r['Properties']['TypeName']}.${r['Properties']['FieldName']}`,
    );
    const fields = [
      'Query.quoteCart',
      'Query.shippingMethods',
      'Query.allShippingMethods',
      'Query.taxRates',
      'Query.promotionCodes',
      'Mutation.createShippingMethod',
      'Mutation.updateShippingMethod',
      'Mutation.setTaxRate',
      'Mutation.deleteTaxRate',
      'Mutation.createPromotionCode',
      'Mutation.setPromotionCodeActive',
    ];
    for (const field of fields) expect(bound, field).toContain(field);
  });
});
