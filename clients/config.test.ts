// Either configuration shape gives the app its shop's currency, USD when the shape does not say.
import { describe, expect, it } from 'vitest';
import { configureShop, shopCurrency, toConnection, type LocalShopOutputs, type StackOutputs } from './config.ts';

const local: LocalShopOutputs = {
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  region: 'us-east-1',
  apiKey: 'da2-local',
  userPoolId: 'local_pool',
  userPoolClientId: 'client',
  cognitoEndpoint: 'http://127.0.0.1:9229',
};
const stack: StackOutputs = {
  GraphqlUrl: 'https://abc.appsync-api.eu-west-1.amazonaws.com/graphql',
  Region: 'eu-west-1',
  ApiKey: 'da2-deployed',
  UserPoolId: 'eu-west-1_pool',
  UserPoolClientId: 'client',
};

describe('toConnection', () => {
  it('takes the currency from the local config.json or the stack outputs', () => {
    expect(toConnection({ ...local, currency: 'JPY' }).currency).toBe('JPY');
    expect(toConnection({ ...stack, Currency: 'EUR' }).currency).toBe('EUR');
  });

  it('defaults to USD when the outputs name none (a stack deployed before the Currency output)', () => {
    expect(toConnection(local).currency).toBe('USD');
    expect(toConnection(stack).currency).toBe('USD');
  });

  it('refuses a currency that is not an ISO 4217 code, before any price is shown', () => {
    expect(() => toConnection({ ...local, currency: 'usd' })).toThrow(
      "currency must be an ISO 4217 code such as USD, got 'usd'",
    );
    expect(() => toConnection({ ...stack, Currency: 'DOLLAR' })).toThrow('ISO 4217');
  });
});

describe('configureShop', () => {
  it('makes the configured currency the app-wide one', () => {
    expect(configureShop({ ...stack, Currency: 'JPY' }).currency).toBe('JPY');
    expect(shopCurrency()).toBe('JPY');
    configureShop(local);
    expect(shopCurrency()).toBe('USD');
  });
});
