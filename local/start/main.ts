// `npm start [-- --reset] [-- --no-seed] [-- --verbose] [-- --parameters Name=Value …]`: the whole shop
// API offline (loaded by local/cli.ts once the environment is set).
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { JavaMissingError } from '../engines/index.ts';
import { createGraphiqlHandler } from '../server/index.ts';
import { createMobileHandler, createWebHandler, ensureWebBuild, webConnection, webDistDir } from '../web/index.ts';
import { startShop, type RunningShop } from './start-shop.ts';
import { UsageError } from './steps/prepare.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

async function runShop(): Promise<void> {
  const { values } = parseArgs({
    options: {
      reset: { type: 'boolean', default: false },
      'no-seed': { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      parameters: { type: 'string', multiple: true, default: [] },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) {
    console.log(
      'npm start [-- --reset] [-- --no-seed] [-- --verbose] [-- --parameters Name=Value ...]\n' +
        '  --reset    wipe .data/ (tables, users, secrets) first\n' +
        '  --no-seed  do not load the demo catalog on first start\n' +
        '  --verbose  log resolver console output and evaluated requests\n' +
        '  --parameters Name=Value  override a stack parameter, as cdk deploy --parameters does (repeatable)\n' +
        'PORT (default 4000; plain HTTP and TLS) and COGNITO_PORT (9229) move the listeners;\n' +
        'SHOP_ASSEMBLY_DIR runs that cloud assembly instead of synthesizing cdk.out.',
    );
    return;
  }
  const started = performance.now();
  const seconds = () => ((performance.now() - started) / 1000).toFixed(1);
  let shop: RunningShop | undefined;
  const shutdown = async (signal: string) => {
    console.log(`\n${signal}: stopping…`);
    mobileBuild.abort();
    await shop?.stop();
    process.exit(0);
  };
  process.once('SIGINT', () => void shutdown('SIGINT'));
  process.once('SIGTERM', () => void shutdown('SIGTERM'));
  // An engine that keeps crashing makes the API useless: say so, stop everything, exit non-zero.
  const fatal = (message: string) => {
    console.error(`\n${message}\n`);
    void (shop?.stop() ?? Promise.resolve()).finally(() => process.exit(1));
  };

  // The storefront is built once (3-8 s on 2 shared cores) and then served from dist/web.
  const web = await ensureWebBuild(root);
  if (web.built)
    console.log(
      `[${seconds()}s] built the storefront and admin into dist/web in ${web.seconds.toFixed(1)}s` +
        (web.reason === 'stale' ? ' (their sources changed since the last build)' : ''),
    );

  // The mobile app's web target takes a minute or two (Metro on 2 shared cores): it builds in the background
  // while the API starts, and /mobile/ says so until it lands. Stopping the shop stops the build.
  const mobileBuild = new AbortController();
  let mobilePending = 'is being built: try again in a minute';
  ensureWebBuild(root, 'mobile', mobileBuild.signal).then(
    (mobile) => {
      if (mobile.built)
        console.log(`[${seconds()}s] built the mobile app into dist/mobile in ${mobile.seconds.toFixed(1)}s`);
    },
    (error: unknown) => {
      if (mobileBuild.signal.aborted) return;
      mobilePending = `could not be built: ${error instanceof Error ? error.message : String(error)}`;
      console.error(`The mobile app ${mobilePending}`);
    },
  );

  shop = await startShop({
    root,
    reset: values.reset,
    seed: !values['no-seed'],
    verbose: values.verbose,
    parameters: values.parameters,
    fatal,
    progress: (line) => console.log(`[${seconds()}s] ${line}`),
    pages: (outputs, apiEnvironment) => {
      const graphiql = createGraphiqlHandler({
        graphqlPath: '/graphql',
        // The live outputs: GraphiQL signs users in and IAM calls with them, server-side.
        outputs,
      });
      const app = createWebHandler({
        distDir: webDistDir(root),
        connection: () => {
          const o = outputs();
          // The currency as the template gives it to resolvers (the same one the API checks prices against).
          return o ? webConnection(o, apiEnvironment) : undefined;
        },
      });
      const mobile = createMobileHandler({
        distDir: webDistDir(root, 'mobile'),
        connection: () => {
          const o = outputs();
          return o ? webConnection(o, apiEnvironment) : undefined;
        },
        pending: () => mobilePending,
      });
      return (req, res) => graphiql(req, res) || app(req, res) || mobile(req, res);
    },
  });
  if (shop.seeded)
    console.log(
      `[${seconds()}s] demo catalog: ${shop.seeded.categories} categories, ${shop.seeded.products} products, ` +
        `${shop.seeded.images} pictures`,
    );
  // The apps sit right after GraphiQL, on the API's own origin.
  const origin = new URL(shop.outputs.graphqlUrl).origin;
  const apps = [
    `Storefront      ${origin}/shop/`,
    `Admin           ${origin}/admin/`,
    `Mobile app      ${origin}/mobile/ (the Expo app's web target; clients/mobile/README.md)`,
  ];
  const graphiqlAt = shop.where.findIndex((line) => line.startsWith('GraphiQL'));
  const where = [...shop.where.slice(0, graphiqlAt + 1), ...apps, ...shop.where.slice(graphiqlAt + 1)];
  console.log(
    `\nThe shop API is up (${seconds()}s). Everything listens on 127.0.0.1 only.\n\n  ${where.join('\n  ')}\n`,
  );
  console.log(
    `Try it:\n  curl -s ${shop.outputs.graphqlUrl} -H 'content-type: application/json' ` +
      `-H 'x-api-key: ${shop.outputs.apiKey}' \\\n` +
      `    -d '{"query":"{ listProducts(limit: 3) { items { name priceFrom { amount currency } } } }"}'\n` +
      '\nCtrl-C stops everything.',
  );
}

/** The CLI: runs until Ctrl-C; any start-up failure is printed and ends the process with 1. */
export function main(): Promise<void> {
  return runShop().catch((err: unknown) => {
    if (err instanceof JavaMissingError || err instanceof UsageError) {
      console.error(`\n${err.message}\n`);
    } else {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
    }
    process.exit(1);
  });
}
