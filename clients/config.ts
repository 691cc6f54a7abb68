// The two shapes an app's configuration arrives in (the local twin's outputs.local.json, or the deployed
// stack's CfnOutputs) and the one function that turns either into Amplify's configuration.
// https://docs.amplify.aws/gen1/react/build-a-backend/graphqlapi/existing-resources/ (Amplify.configure)
import { Amplify } from 'aws-amplify';

/** What `npm start` writes to outputs.local.json (the fields an app needs; iam and users are for tools). */
export interface LocalShopOutputs {
  graphqlUrl: string;
  realtimeUrl?: string;
  region: string;
  apiKey: string;
  userPoolId: string | null;
  userPoolClientId: string | null;
  cognitoEndpoint: string | null;
  /** The shop's one currency (the API's CURRENCY); the local /shop/config.json carries it, outputs.local.json not. */
  currency?: string;
}

/** The deployed stack's CfnOutputs (`aws cloudformation describe-stacks`, flattened to key -> value). */
export interface StackOutputs {
  GraphqlUrl: string;
  Region: string;
  ApiKey: string;
  UserPoolId: string;
  UserPoolClientId: string;
  /** The shop's one currency; absent from stacks deployed before the output existed. */
  Currency?: string;
}

export type ShopOutputs = LocalShopOutputs | StackOutputs;

/** One shape for the rest of the app, whichever file it came from. */
export interface ShopConnection {
  graphqlUrl: string;
  region: string;
  apiKey: string;
  userPoolId: string;
  userPoolClientId: string;
  /** Set only for the local twin: Amplify's Auth then talks to cognito-local instead of cognito-idp. */
  cognitoEndpoint?: string;
  /** ISO 4217 code of the shop's one currency (contract: configurable, default USD). */
  currency: string;
}

export const DEFAULT_CURRENCY = 'USD';

function currencyOf(value: string | undefined): string {
  const currency = value ?? DEFAULT_CURRENCY;
  // The same rule as the stack's (infra/constructs/shop-api.ts): fail at configuration, not at the first price.
  if (!/^[A-Z]{3}$/.test(currency)) throw new Error(`currency must be an ISO 4217 code such as USD, got '${currency}'`);
  return currency;
}

function isStackOutputs(outputs: ShopOutputs): outputs is StackOutputs {
  return 'GraphqlUrl' in outputs;
}

export function toConnection(outputs: ShopOutputs): ShopConnection {
  if (isStackOutputs(outputs)) {
    return {
      graphqlUrl: outputs.GraphqlUrl,
      region: outputs.Region,
      apiKey: outputs.ApiKey,
      userPoolId: outputs.UserPoolId,
      userPoolClientId: outputs.UserPoolClientId,
      currency: currencyOf(outputs.Currency),
    };
  }
  if (!outputs.userPoolId || !outputs.userPoolClientId) {
    throw new Error('outputs.local.json has no user pool: is the Cognito twin running?');
  }
  return {
    graphqlUrl: outputs.graphqlUrl,
    region: outputs.region,
    apiKey: outputs.apiKey,
    userPoolId: outputs.userPoolId,
    userPoolClientId: outputs.userPoolClientId,
    currency: currencyOf(outputs.currency),
    ...(outputs.cognitoEndpoint ? { cognitoEndpoint: outputs.cognitoEndpoint } : {}),
  };
}

let configuredCurrency = DEFAULT_CURRENCY;

/** The currency of the shop configureShop was last given (like Amplify's own configuration, one per app). */
export function shopCurrency(): string {
  return configuredCurrency;
}

/**
 * Configures aws-amplify/api (user pool by default, the API key for anonymous calls) and aws-amplify/auth.
 * Switching local <-> AWS is only a matter of which outputs object is passed.
 */
export function configureShop(outputs: ShopOutputs): ShopConnection {
  const connection = toConnection(outputs);
  configuredCurrency = connection.currency;
  Amplify.configure({
    API: {
      GraphQL: {
        endpoint: connection.graphqlUrl,
        region: connection.region,
        defaultAuthMode: 'userPool',
        apiKey: connection.apiKey,
      },
    },
    Auth: {
      Cognito: {
        userPoolId: connection.userPoolId,
        userPoolClientId: connection.userPoolClientId,
        // https://docs.amplify.aws/javascript/build-a-backend/auth/ (custom userPoolEndpoint, used for the twin)
        ...(connection.cognitoEndpoint ? { userPoolEndpoint: connection.cognitoEndpoint } : {}),
      },
    },
  });
  return connection;
}
