// What /shop/config.json tells the browser app: the public part of outputs.local.json plus the shop's currency,
// which only the synthesized API knows (its CURRENCY environment variable, as resolvers read it in ctx.env).

/** What the browser app needs; never the IAM keys or the local users' passwords. */
export interface WebConnection {
  graphqlUrl: string;
  realtimeUrl: string;
  region: string;
  apiKey: string;
  userPoolId: string | null;
  userPoolClientId: string | null;
  cognitoEndpoint: string | null;
  /** ISO 4217; clients/config.ts reads it as LocalShopOutputs.currency */
  currency: string;
}

/** Every field of WebConnection, and only those: the handler serializes config.json with exactly this list. */
export const WEB_CONNECTION_FIELDS = [
  'graphqlUrl',
  'realtimeUrl',
  'region',
  'apiKey',
  'userPoolId',
  'userPoolClientId',
  'cognitoEndpoint',
  'currency',
] as const satisfies ReadonlyArray<keyof WebConnection>;
// A compile error here means a WebConnection field is missing from the list above.
const _allFieldsListed: Record<Exclude<keyof WebConnection, (typeof WEB_CONNECTION_FIELDS)[number]>, never> = {};

/** resolvers/lib/money.ts falls back to the same when the API has no CURRENCY. */
const DEFAULT_CURRENCY = 'USD';

/** The fields of outputs.local.json (local/start's LocalOutputs) the app gets; the rest stays on this machine. */
export type PublicOutputs = Omit<WebConnection, 'currency'>;

/** Copies field by field, so a new secret in outputs.local.json never reaches a browser by accident. */
export function webConnection(outputs: PublicOutputs, apiEnvironment: Readonly<Record<string, string>>): WebConnection {
  const { graphqlUrl, realtimeUrl, region, apiKey, userPoolId, userPoolClientId, cognitoEndpoint } = outputs;
  const currency = apiEnvironment.CURRENCY || DEFAULT_CURRENCY;
  return { graphqlUrl, realtimeUrl, region, apiKey, userPoolId, userPoolClientId, cognitoEndpoint, currency };
}
