// AppSync's authorization modes (AuthenticationType in the API reference) and the names
// util.authType() gives them (https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html,
// util.authType).
export const AUTH_TYPE_NAMES = {
  API_KEY: 'API Key Authorization',
  AWS_IAM: 'IAM Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
} as const;

export type AuthMode = keyof typeof AUTH_TYPE_NAMES;

export const AUTH_MODES = Object.keys(AUTH_TYPE_NAMES) as AuthMode[];
