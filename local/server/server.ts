// The local AppSync endpoint: GraphQL over HTTP at /graphql, the real-time protocol at
// /graphql/realtime, GraphiQL at /, all on one loopback port that speaks plain HTTP and, with a
// local certificate, TLS too (https://, wss:// for Amplify JS v6, which always uses wss://).
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo, Server as NetServer } from 'node:net';
import type { Authenticator } from './auth/authenticate.ts';
import type { ApiRuntime } from './graphql/api-runtime.ts';
import { createGraphqlEndpoint } from './http/graphql-endpoint.ts';
import type { LogSink } from './http/request-log.ts';
import { createLocalTlsOptions, createRealtimeServer } from './realtime/index.ts';
import { createDualProtocolServer } from './dual-protocol.ts';
import { createSubscriptionEngine } from './subscriptions/engine.ts';

export type RequestHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

export interface AppSyncServerOptions {
  api: ApiRuntime;
  authenticator: Authenticator;
  host?: string;
  /** 0 picks a free port */
  port: number;
  /** where the local certificate lives: the port then accepts TLS as well; omitted = plain only */
  tls?: { certDir: string };
  log: LogSink;
  verbose?: boolean;
  /** extra pages (GraphiQL) tried before 404 */
  pages?: RequestHandler;
  keepAliveMs?: number;
}

export interface AppSyncServer {
  graphqlUrl: string;
  realtimeUrl: string;
  realtimeTlsUrl?: string;
  subscriptions: ReturnType<typeof createSubscriptionEngine>;
  close(): Promise<void>;
}

function listen(server: NetServer, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

export async function startAppSyncServer(options: AppSyncServerOptions): Promise<AppSyncServer> {
  const host = options.host ?? '127.0.0.1';
  let graphqlUrl = '';
  const subscriptions = createSubscriptionEngine({
    api: options.api,
    authenticator: options.authenticator,
    graphqlUrl: () => graphqlUrl,
    realtime: () => realtime,
  });
  const realtime = createRealtimeServer({
    authenticateConnection: (headers, meta) => subscriptions.authenticateConnection(headers, meta),
    startSubscription: (args) => subscriptions.startSubscription(args),
    stopSubscription: (connectionId, subscriptionId) => subscriptions.stopSubscription(connectionId, subscriptionId),
    ...(options.keepAliveMs ? { keepAliveMs: options.keepAliveMs } : {}),
  });
  const endpoint = createGraphqlEndpoint({
    api: options.api,
    authenticator: options.authenticator,
    subscriptions,
    log: options.log,
    verbose: options.verbose ?? false,
  });

  const handle = (req: IncomingMessage, res: ServerResponse): void => {
    const path = (req.url ?? '/').split('?')[0];
    if (path === '/graphql') {
      endpoint(req, res).catch((err: unknown) => {
        options.log(`internal error: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        if (!res.headersSent)
          res
            .writeHead(500, { 'content-type': 'application/json' })
            .end(
              JSON.stringify({ errors: [{ errorType: 'InternalFailure', message: 'An internal failure occurred' }] }),
            );
      });
      return;
    }
    if (options.pages?.(req, res)) return;
    res
      .writeHead(404, { 'content-type': 'text/plain' })
      .end('Not found: try /graphql, /graphql/realtime or / (GraphiQL)\n');
  };

  const http = createServer(handle);
  const servers: Server[] = [http];
  let listener: NetServer = http;
  if (options.tls) {
    const tls = await createLocalTlsOptions(options.tls.certDir);
    const https = createHttpsServer({ key: tls.key, cert: tls.cert }, handle);
    servers.push(https);
    listener = createDualProtocolServer(http, https);
  }
  for (const s of servers) s.on('upgrade', (req, socket, head) => realtime.handleUpgrade(req, socket, head));
  const port = await listen(listener, options.port, host);
  graphqlUrl = `http://${host}:${port}/graphql`;
  const result: AppSyncServer = {
    graphqlUrl,
    realtimeUrl: `ws://${host}:${port}/graphql/realtime`,
    ...(options.tls ? { realtimeTlsUrl: `wss://${host}:${port}/graphql/realtime` } : {}),
    subscriptions,
    close: async () => undefined,
  };

  result.close = async () => {
    await realtime.close();
    if (listener !== http) listener.close();
    await Promise.all(
      servers.map(
        (s) =>
          new Promise<void>((resolve) => {
            s.close(() => resolve());
            s.closeAllConnections();
          }),
      ),
    );
  };
  return result;
}
