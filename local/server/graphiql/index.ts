// GraphiQL for the offline twin, served entirely from this machine (no CDN).
export { createGraphiqlHandler } from './handler.ts';
export type { GraphiqlHandler, GraphiqlHandlerOptions } from './handler.ts';
export { ASSET_PREFIX, graphiqlAssets } from './assets.ts';
export type { Asset } from './assets.ts';
export { DEFAULT_QUERY, PAGE_TITLE, contentSecurityPolicy, jsonForScript } from './page.ts';
export type { PageConfig } from './page.ts';
