// The peer: Amplify's AppSync simulator (@aws-amplify/amplify-appsync-simulator, installed in
// bench/server/peer/ with graphql pinned to 15.11.0) serving product(id) with API-key auth through
// a VTL unit resolver doing the same consistent GetItem on the same DynamoDB Local table, with the
// same visibility rule (ACTIVE only) and priceFrom (the lowest variant price) as our resolver.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export const PEER_DIR = 'bench/server/peer';

/** Installs bench/server/peer (the simulator and autocannon) the first time. */
export function ensurePeerInstalled(root: string): void {
  if (existsSync(join(root, PEER_DIR, 'node_modules'))) return;
  console.log(`installing ${PEER_DIR} (first run): npm install --prefix ${PEER_DIR} --no-audit --no-fund`);
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const result = spawnSync(npm, ['install', '--prefix', PEER_DIR, '--no-audit', '--no-fund'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (result.status !== 0)
    throw new Error(`npm install --prefix ${PEER_DIR} failed (exit ${result.status ?? result.signal})`);
}

/** require() resolving from bench/server/peer (its own graphql@15, the simulator, autocannon). */
export function peerRequire(root: string): NodeJS.Require {
  return createRequire(join(root, PEER_DIR, 'package.json'));
}

export function peerVersions(root: string): Record<string, string> {
  const req = peerRequire(root);
  const version = (name: string) => (req(`${name}/package.json`) as { version: string }).version;
  return {
    simulator: version('@aws-amplify/amplify-appsync-simulator'),
    graphql: version('graphql'),
    autocannon: version('autocannon'),
  };
}

const SCHEMA = `
schema { query: Query }
type Query {
  product(id: ID!): Product @aws_api_key
}
type Money @aws_api_key { amount: Int! currency: String! }
enum ProductStatus { DRAFT ACTIVE ARCHIVED }
type Product @aws_api_key {
  id: ID!
  slug: String!
  name: String!
  description: String
  categoryId: ID!
  tags: [String!]!
  status: ProductStatus!
  priceFrom: Money!
  createdAt: AWSDateTime!
  updatedAt: AWSDateTime!
  version: Int!
}
`;

const REQUEST_VTL = `{
  "version": "2018-05-29",
  "operation": "GetItem",
  "key": {
    "pk": $util.dynamodb.toDynamoDBJson("PRODUCT#$ctx.args.id"),
    "sk": $util.dynamodb.toDynamoDBJson("PRODUCT")
  },
  "consistentRead": true
}`;

const responseVtl = (currency: string) => `#if($ctx.error)
  $util.error($ctx.error.message, $ctx.error.type)
#end
#if($util.isNull($ctx.result) || $ctx.result.status != "ACTIVE")
  null
#else
  #set($lowest = -1)
  #foreach($amount in $ctx.result.variantPrices.values())
    #if($lowest < 0 || $amount < $lowest)
      #set($lowest = $amount)
    #end
  #end
  #if($lowest < 0)
    #set($lowest = 0)
  #end
  $util.qr($ctx.result.put("priceFrom", {"amount": $lowest, "currency": "${currency}"}))
  $util.toJson($ctx.result)
#end`;

export interface PeerServer {
  url: string;
  close(): Promise<void>;
}

export async function startPeer(
  root: string,
  options: { endpoint: string; region: string; tableName: string; apiKey: string; currency: string; port: number },
): Promise<PeerServer> {
  const { AmplifyAppSyncSimulator } = peerRequire(root)('@aws-amplify/amplify-appsync-simulator') as {
    AmplifyAppSyncSimulator: new (config: { port: number; wsPort: number }) => any;
  };
  const simulator = new AmplifyAppSyncSimulator({ port: options.port, wsPort: 0 });
  // It listens on every interface: bind its HTTP server to loopback instead.
  const http = simulator._server._httpServer as Server;
  const listen = http.listen.bind(http) as (...args: unknown[]) => Server;
  (http as unknown as { listen: (...args: unknown[]) => Server }).listen = (port: unknown, ...rest: unknown[]) =>
    typeof port === 'number' && (rest.length === 0 || typeof rest[0] === 'function')
      ? listen(port, '127.0.0.1', ...rest)
      : listen(port, ...rest);
  simulator.init({
    schema: { content: SCHEMA },
    resolvers: [
      {
        kind: 'UNIT',
        typeName: 'Query',
        fieldName: 'product',
        dataSourceName: 'ShopTable',
        requestMappingTemplateLocation: 'Query.product.req.vtl',
        responseMappingTemplateLocation: 'Query.product.res.vtl',
      },
    ],
    dataSources: [
      {
        type: 'AMAZON_DYNAMODB',
        name: 'ShopTable',
        config: {
          endpoint: options.endpoint,
          region: options.region,
          tableName: options.tableName,
          accessKeyId: 'local',
          secretAccessKey: 'local',
          // SDK v3 ignores the two keys above: without this every GetItem fails and the answer is { product: null }.
          credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
        },
      },
    ],
    mappingTemplates: [
      { path: 'Query.product.req.vtl', content: REQUEST_VTL },
      { path: 'Query.product.res.vtl', content: responseVtl(options.currency) },
    ],
    appSync: {
      name: 'peer',
      defaultAuthenticationType: { authenticationType: 'API_KEY' },
      apiKey: options.apiKey,
      additionalAuthenticationProviders: [],
    },
  });
  await simulator.start();
  const address = http.address();
  if (!address || typeof address !== 'object' || address.address !== '127.0.0.1')
    throw new Error(`the simulator is not bound to 127.0.0.1: ${JSON.stringify(address)}`);
  return {
    url: `http://127.0.0.1:${address.port}/graphql`,
    close: async () => {
      http.closeAllConnections();
      await simulator.stop();
    },
  };
}
