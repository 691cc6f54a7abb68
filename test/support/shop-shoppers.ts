// Shoppers for integration tests against `npm start`: new users signed up in the local Cognito
// (SignUp + AdminConfirmSignUp, as a real sign-up flow ends) and signed in with USER_PASSWORD_AUTH.
import { randomUUID } from 'node:crypto';
import {
  AdminConfirmSignUpCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
  SignUpCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { LocalOutputs } from '../../local/start/index.ts';
import { generatePassword } from '../../local/engines/index.ts';
import { graphql, type GraphQLResponse } from './graphql-client.ts';

export interface Shopper {
  email: string;
  /** for clients that sign in themselves (Amplify's `signIn`) */
  password: string;
  /** ID token: the `authorization` header value. */
  token: string;
  call<T = any>(query: string, variables?: Record<string, unknown>): Promise<GraphQLResponse<T>>;
}

export async function signUpShopper(outputs: LocalOutputs, label: string): Promise<Shopper> {
  const client = new CognitoIdentityProviderClient({
    endpoint: outputs.cognitoEndpoint ?? undefined,
    region: outputs.region,
    // the stack's IAM keys, as a backend signs: AdminConfirmSignUp needs them (SignUp/InitiateAuth do not)
    credentials: { ...outputs.iam },
  });
  const email = `${label}-${randomUUID().slice(0, 8)}@example.com`;
  const password = generatePassword();
  try {
    await client.send(
      new SignUpCommand({
        ClientId: outputs.userPoolClientId ?? undefined,
        Username: email,
        Password: password,
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await client.send(new AdminConfirmSignUpCommand({ UserPoolId: outputs.userPoolId ?? undefined, Username: email }));
    const auth = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: outputs.userPoolClientId ?? undefined,
        AuthParameters: { USERNAME: email, PASSWORD: password },
      }),
    );
    const token = auth.AuthenticationResult?.IdToken as string;
    return {
      email,
      password,
      token,
      call: (query, variables = {}) => graphql(outputs.graphqlUrl, query, variables, { authorization: token }),
    };
  } finally {
    client.destroy();
  }
}
