// cognito-local, started from Node on an internal loopback port behind a gateway as strict as Cognito
// (IAM for admin operations, CORS for public ones, loopback Host names), plus idempotent provisioning.
export { startCognitoLocal, cognitoLocalEntry } from './start.ts';
export type { CognitoLocal, CognitoLocalOptions } from './start.ts';
export { createCognitoAdmin } from './provision.ts';
export type {
  CognitoAdmin,
  PasswordPolicy,
  UserPoolClientProps,
  UserPoolInfo,
  UserPoolProps,
  UserProps,
} from './provision.ts';
export { generatePassword, meetsPolicy } from './password.ts';
export type { CodeDelivery } from './codes.ts';
export { startCognitoGateway, MAX_BODY_BYTES } from './gateway.ts';
export type { CognitoGateway, CognitoGatewayOptions } from './gateway.ts';
export { cognitoSignatureCheck, type GatewayRequest, type SignatureCheck } from './signature.ts';
export { PUBLIC_OPERATIONS, needsIam } from './operations.ts';
