// Tokens the way a client gets them from Cognito: InitiateAuth with USER_PASSWORD_AUTH.
import { CognitoIdentityProviderClient, InitiateAuthCommand } from '@aws-sdk/client-cognito-identity-provider';
import { LOCAL_CREDENTIALS } from '../../local/local-aws.ts';
import type { LocalOutputs } from '../../local/start/index.ts';

export async function signIn(outputs: LocalOutputs, email: string): Promise<{ idToken: string; accessToken: string }> {
  const user = outputs.users.find((u) => u.email === email);
  if (!user) throw new Error(`no local user ${email}`);
  const client = new CognitoIdentityProviderClient({
    endpoint: outputs.cognitoEndpoint ?? undefined,
    region: outputs.region,
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    const result = await client.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: outputs.userPoolClientId ?? undefined,
        AuthParameters: { USERNAME: email, PASSWORD: user.password },
      }),
    );
    return {
      idToken: result.AuthenticationResult?.IdToken as string,
      accessToken: result.AuthenticationResult?.AccessToken as string,
    };
  } finally {
    client.destroy();
  }
}
