// Before any test file runs: build the resolvers and synthesize cdk.out once (reused when no input
// changed), and build the web apps npm start serves (the mobile one's Metro export takes a minute or two),
// so the tests that start `npm start` in parallel never race to synthesize or build.
import { fileURLToPath } from 'node:url';
import { ensureSynthesized } from '../local/start/index.ts';
import { APP_NAMES, ensureWebBuild } from '../local/web/index.ts';

export default async function setup(): Promise<void> {
  const root = fileURLToPath(new URL('..', import.meta.url));
  await ensureSynthesized(root);
  for (const app of APP_NAMES) await ensureWebBuild(root, app);
}
