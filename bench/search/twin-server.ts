// The search twin alone in its own process, for bench/search/twin.ts: starts it (in memory, the bench's key)
// with the product index, prints `{ endpoint, pid }` as one JSON line, and serves until its stdin closes.
import { resolve } from 'node:path';
import { PRODUCT_INDEX, PRODUCT_INDEX_MAPPING } from '../../contracts/index.ts';

export const TWIN_KEY = { accessKeyId: 'AKIABENCHSEARCHTWIN1', secretAccessKey: 'bench-search-twin' };

type StartServer = typeof import('../../local/search/index.ts').startSearchServer;

async function main() {
  const dir = resolve(process.argv[2] ?? new URL('../../local/search', import.meta.url).pathname);
  const { startSearchServer } = (await import(`${dir}/index.ts`)) as { startSearchServer: StartServer };
  const server = await startSearchServer({
    domainName: 'bench',
    credentials: [TWIN_KEY],
    region: 'us-east-1',
    accountId: '000000000000',
  });
  server.ensureIndex(PRODUCT_INDEX, structuredClone(PRODUCT_INDEX_MAPPING) as never);
  console.log(JSON.stringify({ endpoint: server.endpoint, pid: process.pid }));
  process.stdin.resume();
  process.stdin.on('end', () => void server.close().then(() => process.exit(0)));
}

if (process.argv[1] && resolve(process.argv[1]) === new URL(import.meta.url).pathname) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
