// The last step: outputs.local.json with exactly the contract's keys (each twin fills in its own),
// and the "what is where" lines npm start prints.
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
