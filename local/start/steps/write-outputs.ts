// The last step: outputs.local.json with exactly the contract's keys (each twin fills in its own),
// and the "what is where" lines npm start prints.
import { writeFile } from 'node:fs/promises';
import { LOCAL_REGION } from '../../local-aws.ts';
import type { AppSyncServer } from '../../server/index.ts';
import { writeOutputs, type LocalOutputs } from '../outputs.ts';
import type { LocalSecrets } from '../secrets.ts';
import type { TwinOutputs } from '../twins/index.ts';

export interface DescribeOptions {
  server: AppSyncServer;
  twins: TwinOutputs;
  secrets: LocalSecrets;
  apiKeyIds: string[];
  outputsFile: string;
  /** where the running shop's engine endpoints are written for local commands (`npm run search:reindex`) */
  endpointsFile: string;
  /** the template's resource types by logical id */
  resourceTypes: Record<string, string>;
}

/**
 * What a local command run beside `npm start` needs to reach the same engines: their endpoints, the SDK
 * environment that points AWS SDK clients at them, and each resource's local name. Not a client contract.
 */
/** Its name under the data dir. */
export const ENDPOINTS_FILE = 'endpoints.json';

export interface LocalEndpoints {
  endpoints: Record<string, string>;
  sdkEnvironment: Record<string, string>;
  refs: Record<string, string>;
  /** the template's resources that have a local name, by logical id: `{ type, name }` */
  resources: Record<string, { type: string; name: string }>;
}

export async function describeShop(options: DescribeOptions): Promise<{ outputs: LocalOutputs; where: string[] }> {
  const { server, twins, secrets, outputsFile } = options;
  const outputs: LocalOutputs = {
    graphqlUrl: server.graphqlUrl,
    realtimeUrl: server.realtimeUrl,
    region: LOCAL_REGION,
    apiKey: secrets.apiKeys[options.apiKeyIds[0] ?? ''] ?? '',
    userPoolId: null,
    userPoolClientId: null,
    cognitoEndpoint: null,
    iam: secrets.iam,
    bucket: null,
    s3Endpoint: null,
    users: secrets.users,
    ...twins.client,
  };
  await writeOutputs(outputsFile, outputs);
  const named = Object.entries(twins.refs).filter(([id]) => id in options.resourceTypes);
  const resources = Object.fromEntries(
    named.map(([id, name]) => [id, { type: options.resourceTypes[id] as string, name }]),
  );
  const local: LocalEndpoints = {
    endpoints: twins.endpoints,
    sdkEnvironment: twins.sdkEnvironment,
    refs: twins.refs,
    resources,
  };
  await writeFile(options.endpointsFile, `${JSON.stringify(local, null, 2)}\n`, { mode: 0o600 });
  const tls = server.realtimeTlsUrl ? `  (TLS: ${server.realtimeTlsUrl})` : '';
  const where = [
    `GraphQL         ${server.graphqlUrl}`,
    `Real-time       ${server.realtimeUrl}${tls}`,
    `GraphiQL        ${server.graphqlUrl.replace(/\/graphql$/, '/')}`,
    ...twins.where,
    `Client config   ${outputsFile}`,
  ];
  return { outputs, where };
}
