// Fails (exit 1) when the committed generated files differ from what codegen.yml produces now,
// e.g. after a schema or operation change without `npm run codegen`. Generates in memory only:
// nothing in the working tree is touched.
//   npx tsx scripts/codegen-check.ts
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { generate, loadCodegenConfig } from '@graphql-codegen/cli';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const CONFIG_FILE = path.join(ROOT, 'codegen.yml');

interface Finding {
  file: string;
  problem: string;
}

async function readIfExists(file: string): Promise<string | null> {
  try {
    return await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

function firstDifferentLine(a: string, b: string): number {
  const left = a.split('\n');
  const right = b.split('\n');
  const n = Math.max(left.length, right.length);
  for (let i = 0; i < n; i++) if (left[i] !== right[i]) return i + 1;
  return n;
}

async function main(): Promise<number> {
  const { config } = await loadCodegenConfig({ configFilePath: CONFIG_FILE });
  const expectedFiles = Object.keys(config.generates ?? {});
  const outputs = await generate({ ...config, cwd: ROOT, silent: true, watch: false }, false);

  const findings: Finding[] = [];
  const produced = new Set<string>();
  for (const output of outputs) {
    const absolute = path.isAbsolute(output.filename) ? output.filename : path.join(ROOT, output.filename);
    const relative = path.relative(ROOT, absolute);
    produced.add(relative);
    const committed = await readIfExists(absolute);
    if (committed === null) {
      findings.push({ file: relative, problem: 'missing (never generated)' });
    } else if (committed !== output.content) {
      findings.push({
        file: relative,
        problem: `stale (first difference at line ${firstDifferentLine(committed, output.content)})`,
      });
    }
  }
  for (const file of expectedFiles) {
    if (!produced.has(path.normalize(file)))
      findings.push({ file, problem: 'configured in codegen.yml but produced no output' });
  }

  if (findings.length > 0) {
    console.error('Generated files are out of date with schema/ and clients/operations/:');
    for (const f of findings) console.error(`  - ${f.file}: ${f.problem}`);
    console.error('Run `npx graphql-codegen --config codegen.yml` (npm run codegen) and commit the result.');
    return 1;
  }
  console.log(`Generated files are up to date (${[...produced].join(', ')}).`);
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error('codegen check failed to run:', error instanceof Error ? error.message : error);
    process.exitCode = 2;
  },
);
