// `npm start`: the synthesized stack, offline. Synthesize (or reuse cdk.out), start the twins the
// template needs, wire the API exactly as the template declares it, seed the demo catalog on
// first start, serve it on loopback and write outputs.local.json.
import { existsSync } from 'node:fs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createWireDynamoDbClient } from '../datasources/dynamodb/wire-client.ts';
import { resourcesOfType } from '../stack/cloud-assembly.ts';
import { loadStackArtifact, readLocalStack } from '../stack/index.ts';
import { executeOperation } from '../server/graphql/execute-operation.ts';
import { startShopServer, type RequestHandler } from '../server/server.ts';
import { createApiAuthenticator, createApiRuntime } from './api-runtime.ts';
import { writeOutputs, type LocalOutputs } from './outputs.ts';
import { loadSecrets } from './secrets.ts';
import { seedDemoCatalog } from './seed/demo-catalog.ts';
import { ensureSynthesized } from './synthesize.ts';
import { cognitoTwin, dynamoDbTwin, lambdaTwin, type RunningTwin } from './twins/index.ts';

export interface StartShopOptions {
  root: string;
  dataDir?: string;
  /** an existing cloud assembly; default: synthesize into <root>/cdk.out (reused when inputs are unchanged) */
  assemblyDir?: string;
  port?: number;
  /** port of the wss:// listener; 0 picks one */
  tlsPort?: number;
  reset?: boolean;
  seed?: boolean;
  verbose?: boolean;
  outputsFile?: string;
  /** extra pages (GraphiQL) */
  pages?: (outputs: () => LocalOutputs | undefined) => RequestHandler;
  progress?: (line: string) => void;
  log?: (line: string) => void;
}

export interface RunningShop {
  outputs: LocalOutputs;
  where: string[];
  seeded: { categories: number; products: number } | null;
  /** where the twins listen (benchmarks reuse the same DynamoDB Local) */
  endpoints: { dynamodb?: string; cognito?: string };
  /** the physical name of each template table, by logical id */
  tables: Record<string, string>;
  /** wss:// for clients that insist on TLS (Amplify JS v6); not in outputs.local.json, whose keys the contract fixes */
  realtimeTlsUrl?: string;
  /** live subscriptions (for diagnostics and tests) */
  subscriptions: { count(): number };
  stop(): Promise<void>;
}

const REGION = 'us-east-1';
const ACCOUNT = '000000000000';

export async function startShop(options: StartShopOptions): Promise<RunningShop> {
  const progress = options.progress ?? (() => undefined);
  const dataDir = options.dataDir ?? process.env.SHOP_DATA_DIR ?? join(options.root, '.data');
  const outputsFile = options.outputsFile ?? process.env.SHOP_OUTPUTS_FILE ?? join(options.root, 'outputs.local.json');
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    progress('synthesizing the stack (cdk synth)');
    const synth = options.assemblyDir ? { assemblyDir: options.assemblyDir, reused: true } : await ensureSynthesized(options.root);
    progress(synth.reused ? 'reused cdk.out: no input changed since the last synth' : 'synthesized into cdk.out');
    if (options.reset) {
      await rm(dataDir, { recursive: true, force: true });
      progress(`reset: wiped ${dataDir}`);
    }
    await mkdir(dataDir, { recursive: true });
    const artifact = await loadStackArtifact(synth.assemblyDir);
    const apiKeyIds = resourcesOfType(artifact.template, 'AWS::AppSync::ApiKey').map(([id]) => id);
    const secrets = await loadSecrets(dataDir, apiKeyIds);

    const context = (name: string) => ({ artifact, dataDir: join(dataDir, name), secrets, region: REGION, accountId: ACCOUNT, progress });
    const engines = [dynamoDbTwin, cognitoTwin].filter((t) => t.needed(artifact));
    progress(`starting ${engines.map((t) => t.name).join(' and ') || 'no twins'}`);
    const [ddb, cognito] = await Promise.all([
      dynamoDbTwin.needed(artifact) ? dynamoDbTwin.start(context('dynamodb')) : undefined,
      cognitoTwin.needed(artifact) ? cognitoTwin.start(context('cognito')) : undefined,
    ]);
    const twins = [ddb, cognito].filter((t): t is NonNullable<typeof t> => t !== undefined) as RunningTwin[];
    for (const twin of twins) stops.push(() => twin.stop());
    const refs = Object.assign({}, ...twins.map((t) => t.refs)) as Record<string, string>;
    const attributes = Object.assign({}, ...twins.map((t) => t.attributes)) as Record<string, string>;
    for (const id of apiKeyIds) attributes[`${id}.ApiKey`] = secrets.apiKeys[id] as string;

    const lambdas = lambdaTwin.needed(artifact)
      ? await lambdaTwin.start({ ...context('lambda'), refs, attributes, awsEnvironment: { ...(ddb ? { AWS_ENDPOINT_URL_DYNAMODB: ddb.endpoint } : {}), AWS_ACCESS_KEY_ID: 'local', AWS_SECRET_ACCESS_KEY: 'local' } })
      : undefined;
    if (lambdas) {
      stops.push(() => lambdas.stop());
      twins.push(lambdas);
      Object.assign(refs, lambdas.refs);
      Object.assign(attributes, lambdas.attributes);
    }

    const stack = await readLocalStack(artifact, { region: REGION, accountId: ACCOUNT, parameters: { Introspection: 'ENABLED' }, refs, attributes });
    progress(`loaded ${stack.api.resolvers.size} resolvers and ${stack.api.dataSources.length} data sources from the template`);
    // The data sources talk DynamoDB's wire protocol directly: the SDK client costs 10× the CPU per call.
    const wire = ddb ? createWireDynamoDbClient({ endpoint: ddb.endpoint, region: REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } }) : undefined;
    if (wire) stops.push(async () => wire.destroy());
    const api = createApiRuntime({ model: stack.api, ...(wire && ddb ? { dynamodb: wire, dynamodbEndpoint: { endpoint: ddb.endpoint, region: REGION } } : {}), lambdas: lambdas?.runners ?? new Map(), verbose: options.verbose ?? false });
    stops.push(() => api.evaluator.close());
    const apiKey = secrets.apiKeys[apiKeyIds[0] ?? ''] ?? '';
    const authenticator = createApiAuthenticator(stack.api, {
      apiKeys: stack.api.apiKeys.map((k) => ({ key: secrets.apiKeys[k.logicalId] as string, expiresAt: Number(k.expires ?? Math.floor(Date.now() / 1000) + 365 * 86400) })),
      ...(cognito ? { userPool: { userPoolId: cognito.pool.userPoolId, issuer: cognito.pool.issuer, jwksUri: cognito.pool.jwksUri, appClientIds: [cognito.clientId], defaultAction: 'ALLOW' as const } } : {}),
      iam: { region: REGION, accountId: ACCOUNT, credentials: [{ ...secrets.iam, userArn: `arn:aws:iam::${ACCOUNT}:user/local-backend`, username: 'local-backend' }] },
    });

    let outputs: LocalOutputs | undefined;
    const server = await startShopServer({
      api,
      authenticator,
      port: options.port ?? Number(process.env.PORT ?? 4000),
      tls: { port: options.tlsPort ?? Number(process.env.TLS_PORT ?? 4443), certDir: join(dataDir, 'tls') },
      log: options.log ?? ((line) => console.log(line)),
      verbose: options.verbose ?? false,
      ...(options.pages ? { pages: options.pages(() => outputs) } : {}),
    });
    stops.push(() => server.close());

    let seeded: RunningShop['seeded'] = null;
    const marker = join(dataDir, 'seeded.json');
    // Only the first start over a data dir may seed; `--no-seed` then means never for that dir.
    if (options.seed === false && !existsSync(marker)) await writeFile(marker, `${JSON.stringify({ at: new Date().toISOString(), skipped: true })}\n`);
    if (options.seed !== false && cognito && ddb && !existsSync(marker)) {
      progress('loading the demo catalog');
      const admin = cognito.users.find((u) => u.groups.includes('admin'));
      const caller = { mode: 'AMAZON_COGNITO_USER_POOLS' as const, groups: ['admin'], identity: { sub: admin?.sub ?? 'seed', issuer: cognito.pool.issuer, username: admin?.sub ?? 'seed', claims: { email: admin?.email }, sourceIp: ['127.0.0.1'], defaultAuthStrategy: 'ALLOW' as const, groups: ['admin'] } };
      seeded = await seedDemoCatalog(async (query, variables) => (await executeOperation(api, { query, variables }, caller, {})).body as { data?: unknown; errors?: Array<{ message: string }> });
      await writeFile(marker, `${JSON.stringify({ at: new Date().toISOString(), ...seeded })}\n`);
    }

    outputs = {
      graphqlUrl: server.graphqlUrl,
      realtimeUrl: server.realtimeUrl,
      region: REGION,
      apiKey,
      userPoolId: cognito?.pool.userPoolId ?? null,
      userPoolClientId: cognito?.clientId ?? null,
      cognitoEndpoint: cognito?.endpoint ?? null,
      iam: secrets.iam,
      bucket: null,
      s3Endpoint: null,
      users: secrets.users,
    };
    await writeOutputs(outputsFile, outputs);
    const where = [
      `GraphQL         ${server.graphqlUrl}`,
      `Real-time       ${server.realtimeUrl}${server.realtimeTlsUrl ? `  (TLS: ${server.realtimeTlsUrl})` : ''}`,
      `GraphiQL        ${server.graphqlUrl.replace(/\/graphql$/, '/')}`,
      ...twins.flatMap((t) => t.where),
      `Client config   ${outputsFile}`,
    ];
    const endpoints = { ...(ddb ? { dynamodb: ddb.endpoint } : {}), ...(cognito ? { cognito: cognito.endpoint } : {}) };
    return { outputs, where, seeded, endpoints, tables: ddb?.refs ?? {}, ...(server.realtimeTlsUrl ? { realtimeTlsUrl: server.realtimeTlsUrl } : {}), subscriptions: server.subscriptions, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}
