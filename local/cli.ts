// `npm start`'s entry. It only sets the environment every process we start must have, launches
// DynamoDB Local's JVM (the slowest engine to start), then loads the real CLI while the JVM boots:
// static imports are hoisted, so the SDK would otherwise load before the variable, and before the JVM.
// The AWS SDK warns on Node versions it will drop; package.json's engines field is ours to state.
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const { QUIET_SDK_ENVIRONMENT } = await import('./local-aws.ts');
Object.assign(process.env, QUIET_SDK_ENVIRONMENT);

// --reset wipes the data the JVM would open, and --help starts nothing.
const args = process.argv.slice(2);
if (!args.some((arg) => arg === '--reset' || arg === '--help' || arg === '-h')) {
  const { startDynamoDbLocalEarly } = await import('./engines/index.ts');
  // The folder startShop gives the DynamoDB twin (<data dir>/dynamodb): the twin adopts this JVM.
  const root = fileURLToPath(new URL('..', import.meta.url));
  startDynamoDbLocalEarly(join(process.env.SHOP_DATA_DIR ?? join(root, '.data'), 'dynamodb'));
}

const { main } = await import('./start/index.ts');
await main();
