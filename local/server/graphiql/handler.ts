// GraphiQL for the offline twin: `GET /` is the IDE, `/graphiql/assets/<name>` its files, and
// `POST /graphiql/credentials` the auth headers of the identity the page calls as.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ASSET_PREFIX, graphiqlAssets, type Asset } from './assets.ts';
import { createCredentialsEndpoint } from './credentials-endpoint.ts';
import { CREDENTIALS_PATH } from './credentials-protocol.ts';
import { callAsChoices, type GraphiqlOutputs } from './identities.ts';
import { COMMON_HEADERS, contentSecurityPolicy, newNonce, pageConfig, renderPage } from './page.ts';
import { createUserTokens, type UserTokensOptions } from './user-tokens.ts';

export interface GraphiqlHandlerOptions {
  /** Where the page's fetcher POSTs GraphQL requests, a path on this server (e.g. `/graphql`). */
  graphqlPath: string;
  /**
   * Read on every page and credentials request: the live local outputs (`outputs.local.json`). The
   * page lists its users as "call as" choices; the credentials endpoint signs with its secrets.
   */
  outputs?: () => GraphiqlOutputs | undefined;
  /** How users are signed in (default: InitiateAuth against `cognitoEndpoint`, tokens cached). */
  userTokens?: UserTokensOptions;
}

/** Returns true when it answered the request, false when the request is not GraphiQL's. */
export type GraphiqlHandler = (req: IncomingMessage, res: ServerResponse) => boolean;

const PAGE_PATH = '/';
const LONG_CACHE = 'public, max-age=31536000, immutable';

export function createGraphiqlHandler(options: GraphiqlHandlerOptions): GraphiqlHandler {
  const { graphqlPath } = options;
  const outputs = options.outputs ?? (() => undefined);
  if (typeof graphqlPath !== 'string' || !graphqlPath.startsWith('/') || graphqlPath.startsWith('//')) {
    throw new Error(`graphqlPath must be a path on this server such as "/graphql", not ${JSON.stringify(graphqlPath)}`);
  }
  const assets = graphiqlAssets();
  const credentials = createCredentialsEndpoint({ graphqlPath, outputs, tokens: createUserTokens(options.userTokens) });

  return (req, res) => {
    const target = req.url;
    if (target === undefined) return false;
    // The raw path, deliberately not normalised: `/graphiql/assets/../x` must stay an (unknown)
    // asset name rather than turn into some other path.
    const queryAt = target.indexOf('?');
    const path = queryAt === -1 ? target : target.slice(0, queryAt);
    const query = queryAt === -1 ? '' : target.slice(queryAt + 1);

    if (path === PAGE_PATH) {
      if (!allowMethod(req, res)) return true;
      const nonce = newNonce();
      const body = Buffer.from(
        renderPage({ config: pageConfig(graphqlPath), choices: callAsChoices(outputs() ?? {}), nonce, assets }),
        'utf8',
      );
      send(req, res, 200, body, {
        'content-type': 'text/html; charset=utf-8',
        // The page carries a one-time nonce: never store it.
        'cache-control': 'no-store',
        'content-security-policy': contentSecurityPolicy(nonce),
      });
      return true;
    }

    if (path === CREDENTIALS_PATH) {
      credentials(req, res);
      return true;
    }

    if (path.startsWith(ASSET_PREFIX)) {
      if (!allowMethod(req, res)) return true;
      const asset = lookup(assets, path.slice(ASSET_PREFIX.length));
      if (!asset) {
        send(req, res, 404, Buffer.from('Not found\n'), {
          'content-type': 'text/plain; charset=utf-8',
          'cache-control': 'no-store',
        });
        return true;
      }
      serveAsset(req, res, asset, new URLSearchParams(query).get('v'));
      return true;
    }

    return false;
  };
}

/** Exact names only: anything with a slash, `..`, or bad percent-encoding is simply not in the table. */
function lookup(assets: ReadonlyMap<string, Asset>, encodedName: string): Asset | undefined {
  let name: string;
  try {
    name = decodeURIComponent(encodedName);
  } catch {
    return undefined;
  }
  return assets.get(name);
}

function serveAsset(req: IncomingMessage, res: ServerResponse, asset: Asset, requestedVersion: string | null): void {
  const etag = `"${asset.version()}"`;
  // Long-lived only under the URL the page uses (`?v=<current hash>`); any other URL for the same
  // file must be revalidated, or an old version could stick after an upgrade.
  const cacheControl = requestedVersion === asset.version() ? LONG_CACHE : 'no-cache';
  const headers = { 'content-type': asset.contentType, 'cache-control': cacheControl, etag };
  const ifNoneMatch = req.headers['if-none-match'];
  if (ifNoneMatch !== undefined && ifNoneMatch.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    send(req, res, 304, undefined, headers);
    return;
  }
  send(req, res, 200, asset.body(), headers);
}

function allowMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (req.method === 'GET' || req.method === 'HEAD') return true;
  send(req, res, 405, Buffer.from('Method not allowed\n'), {
    'content-type': 'text/plain; charset=utf-8',
    allow: 'GET, HEAD',
  });
  return false;
}

function send(
  req: IncomingMessage,
  res: ServerResponse,
  status: number,
  body: Buffer | undefined,
  headers: Record<string, string>,
): void {
  res.statusCode = status;
  for (const [name, value] of Object.entries(COMMON_HEADERS)) res.setHeader(name, value);
  for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
  if (body !== undefined) res.setHeader('content-length', body.length);
  res.end(req.method === 'HEAD' || body === undefined ? undefined : body);
}
