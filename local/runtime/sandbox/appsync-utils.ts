// The '@aws-appsync/utils' module resolver code imports. entry.ts hands it to the realm; bench/
// bundles it from here to run handlers as plain Node functions (the floor the realm is measured by).
export { extensions } from './extensions.ts';
export { runtime } from './runtime.ts';
export { util } from './util/index.ts';
