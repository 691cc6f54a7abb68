// util.authType() answers from the request's authorization mode. When a caller (EvaluateCode,
// a test) gives only an identity, the mode is read off its shape as AppSync fills it.
import type { AuthMode } from '../../contracts/index.ts';

export function authModeOfIdentity(identity: unknown): AuthMode {
  if (identity === null || typeof identity !== 'object') return 'API_KEY';
  const id = identity as Record<string, unknown>;
  if ('resolverContext' in id) return 'AWS_LAMBDA';
  if ('userArn' in id || 'accountId' in id || 'cognitoIdentityPoolId' in id) return 'AWS_IAM';
  if ('defaultAuthStrategy' in id || 'groups' in id || 'username' in id) return 'AMAZON_COGNITO_USER_POOLS';
  if ('sub' in id || 'issuer' in id) return 'OPENID_CONNECT';
  return 'API_KEY';
}
