// The files the GraphiQL page loads, all from this machine: React, ReactDOM and GraphiQL's UMD
// bundles from node_modules, plus the page's own script, stylesheet and icon from ./static.
// Each file is resolved when the handler is created (so a missing package fails at start-up)
// and read from disk at most once per process.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** URL prefix of every asset; the page is at `/`. */
export const ASSET_PREFIX = '/graphiql/assets/';

export interface Asset {
  /** The name in the URL, e.g. `graphiql.min.js`. Never contains `/`. */
  readonly name: string;
  readonly contentType: string;
  /** Absolute path on disk. */
  readonly file: string;
  /** Loaded on first use, then kept. */
  body(): Buffer;
  /** Short content hash: the `?v=` of the page's URLs and the ETag. */
  version(): string;
}

const require = createRequire(import.meta.url);

/**
 * React 18's `exports` map does not export `./umd/*`, so `require.resolve('react/umd/…')` throws
 * ERR_PACKAGE_PATH_NOT_EXPORTED. Resolve the package's own package.json (always exported) and
 * go from its folder instead.
 */
function fromPackage(pkg: string, relative: string): string {
  return join(dirname(require.resolve(`${pkg}/package.json`)), relative);
}

const STATIC_DIR = fileURLToPath(new URL('./static/', import.meta.url));

const JS = 'text/javascript; charset=utf-8';
const CSS = 'text/css; charset=utf-8';
const MAP = 'application/json; charset=utf-8';
const SVG = 'image/svg+xml';

/** Name → [content type, file resolver]. The only names the handler serves. */
const TABLE: ReadonlyArray<readonly [string, string, () => string]> = [
  ['react.production.min.js', JS, () => fromPackage('react', 'umd/react.production.min.js')],
  ['react-dom.production.min.js', JS, () => fromPackage('react-dom', 'umd/react-dom.production.min.js')],
  // graphiql has no `exports` map, so its bundle files resolve directly.
  ['graphiql.min.js', JS, () => require.resolve('graphiql/graphiql.min.js')],
  ['graphiql.min.css', CSS, () => require.resolve('graphiql/graphiql.min.css')],
  // Source maps, referenced by the two files above; only fetched when DevTools are open.
  ['graphiql.min.js.map', MAP, () => require.resolve('graphiql/graphiql.min.js.map')],
  ['graphiql.min.css.map', MAP, () => require.resolve('graphiql/graphiql.min.css.map')],
  ['shop-graphiql.js', JS, () => join(STATIC_DIR, 'shop-graphiql.js')],
  ['shop-graphiql.css', CSS, () => join(STATIC_DIR, 'shop-graphiql.css')],
  ['favicon.svg', SVG, () => join(STATIC_DIR, 'favicon.svg')],
];

function makeAsset(name: string, contentType: string, file: string): Asset {
  let body: Buffer | undefined;
  let version: string | undefined;
  return {
    name,
    contentType,
    file,
    body() {
      body ??= readFileSync(file);
      return body;
    },
    version() {
      version ??= createHash('sha256').update(this.body()).digest('base64url').slice(0, 16);
      return version;
    },
  };
}

let table: ReadonlyMap<string, Asset> | undefined;

/** The asset table, shared by every handler in the process. Throws if a package is missing. */
export function graphiqlAssets(): ReadonlyMap<string, Asset> {
  if (!table) {
    const map = new Map<string, Asset>();
    for (const [name, contentType, resolve] of TABLE) {
      let file: string;
      try {
        file = resolve();
        if (!existsSync(file)) throw new Error(`${file} does not exist`);
      } catch (error) {
        throw new Error(
          `GraphiQL asset ${name} cannot be found (are graphiql, react and react-dom installed?): ` +
            (error as Error).message,
        );
      }
      map.set(name, makeAsset(name, contentType, file));
    }
    table = map;
  }
  return table;
}
