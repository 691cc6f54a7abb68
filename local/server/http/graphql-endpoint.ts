// POST /graphql: authenticate as AppSync does (HTTP 401/403 before anything runs), execute, answer
// in AppSync's shape, then hand mutation results to the subscription engine.
import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Authenticator } from '../auth/authenticate.ts';
import { requestHeadersForContext } from '../auth/request-context.ts';
import type { ApiRuntime } from '../graphql/api-runtime.ts';
import { executeOperation } from '../graphql/execute-operation.ts';
import { parseGraphQLRequest } from '../graphql/graphql-request.ts';
import type { SubscriptionEngine } from '../subscriptions/engine.ts';
import { readBody } from './body.ts';
import { formatRequestLog, type LogSink } from './request-log.ts';

export interface GraphqlEndpointOptions {
  api: ApiRuntime;
  authenticator: Authenticator;
  subscriptions: SubscriptionEngine;
  log: LogSink;
  verbose: boolean;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-headers':
    'content-type, x-api-key, authorization, x-amz-date, x-amz-security-token, x-amz-user-agent, x-amz-content-sha256',
  'access-control-allow-methods': 'POST, OPTIONS',
  'access-control-max-age': '86400',
};

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    ...CORS,
    'content-type': 'application/json; charset=UTF-8',
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': randomUUID(),
  });
  res.end(text);
}

function malformed(message: string) {
  return { errors: [{ errorType: 'MalformedHttpRequestException', message }] };
}

export function createGraphqlEndpoint(options: GraphqlEndpointOptions) {
  const { api, authenticator, subscriptions, log, verbose } = options;
  return async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const started = performance.now();
    if (req.method === 'OPTIONS') {
      res.writeHead(204, CORS).end();
      return;
    }
    if (req.method !== 'POST') {
      send(res, 405, malformed('Use POST with a JSON body { query, variables, operationName }'), {
        allow: 'POST, OPTIONS',
      });
      return;
    }
    const body = await readBody(req);
    if (body.kind === 'aborted') return void res.destroy();
    if (body.kind === 'too-large') {
      send(res, 413, malformed(`The request body exceeds ${body.limit} bytes`));
      return;
    }
    const raw = body.text;
    const auth = await authenticator.authenticate({
      headers: req.headers,
      method: 'POST',
      path: req.url ?? '/graphql',
      body: raw,
      sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
    });
    if (auth.error) {
      send(res, auth.error.status, auth.error.body);
      log(
        formatRequestLog(
          {
            status: auth.error.status,
            mode: auth.error.body.errors[0].errorType,
            durationMs: performance.now() - started,
            note: 'refused',
          },
          false,
        ).join('\n'),
      );
      return;
    }
    const read = parseGraphQLRequest(raw, 'The request body');
    if (read.problem) {
      send(res, 400, { errors: [read.problem] });
      log(
        formatRequestLog(
          { status: 400, mode: auth.caller.mode, durationMs: performance.now() - started, note: 'malformed' },
          false,
        ).join('\n'),
      );
      return;
    }
    const outcome = await executeOperation(api, read.request, auth.caller, requestHeadersForContext(req.headers));
    send(res, 200, outcome.body, outcome.state?.responseHeaders ?? {});
    log(
      formatRequestLog(
        { status: 200, mode: auth.caller.mode, durationMs: performance.now() - started, outcome },
        verbose,
      ).join('\n'),
    );
    if (outcome.operationType === 'mutation') {
      subscriptions.invalidate(outcome);
      subscriptions
        .publish(outcome)
        .catch((err: unknown) =>
          log(`subscription delivery failed: ${err instanceof Error ? err.message : String(err)}`),
        );
    }
  };
}
