// The storefront and admin web app, and the mobile app's web target, served by npm start on the API's own port.
export { APP_NAMES, buildApp, ensureWebBuild, webBuildNeeded, webDistDir } from './build.ts';
export type { AppName, WebBuildResult } from './build.ts';
export { webConnection } from './connection.ts';
export type { PublicOutputs, WebConnection } from './connection.ts';
export { CONFIG_PATH, createWebHandler } from './handler.ts';
export type { WebHandler, WebHandlerOptions } from './handler.ts';
export { createMobileHandler, MOBILE_CONFIG_PATH } from './mobile-handler.ts';
export type { MobileHandlerOptions } from './mobile-handler.ts';
