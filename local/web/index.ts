// The storefront and admin web app, served by npm start on the API's own port.
export { ensureWebBuild, webBuildNeeded, webDistDir } from './build.ts';
export type { WebBuildResult } from './build.ts';
export { webConnection } from './connection.ts';
export type { PublicOutputs, WebConnection } from './connection.ts';
export { CONFIG_PATH, createWebHandler } from './handler.ts';
export type { WebHandler, WebHandlerOptions } from './handler.ts';
