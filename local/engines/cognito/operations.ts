// Which Cognito user pool operations a client may call without IAM credentials, written once as data.
// Everything else (every Admin* operation, ListUsers, CreateGroup, Describe*, ...) requires SigV4
// signed with IAM credentials. The set follows "Using the Amazon Cognito user pools API and user pool
// endpoints" (https://docs.aws.amazon.com/cognito/latest/developerguide/user-pools-API-operations.html):
// its unauthenticated and token-authorized operations. It matches the operations the AWS SDK v3 model
// marks `smithy.api#noAuth` (@aws-sdk/client-cognito-identity-provider, auth/httpAuthSchemeProvider).

/** Operations a client calls unauthenticated (session/code-based) or with a user's access token. */
export const PUBLIC_OPERATIONS: ReadonlySet<string> = new Set([
  // unauthenticated: sign-up, sign-in and forgotten-password flows
  'SignUp',
  'ConfirmSignUp',
  'ResendConfirmationCode',
  'ForgotPassword',
  'ConfirmForgotPassword',
  'InitiateAuth',
  'RespondToAuthChallenge',
  'GetTokensFromRefreshToken',
  'RevokeToken',
  // token-authorized: the signed-in user acting on themself with their access token
  'AssociateSoftwareToken',
  'VerifySoftwareToken',
  'ChangePassword',
  'GetUser',
  'UpdateUserAttributes',
  'DeleteUserAttributes',
  'DeleteUser',
  'GetUserAttributeVerificationCode',
  'VerifyUserAttribute',
  'GlobalSignOut',
  'SetUserMFAPreference',
  'SetUserSettings',
  'UpdateAuthEventFeedback',
  'ConfirmDevice',
  'ForgetDevice',
  'GetDevice',
  'ListDevices',
  'UpdateDeviceStatus',
  'GetUserAuthFactors',
  'StartWebAuthnRegistration',
  'CompleteWebAuthnRegistration',
  'ListWebAuthnCredentials',
  'DeleteWebAuthnCredential',
  'ListUserSessions',
  'RevokeUserSession',
]);

/** The JSON 1.1 protocol's target prefix for Cognito user pools. */
export const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';

const OPERATION_NAME = /^[A-Za-z]{1,64}$/;

/**
 * The operation an `X-Amz-Target` header names, or undefined when it is not exactly
 * `AWSCognitoIdentityProviderService.<Operation>` (cognito-local would read any `<x>.<Operation>`).
 */
export function operationOf(target: string | string[] | undefined): string | undefined {
  if (typeof target !== 'string' || !target.startsWith(TARGET_PREFIX)) return undefined;
  const name = target.slice(TARGET_PREFIX.length);
  return OPERATION_NAME.test(name) ? name : undefined;
}

/** Default deny: an operation not in the public set (known or not) needs IAM credentials. */
export const needsIam = (operation: string): boolean => !PUBLIC_OPERATIONS.has(operation);
