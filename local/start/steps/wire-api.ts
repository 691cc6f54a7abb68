// Wires the API as the template declares it, against what the twins contributed: resolvers and
// data sources (DynamoDB over the wire client, Lambda runners), the authenticator for the
// template's auth modes, and the AppSync endpoint that serves it on loopback.
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../../local-aws.ts';
import type { Authenticator } from '../../server/index.ts';
import { startAppSyncServer, type AppSyncServer, type AppSyncServerOptions } from '../../server/index.ts';
import { readLocalStack, type StackArtifact } from '../../stack/index.ts';
import { createApiAuthenticator, createApiRuntime } from '../api-runtime.ts';
import type { LocalSecrets } from '../secrets.ts';
import type { TwinOutputs } from '../twins/index.ts';

export interface WireApiOptions {
  artifact: StackArtifact;
  twins: TwinOutputs;
  /** the template parameters' local values (localParameters) */
  parameters: Record<string, string>;
  secrets: LocalSecrets;
  verbose: boolean;
  progress(line: string): void;
}

export interface WiredApi {
  runtime: ReturnType<typeof createApiRuntime>;
  authenticator: Authenticator;
  stop(): Promise<void>;
}

const YEAR_S = 365 * 86400;

export async function wireApi({
  artifact,
  twins,
  parameters,
  secrets,
  verbose,
  progress,
}: WireApiOptions): Promise<WiredApi> {
  const { refs, attributes, api: wiring } = twins;
  const stack = await readLocalStack(artifact, {
    region: LOCAL_REGION,
    accountId: LOCAL_ACCOUNT_ID,
    parameters,
    refs,
    attributes,
    plainHttpHosts: twins.plainHttpHosts,
  });
  const { resolvers, dataSources } = stack.api;
  progress(`loaded ${resolvers.size} resolvers and ${dataSources.length} data sources from the template`);
  const ddb = wiring.dynamodb;
  const runtime = createApiRuntime({
    model: stack.api,
    ...(ddb ? { dynamodb: ddb.sender, dynamodbEndpoint: { endpoint: ddb.endpoint, region: LOCAL_REGION } } : {}),
    lambdas: wiring.lambdas ?? new Map(),
    credentials: secrets.iam,
    verbose,
  });
  const iamUser = { userArn: `arn:aws:iam::${LOCAL_ACCOUNT_ID}:user/local-backend`, username: 'local-backend' };
  const authenticator = createApiAuthenticator(stack.api, {
    apiKeys: stack.api.apiKeys.map((k) => ({
      key: secrets.apiKeys[k.logicalId] as string,
      expiresAt: Number(k.expires ?? Math.floor(Date.now() / 1000) + YEAR_S),
    })),
    ...(wiring.userPool ? { userPool: wiring.userPool } : {}),
    iam: { region: LOCAL_REGION, accountId: LOCAL_ACCOUNT_ID, credentials: [{ ...secrets.iam, ...iamUser }] },
  });
  return { runtime, authenticator, stop: () => runtime.evaluator.close() };
}

export type ServeOptions = Omit<AppSyncServerOptions, 'api' | 'authenticator'>;

export function serveApi(api: WiredApi, options: ServeOptions): Promise<AppSyncServer> {
  return startAppSyncServer({ api: api.runtime, authenticator: api.authenticator, ...options });
}
