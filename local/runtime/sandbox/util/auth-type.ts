// util.authType(): the authorization mode of the current request, as the host tells it.
import { currentState } from '../state.ts';

export const AUTH_TYPES = {
  API_KEY: 'API Key Authorization',
  AWS_IAM: 'IAM Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  OPENID_CONNECT: 'Open ID Connect Authorization',
  AWS_LAMBDA: 'Lambda Authorization',
} as const;

export function authType(): string {
  return currentState().authType;
}
