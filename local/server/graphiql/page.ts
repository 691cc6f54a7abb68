// The GraphiQL HTML page: markup, the one inline bootstrap script, and its security headers.
import { randomBytes } from 'node:crypto';
import { ASSET_PREFIX, type Asset } from './assets.ts';
import { CREDENTIALS_HEADER, CREDENTIALS_PATH, GRAPHQL_CONTENT_TYPE } from './credentials-protocol.ts';
import { DEFAULT_CHOICE, type CallAsChoice } from './identities.ts';

export const PAGE_TITLE = 'Shop API — GraphiQL';

/** What the query editor shows on a first visit (GraphiQL keeps the user's edits afterwards). */
export const DEFAULT_QUERY = `# Shop API (offline twin). "Call as" (top right)
# picks who calls: the API key, a local user, IAM,
# or just the Headers tab. Headers typed there are
# added to the chosen credentials and win on clash.
{
  categories {
    id
    name
  }
  listProducts(limit: 5) {
    items {
      id
      name
      priceFrom {
        amount
        currency
      }
    }
  }
}
`;

/** What the inline bootstrap script assigns to `window.__SHOP__`; read by static/shop-graphiql.js. */
export interface PageConfig {
  /** Where the fetcher POSTs, e.g. `/graphql`. */
  graphqlPath: string;
  /** The content type of those POSTs (an IAM signature covers it). */
  graphqlContentType: string;
  /** Where the fetcher asks for the chosen identity's headers (POST {as, body}). */
  credentialsPath: string;
  /** The header (value `1`) the credentials endpoint requires. */
  credentialsHeader: string;
  /** The "Call as" choice of a first visit; later visits reuse the one saved in localStorage. */
  defaultCallAs: string;
  defaultQuery: string;
  /** Initial content of GraphiQL's header editor: `{}`, since credentials come from "Call as". */
  defaultHeaders: string;
}

export function pageConfig(graphqlPath: string): PageConfig {
  return {
    graphqlPath,
    graphqlContentType: GRAPHQL_CONTENT_TYPE,
    credentialsPath: CREDENTIALS_PATH,
    credentialsHeader: CREDENTIALS_HEADER,
    defaultCallAs: DEFAULT_CHOICE,
    defaultQuery: DEFAULT_QUERY,
    defaultHeaders: '{}',
  };
}

/**
 * JSON that is safe inside an HTML `<script>` element: no `<` (so no `</script>` and no `<!--`),
 * no `>` or `&`, and no U+2028/U+2029 (line terminators in older JS parsers). Each is written as a
 * `\uXXXX` escape, which JSON and JavaScript read back as the same character.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(
    /[<>&\u2028\u2029]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

/** 128 random bits, base64: a fresh one for every page response. */
export function newNonce(): string {
  return randomBytes(16).toString('base64');
}

/**
 * The one `<style>` element GraphiQL adds at run time: react-remove-scroll-bar's scroll lock while
 * a dialog (settings, keyboard shortcuts) is open. GraphiQL's UMD bundle cannot be given a nonce
 * for it (webpack's `__webpack_nonce__` is fixed to undefined inside the bundle), so its exact text
 * is allowed by hash. The text is fixed for this page (no body margin or padding, no page
 * scrollbar: the "gap" is 0px). graphiql.test.ts opens both dialogs and fails on any CSP
 * violation, so a GraphiQL upgrade that changes the text is caught.
 */
export const SCROLL_LOCK_STYLE_HASH = "'sha256-Y/huXlwoYkVyQlxwSVcCi1RCDGDCSVBzDt0hYP9qlTc='";

/**
 * Scripts and styles only from this origin, plus the one inline script carrying `nonce` (and the
 * one known scroll-lock stylesheet above). `data:` fonts are GraphiQL's: its stylesheet embeds
 * Roboto and Fira Code as data: URLs. The fetcher only talks to this origin.
 */
export function contentSecurityPolicy(nonce: string): string {
  return [
    "default-src 'none'",
    `script-src 'self' 'nonce-${nonce}'`,
    `style-src 'self' ${SCROLL_LOCK_STYLE_HASH}`,
    "font-src 'self' data:",
    "img-src 'self' data:",
    "connect-src 'self'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** Headers on every response of the handler (page, assets and errors). */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
};

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c] ?? c);
}

/** `/graphiql/assets/<name>?v=<content hash>`: a new URL whenever the file changes, so it can be cached for long. */
export function assetUrl(asset: Asset): string {
  return `${ASSET_PREFIX}${encodeURIComponent(asset.name)}?v=${asset.version()}`;
}

export interface RenderPageOptions {
  config: PageConfig;
  /** The "Call as" options: ids and labels only, never a secret. */
  choices: readonly CallAsChoice[];
  nonce: string;
  assets: ReadonlyMap<string, Asset>;
}

export function renderPage(options: RenderPageOptions): string {
  const { config, choices, nonce, assets } = options;
  const url = (name: string): string => {
    const asset = assets.get(name);
    if (!asset) throw new Error(`unknown GraphiQL asset ${name}`);
    return escapeHtml(assetUrl(asset));
  };
  const callAs = choices
    .map((c) => {
      const selected = c.id === config.defaultCallAs ? ' selected' : '';
      return `<option value="${escapeHtml(c.id)}"${selected}>${escapeHtml(c.label)}</option>`;
    })
    .join('');
  // Order matters: GraphiQL's UMD bundle reads window.React and window.ReactDOM when it runs, and
  // shop-graphiql.js reads window.__SHOP__ and window.GraphiQL. Classic scripts run in order.
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(PAGE_TITLE)}</title>
<link rel="icon" href="${url('favicon.svg')}" type="image/svg+xml">
<link rel="stylesheet" href="${url('graphiql.min.css')}">
<link rel="stylesheet" href="${url('shop-graphiql.css')}">
<script nonce="${escapeHtml(nonce)}">window.__SHOP__ = ${jsonForScript(config)};</script>
<script src="${url('react.production.min.js')}" defer></script>
<script src="${url('react-dom.production.min.js')}" defer></script>
<script src="${url('graphiql.min.js')}" defer></script>
<script src="${url('shop-graphiql.js')}" defer></script>
</head>
<body>
<header class="shop-bar">
<nav class="shop-links" aria-label="Shop apps"><a href="/shop/">Storefront</a> <a href="/admin/">Admin</a></nav>
<label class="shop-call-as" for="shop-call-as">Call as</label>
<select id="shop-call-as" name="call-as">${callAs}</select>
</header>
<div id="graphiql" class="shop-graphiql-loading">Loading GraphiQL…</div>
<noscript>GraphiQL needs JavaScript.</noscript>
</body>
</html>
`;
}
