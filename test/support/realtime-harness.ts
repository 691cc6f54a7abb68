// A real http(s) server on 127.0.0.1:0 with the real-time endpoint attached and a fake engine
// made of plain in-test functions that record what the protocol layer asked of them.
import { createServer as createHttpServer, type Server } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { createRealtimeServer } from '../../local/server/index.ts';
import type {
  AuthenticateResult,
  RealtimeServer,
  RealtimeServerOptions,
  StartSubscriptionArgs,
  StartSubscriptionResult,
} from '../../local/server/index.ts';

export const API_KEY = 'da2-localtestkey0000000000';

export interface FakeEngine {
  readonly authCalls: Array<{ headers: Record<string, string>; remoteAddress: string | undefined }>;
  readonly starts: StartSubscriptionArgs[];
  readonly stops: Array<{ connectionId: string; subscriptionId: string }>;
  /** Replace to change how `start` is answered (default: ok unless the query mentions `onRefused`). */
  onStart: (args: StartSubscriptionArgs) => Promise<StartSubscriptionResult>;
  /** Replace to change authentication (default: `x-api-key` must equal API_KEY). */
  onAuthenticate: (headers: Record<string, string>) => Promise<AuthenticateResult>;
  /** Resolves with the next `start` the engine sees. */
  nextStart(): Promise<StartSubscriptionArgs>;
}

export interface RealtimeHarness {
  readonly realtime: RealtimeServer;
  readonly engine: FakeEngine;
  readonly port: number;
  /** `http(s)://127.0.0.1:<port>/graphql`: what AppSync clients are configured with. */
  readonly graphqlUrl: string;
  /** `ws(s)://127.0.0.1:<port>/graphql/realtime` */
  readonly realtimeUrl: string;
  close(): Promise<void>;
}

export interface HarnessOptions extends Partial<Pick<RealtimeServerOptions, 'keepAliveMs' | 'connectionTimeoutMs'>> {
  tls?: { key: string; cert: string };
}

function createFakeEngine(): { engine: FakeEngine; notifyStart(args: StartSubscriptionArgs): void } {
  const waiting: Array<(args: StartSubscriptionArgs) => void> = [];
  const engine: FakeEngine = {
    authCalls: [],
    starts: [],
    stops: [],
    onStart: async (args) => {
      const { query } = JSON.parse(args.data) as { query?: string };
      return query?.includes('onRefused')
        ? {
            ok: false,
            errors: [{ errorType: 'Unauthorized', message: 'Not Authorized to access onRefused on type Subscription' }],
          }
        : { ok: true };
    },
    onAuthenticate: async (headers) =>
      headers['x-api-key'] === API_KEY
        ? { ok: true, connectionContext: { authMode: 'API_KEY', host: headers.host } }
        : {
            ok: false,
            errorType: 'UnauthorizedException',
            message: 'You are not authorized to make this call.',
            errorCode: 401,
          },
    nextStart: () => new Promise((resolve) => waiting.push(resolve)),
  };
  return { engine, notifyStart: (args) => waiting.splice(0).forEach((resolve) => resolve(args)) };
}

export async function startRealtimeHarness(options: HarnessOptions = {}): Promise<RealtimeHarness> {
  const { engine, notifyStart } = createFakeEngine();
  const realtime = createRealtimeServer({
    keepAliveMs: options.keepAliveMs,
    connectionTimeoutMs: options.connectionTimeoutMs,
    authenticateConnection: (headers, meta) => {
      engine.authCalls.push({ headers, remoteAddress: meta.remoteAddress });
      return engine.onAuthenticate(headers);
    },
    startSubscription: (args) => {
      engine.starts.push(args);
      notifyStart(args);
      return engine.onStart(args);
    },
    stopSubscription: (connectionId, subscriptionId) => void engine.stops.push({ connectionId, subscriptionId }),
  });
  const server: Server = options.tls ? createHttpsServer(options.tls) : createHttpServer();
  server.on('request', (_req, res) => res.writeHead(404).end());
  server.on('upgrade', (req, socket, head) => realtime.handleUpgrade(req, socket, head));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const scheme = options.tls ? 'https' : 'http';
  return {
    realtime,
    engine,
    port,
    graphqlUrl: `${scheme}://127.0.0.1:${port}/graphql`,
    realtimeUrl: `${options.tls ? 'wss' : 'ws'}://127.0.0.1:${port}/graphql/realtime`,
    async close() {
      await realtime.close();
      server.closeAllConnections?.();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
