// An Amplify JS v6 app as a user writes it against `npm start`: configured from outputs.local.json
// alone, signed in with `signIn`, subscribed with `generateClient().graphql(...)`. It runs as its own
// process because Node reads NODE_EXTRA_CA_CERTS (the local certificate Amplify's wss:// needs) only
// at start-up. Everything it sees goes to stdout as one JSON line each, for the parent test:
//   {"event":"signedIn"}  {"event":"ack"}  {"event":"data","data":…}  {"event":"error","error":…}
//   {"event":"connection","state":…}  {"event":"fatal","message":…}
// Usage: node --import tsx amplify-subscriber.ts <outputs.json> <email> <password> <query> [variables JSON]
import { readFile } from 'node:fs/promises';
import WebSocket from 'ws';

/** The keys of outputs.local.json this app reads: what a user's app would read from it. */
interface Outputs {
  graphqlUrl: string;
  region: string;
  userPoolId: string | null;
  userPoolClientId: string | null;
  cognitoEndpoint: string | null;
}

const [outputsFile, email, password, query, variables = '{}'] = process.argv.slice(2);
const emit = (line: Record<string, unknown>) => process.stdout.write(`${JSON.stringify(line)}\n`);

async function main(): Promise<void> {
  if (!outputsFile || !email || !password || !query)
    throw new Error('usage: <outputs.json> <email> <password> <query>');
  // Node 20 has no global WebSocket and Amplify looks for one; set it before Amplify is loaded.
  (globalThis as { WebSocket?: unknown }).WebSocket ??= WebSocket;
  const { Amplify } = await import('aws-amplify');
  const { Hub } = await import('aws-amplify/utils');
  const { signIn } = await import('aws-amplify/auth');
  const { generateClient } = await import('aws-amplify/api');

  const outputs = JSON.parse(await readFile(outputsFile, 'utf8')) as Outputs;
  Amplify.configure({
    API: { GraphQL: { endpoint: outputs.graphqlUrl, region: outputs.region, defaultAuthMode: 'userPool' } },
    Auth: {
      Cognito: {
        userPoolId: outputs.userPoolId ?? '',
        userPoolClientId: outputs.userPoolClientId ?? '',
        userPoolEndpoint: outputs.cognitoEndpoint ?? undefined,
      },
    },
  });

  const { isSignedIn, nextStep } = await signIn({
    username: email,
    password,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  });
  if (!isSignedIn) throw new Error(`sign-in stopped at ${nextStep.signInStep}`);
  emit({ event: 'signedIn' });

  // The start_ack for our one subscription: from here on, a change is delivered.
  Hub.listen('api', ({ payload }) => {
    if (payload.event === 'Subscription ack') emit({ event: 'ack' });
    if (payload.event === 'ConnectionStateChange')
      emit({ event: 'connection', state: (payload.data as { connectionState: string }).connectionState });
  });
  const client = generateClient();
  const observable = client.graphql({ query, variables: JSON.parse(variables) as Record<string, unknown> });
  if (!('subscribe' in observable)) throw new Error('not a subscription');
  observable.subscribe({
    next: (event: unknown) => emit({ event: 'data', data: (event as { data: unknown }).data }),
    error: (error: unknown) => emit({ event: 'error', error: serialize(error) }),
  });
}

// Amplify's subscription errors are plain objects ({ errors: [GraphQLError spread] }), not Errors.
function serialize(error: unknown): unknown {
  if (error instanceof Error) return { name: error.name, message: error.message };
  return JSON.parse(JSON.stringify(error ?? null)) as unknown;
}

main().catch((err: unknown) => {
  emit({ event: 'fatal', message: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
  process.exitCode = 1;
});
