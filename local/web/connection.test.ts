// config.json's content: the public part of outputs.local.json and the currency the API's resolvers use.
import { describe, expect, it } from 'vitest';
import { webConnection } from './index.ts';

const outputs = {
  graphqlUrl: 'http://127.0.0.1:4000/graphql',
  realtimeUrl: 'ws://127.0.0.1:4000/graphql/realtime',
  region: 'us-east-1',
  apiKey: 'da2-local',
  userPoolId: 'local_pool',
  userPoolClientId: 'client-id',
  cognitoEndpoint: 'http://127.0.0.1:9229',
};

describe('webConnection', () => {
  it("takes the currency from the API's CURRENCY environment variable", () => {
    expect(webConnection(outputs, { TABLE_NAME: 'Shop', CURRENCY: 'JPY' })).toEqual({ ...outputs, currency: 'JPY' });
  });

  it('falls back to USD, as resolvers do, when the API sets no CURRENCY', () => {
    expect(webConnection(outputs, { TABLE_NAME: 'Shop' }).currency).toBe('USD');
  });

  it("leaves out everything else in outputs.local.json (the IAM keys, the users' passwords)", () => {
    const local = { ...outputs, iam: { accessKeyId: 'AKIA', secretAccessKey: 'secret' }, users: [], bucket: 'b' };
    expect(Object.keys(webConnection(local, { CURRENCY: 'EUR' })).sort()).toEqual(
      [...Object.keys(outputs), 'currency'].sort(),
    );
  });
});
