// `npm run build`: bundles resolvers/ into dist/appsync/ (one ESM file per resolver and pipeline
// function, plus manifest.json) and checks every bundle. Exit 1 on any finding.
//   npx tsx scripts/build-resolvers.ts [--resolvers DIR] [--out DIR]
// The work is in scripts/build/; buildResolvers() is what tests and infra/ call.
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULT_OUT_DIR, DEFAULT_RESOLVERS_DIR, buildResolvers, formatFinding } from './build/index.ts';

export { buildResolvers } from './build/index.ts';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      resolvers: { type: 'string', default: DEFAULT_RESOLVERS_DIR },
      out: { type: 'string', default: DEFAULT_OUT_DIR },
    },
    strict: true,
  });
  const started = performance.now();
  const { manifest, findings, outDir } = await buildResolvers({ resolversDir: values.resolvers!, outDir: values.out! });
  const ms = Math.round(performance.now() - started);
  if (findings.length > 0) {
    for (const f of findings) console.error(formatFinding(f));
    console.error(
      `\nbuild failed: ${findings.length} finding${findings.length === 1 ? '' : 's'}; no manifest written (${ms} ms)`,
    );
    return 1;
  }
  const functions = manifest.resolvers.reduce((n, r) => n + (r.functions?.length ?? 0), 0);
  console.log(
    `built ${manifest.resolvers.length} resolvers and ${functions} pipeline functions into ${outDir} (${ms} ms)`,
  );
  return 0;
}

// Run only as the entry point (tests import buildResolvers from here without building anything).
if (process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(import.meta.url))) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error instanceof Error ? error.message : error);
      process.exit(1);
    },
  );
}
