// cognito-local, started from Node on 127.0.0.1, plus idempotent provisioning of pools and users.
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
