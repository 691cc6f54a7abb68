// `npm start`'s entry. It only sets the environment every process we start must have, then loads
// the real CLI: static imports are hoisted, so the SDK would otherwise load before the variable.
// The AWS SDK warns on Node versions it will drop; package.json's engines field is ours to state.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';

const { main } = await import('./start/index.ts');
await main();
