// `npm start`'s entry. It only sets the environment every process we start must have, then loads
// the real CLI: static imports are hoisted, so the SDK would otherwise load before the variable.
// The AWS SDK warns on Node versions it will drop; package.json's engines field is ours to state.
const { QUIET_SDK_ENVIRONMENT } = await import('./local-aws.ts');
Object.assign(process.env, QUIET_SDK_ENVIRONMENT);

const { main } = await import('./start/index.ts');
await main();
