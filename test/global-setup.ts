// Before any test file runs: build the resolvers and synthesize cdk.out once (reused when no input
// changed), so the tests that start `npm start` in parallel never race to synthesize.
import { fileURLToPath } from 'node:url';
import { ensureSynthesized } from '../local/start/index.ts';

export default async function setup(): Promise<void> {
  await ensureSynthesized(fileURLToPath(new URL('..', import.meta.url)));
}
