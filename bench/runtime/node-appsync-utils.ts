// '@aws-appsync/utils' for handlers run as plain Node functions (the benchmark's floor): the same
// implementations the realm uses, without the realm.
export { util } from '../../local/runtime/sandbox/util/index.ts';
export { runtime } from '../../local/runtime/sandbox/runtime.ts';
export { extensions } from '../../local/runtime/sandbox/extensions.ts';
