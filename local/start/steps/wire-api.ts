// Wires the API as the template declares it, against what the twins contributed: resolvers and
// data sources (DynamoDB over the wire client, Lambda runners), the authenticator for the
// template's auth modes, the API's keys (shared with the local control plane, which renews them), and the
// AppSync endpoint that serves it on loopback.
import { join } from 'node:path';
import { localApiId, openApiKeyStore, type ApiKeyStore } from '../../appsync-control/index.ts';
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
  /** the stack's data directory: UpdateApiKey's changes persist under it (appsync/api-keys.json) */
  dataDir: string;
  verbose: boolean;
  progress(line: string): void;
}

export interface WiredApi {
  runtime: ReturnType<typeof createApiRuntime>;
  authenticator: Authenticator;
  /** the API's keys as the authenticator enforces them and the control plane changes them */
  apiKeys: ApiKeyStore;
  stop(): Promise<void>;
}

const YEAR_S = 365 * 86400;

export async function wireApi({
  artifact,
  twins,
  parameters,
  secrets,
  dataDir,
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
  const apiKeys = await openApiKeyStore({
    apiId: localApiId(artifact.stackName, stack.api.logicalId),
    keys: stack.api.apiKeys.map((k) => ({
      logicalId: k.logicalId,
      id: secrets.apiKeys[k.logicalId] as string,
      templateExpires: k.expires === undefined ? undefined : Number(k.expires),
      defaultExpires: Math.floor(Date.now() / 1000) + YEAR_S,
    })),
    file: join(dataDir, 'appsync', 'api-keys.json'),
  });
  const authenticator = createApiAuthenticator(stack.api, {
    // the store's live settings: an UpdateApiKey through the control plane applies to the next request
    apiKeys: apiKeys.settings,
    ...(wiring.userPool ? { userPool: wiring.userPool } : {}),
    iam: { region: LOCAL_REGION, accountId: LOCAL_ACCOUNT_ID, credentials: [{ ...secrets.iam, ...iamUser }] },
  });
  return { runtime, authenticator, apiKeys, stop: () => runtime.evaluator.close() };
}

export type ServeOptions = Omit<AppSyncServerOptions, 'api' | 'authenticator'>;

export function serveApi(api: WiredApi, options: ServeOptions): Promise<AppSyncServer> {
  return startAppSyncServer({ api: api.runtime, authenticator: api.authenticator, ...options });
}
