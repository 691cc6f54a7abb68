// `npm start`: the synthesized stack, offline, in four steps: start the twins the template needs,
// wire the API exactly as the template declares it, seed the demo catalog once, and write the
// outputs (outputs.local.json and the "what is where" lines). Everything listens on loopback.
import { join } from 'node:path';
import { LOCAL_ACCOUNT_ID, LOCAL_REGION } from '../local-aws.ts';
import type { RequestHandler } from '../server/server.ts';
import type { LocalOutputs } from './outputs.ts';
import { prepareStack } from './steps/prepare.ts';
import { seedOnce } from './steps/seed.ts';
import { serveApi, wireApi } from './steps/wire-api.ts';
import { describeShop } from './steps/write-outputs.ts';
import { emptyOutputs, startTwins, TWINS, type TwinContext, type TwinOutputs } from './twins/index.ts';

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
  /** an engine could not be kept running (default: log the message); the CLI stops and exits 1 */
  fatal?: (message: string) => void;
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

export async function startShop(options: StartShopOptions): Promise<RunningShop> {
  const progress = options.progress ?? (() => undefined);
  const log = options.log ?? ((line: string) => console.log(line));
  const dataDir = options.dataDir ?? process.env.SHOP_DATA_DIR ?? join(options.root, '.data');
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };
  try {
    const { artifact, secrets, apiKeyIds } = await prepareStack({ ...options, dataDir, progress });
    const base = emptyOutputs();
    for (const id of apiKeyIds) base.attributes[`${id}.ApiKey`] = secrets.apiKeys[id] as string;
    const contextFor = (twin: { name: string }, upstream: TwinOutputs): TwinContext => ({
      artifact, secrets, upstream, progress, log,
      dataDir: join(dataDir, twin.name.toLowerCase()),
      region: LOCAL_REGION,
      accountId: LOCAL_ACCOUNT_ID,
      fatal: options.fatal ?? log,
    });

    progress(`starting the twins: ${TWINS.filter((t) => t.needed(artifact)).map((t) => t.name).join(', ') || 'none'}`);
    const twins = await startTwins(TWINS, artifact, base, contextFor);
    stops.push(twins.stop);
    const found = mergeBase(twins.outputs, base);

    const api = await wireApi({ artifact, twins: found, secrets, verbose: options.verbose ?? false, progress });
    stops.push(api.stop);
    let outputs: LocalOutputs | undefined;
    const server = await serveApi(api, {
      port: options.port ?? Number(process.env.PORT ?? 4000),
      tls: { port: options.tlsPort ?? Number(process.env.TLS_PORT ?? 4443), certDir: join(dataDir, 'tls') },
      log,
      verbose: options.verbose ?? false,
      ...(options.pages ? { pages: options.pages(() => outputs) } : {}),
    });
    stops.push(() => server.close());

    const seed = options.seed !== false;
    const seeded = await seedOnce({ api: api.runtime, wiring: found.api, dataDir, seed, progress });
    const outputsFile = options.outputsFile ?? process.env.SHOP_OUTPUTS_FILE
      ?? join(options.root, 'outputs.local.json');
    const described = await describeShop({ server, twins: found, secrets, apiKeyIds, outputsFile });
    outputs = described.outputs;
    return {
      ...described,
      seeded,
      endpoints: found.endpoints,
      tables: tableRefs(artifact.template.Resources, found.refs),
      ...(server.realtimeTlsUrl ? { realtimeTlsUrl: server.realtimeTlsUrl } : {}),
      subscriptions: server.subscriptions,
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** The twins' outputs plus the values that come from no twin (the API keys). */
function mergeBase(twins: TwinOutputs, base: TwinOutputs): TwinOutputs {
  return { ...twins, attributes: { ...base.attributes, ...twins.attributes } };
}

function tableRefs(resources: Record<string, { Type: string }>, refs: Record<string, string>): Record<string, string> {
  const tables = Object.entries(resources).filter(([id, r]) => r.Type === 'AWS::DynamoDB::Table' && id in refs);
  return Object.fromEntries(tables.map(([id]) => [id, refs[id] as string]));
}
