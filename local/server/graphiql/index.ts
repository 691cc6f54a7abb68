// GraphiQL for the offline twin, served entirely from this machine (no CDN).
export { createGraphiqlHandler } from './handler.ts';
export type { GraphiqlHandler, GraphiqlHandlerOptions } from './handler.ts';
export { ASSET_PREFIX, graphiqlAssets } from './assets.ts';
export type { Asset } from './assets.ts';
export { DEFAULT_QUERY, PAGE_TITLE, contentSecurityPolicy, jsonForScript } from './page.ts';
export type { PageConfig } from './page.ts';
export { CREDENTIALS_HEADER, CREDENTIALS_PATH } from './credentials-protocol.ts';
export { API_KEY_CHOICE, HEADERS_ONLY_CHOICE, IAM_CHOICE, callAsChoices, userChoice } from './identities.ts';
export type { CallAsChoice, GraphiqlOutputs } from './identities.ts';
export type { SignedIn, SignInRequest, UserTokensOptions } from './user-tokens.ts';
