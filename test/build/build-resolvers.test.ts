// scripts/build-resolvers.ts: file names -> bindings -> bundles -> checks -> manifest.
// Bundling follows AWS's documented esbuild options
// (https://docs.aws.amazon.com/appsync/latest/devguide/additional-utilities.html); the 32,768-character
// limit is API_Resolver's `code` constraint; the lint rules are @aws-appsync/eslint-plugin's.
import { execFile } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  CODE_LENGTH_BUDGET,
  MAX_CODE_LENGTH,
  PASS_THROUGH_CODE,
  buildResolvers,
  formatFinding,
  type BuildResolversResult,
} from '../../scripts/build/index.ts';
import { FIXTURE_MANIFEST, FIXTURE_TREE, removeDir, tempDir, unitResolver, writeTree, type Tree } from './fixtures.ts';

const ROOT = path.resolve(import.meta.dirname, '../..');
const dirs: string[] = [];

async function build(tree: Tree): Promise<BuildResolversResult & { resolversDir: string }> {
  const resolversDir = writeTree(tempDir('resolvers'), tree);
  const outDir = path.join(tempDir('out'), 'appsync');
  dirs.push(resolversDir, path.dirname(outDir));
  return { ...(await buildResolvers({ resolversDir, outDir })), resolversDir };
}

afterAll(() => dirs.forEach(removeDir));

describe('build: fixture resolvers', () => {
  let result: BuildResolversResult & { resolversDir: string };
  beforeAll(async () => {
    result = await build(FIXTURE_TREE);
  });

  it('has no findings', () => {
    expect(result.findings.map((f) => formatFinding(f))).toEqual([]);
  });

  it('binds unit, .none. and pipeline resolvers (with and without index.ts) in the manifest, sorted', () => {
    expect(result.manifest).toEqual(FIXTURE_MANIFEST);
  });

  it('writes manifest.json with paths relative to the out dir', () => {
    const written = JSON.parse(readFileSync(path.join(result.outDir, 'manifest.json'), 'utf8'));
    expect(written).toEqual(FIXTURE_MANIFEST);
    for (const r of written.resolvers) {
      expect(existsSync(path.join(result.outDir, r.file))).toBe(true);
      for (const f of r.functions ?? []) expect(existsSync(path.join(result.outDir, f.file))).toBe(true);
    }
  });

  it('names pipeline functions as valid AppSync names', () => {
    const names = result.manifest.resolvers.flatMap((r) => r.functions ?? []).map((f) => f.name);
    expect(names.length).toBeGreaterThan(0);
    for (const name of names) expect(name).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
  });

  const BUNDLES_ESM =
    'bundles ESM with shared helpers inlined, @aws-appsync/utils external, the source map in a file beside it';
  it(BUNDLES_ESM, () => {
    const file = path.join(result.outDir, 'catalog/Query.product.js');
    const code = readFileSync(file, 'utf8');
    expect(code).toContain('from "@aws-appsync/utils"');
    expect(code).toContain('from "@aws-appsync/utils/dynamodb"');
    expect(code).toMatch(/function productKey\(id\)/);
    expect(code).not.toMatch(/: string|import type|\.\.\/lib\/keys/);
    expect(code).toMatch(/export \{\s*request,\s*response\s*\};/);
    // nothing of the source map in what AppSync receives: not inline, not even a link
    expect(code).not.toContain('sourceMappingURL');
    const sourceMap = JSON.parse(readFileSync(`${file}.map`, 'utf8'));
    expect(sourceMap.sourcesContent).toBeUndefined();
    expect(sourceMap.sources.some((s: string) => s.endsWith('catalog/Query.product.ts'))).toBe(true);
  });

  it('writes the pass-through before/after step for a pipeline folder without index.ts', () => {
    expect(readFileSync(path.join(result.outDir, 'orders/Mutation.cancelOrder/index.js'), 'utf8')).toBe(
      PASS_THROUGH_CODE,
    );
  });

  it('keeps a pipeline folder index.ts as its before/after step', () => {
    expect(readFileSync(path.join(result.outDir, 'orders/Mutation.checkout/index.js'), 'utf8')).toContain(
      'ctx.stash.customerId = "c1"',
    );
  });

  it('skips test files, non-TypeScript files and resolvers/lib', () => {
    expect(existsSync(path.join(result.outDir, 'catalog/Query.product.test.js'))).toBe(false);
    expect(existsSync(path.join(result.outDir, 'lib'))).toBe(false);
  });
});

describe('build: findings fail the build', () => {
  it('fails on a while loop, naming the source file and line', async () => {
    const { findings, outDir, resolversDir } = await build({
      'catalog/Query.product.ts': unitResolver(
        '  let i = 0;\n  while (i < 3) {\n    i = i + 1;\n  }\n  return { id: ctx.args.id, i };',
      ),
    });
    const source = path.join(resolversDir, 'catalog/Query.product.ts');
    const lint = findings.find((f) => f.rule === '@aws-appsync/no-while');
    expect(lint).toMatchObject({ file: source, line: 5, column: 3 });
    expect(lint?.bundle?.file).toBe(path.join(outDir, 'catalog/Query.product.js'));
    // our own APPSYNC_JS validator agrees
    expect(findings.find((f) => f.rule.startsWith('appsync-js/') && /while/i.test(f.message))).toMatchObject({
      file: source,
      line: 5,
    });
    expect(formatFinding(lint!, '/')).toMatch(/catalog\/Query\.product\.ts:5:3 @aws-appsync\/no-while /);
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
  });

  /** A .none. resolver whose bundle is about `entries` × 26 characters long. */
  const padded = (entries: number) => {
    const items = Array.from({ length: entries }, (_, i) => `'item-${String(i).padStart(5, '0')}-padding'`);
    return `const NAMES = [${items.join(',\n')}];\n${unitResolver('  return { payload: NAMES };')}`;
  };

  it('fails on a bundle over 32,768 characters, naming the resolver and its size', async () => {
    const { findings, outDir } = await build({ 'catalog/Query.categories.none.ts': padded(1500) });
    const size = findings.filter((f) => f.rule === 'size');
    const bundle = path.join(outDir, 'catalog/Query.categories.none.js');
    const length = readFileSync(bundle, 'utf8').length;
    expect(length).toBeGreaterThan(MAX_CODE_LENGTH);
    expect(size).toEqual([expect.objectContaining({ file: bundle, line: 1 })]);
    expect(size[0]!.message).toBe(
      `resolver Query.categories is ${length.toLocaleString('en-US')} characters; AppSync accepts at most 32,768`,
    );
    expect(existsSync(path.join(outDir, 'manifest.json'))).toBe(false);
  });

  it('fails at 80% of the limit, naming the pipeline function, before a deploy would', async () => {
    const { findings, outDir } = await build({
      'orders/Mutation.checkout/01.loadCart.ts': padded(1100),
      'orders/Mutation.checkout/02.place.ts': unitResolver('  return {};'),
    });
    const bundle = path.join(outDir, 'orders/Mutation.checkout/01.loadCart.js');
    const length = readFileSync(bundle, 'utf8').length;
    expect(length).toBeGreaterThan(CODE_LENGTH_BUDGET);
    expect(length).toBeLessThanOrEqual(MAX_CODE_LENGTH);
    expect(CODE_LENGTH_BUDGET).toBe(26_214);
    const [size, ...others] = findings.filter((f) => f.rule === 'size');
    expect(others).toEqual([]);
    expect(size!.file).toBe(bundle);
    expect(size!.message).toMatch(
      /^pipeline function Mutation_checkout_01_loadCart of Mutation\.checkout is [\d,]+ characters, over 80% /,
    );
    expect(size!.message).toContain('(26,214)');
    expect(formatFinding(size!, outDir)).toMatch(/^orders\/Mutation\.checkout\/01\.loadCart\.js:1:1 size /);
  });

  it('passes just under the budget', async () => {
    const { findings } = await build({ 'catalog/Query.categories.none.ts': padded(900) });
    expect(findings.map((f) => formatFinding(f))).toEqual([]);
  });

  it('fails on a Type.field that is not in the schema', async () => {
    const { findings, resolversDir } = await build({ 'catalog/Query.noSuchField.ts': unitResolver('  return {};') });
    expect(findings).toEqual([
      expect.objectContaining({
        file: path.join(resolversDir, 'catalog/Query.noSuchField.ts'),
        rule: 'schema',
        message: expect.stringContaining('Query.noSuchField'),
      }),
    ]);
  });

  it('fails on a type that is not an object type of the schema', async () => {
    const { findings } = await build({ 'catalog/ProductStatus.value.ts': unitResolver('  return {};') });
    expect(findings.map((f) => f.rule)).toEqual(['schema']);
  });

  it('fails on an unknown data source name', async () => {
    const { findings } = await build({
      'catalog/Query.categories.s3.ts': unitResolver('  return {};'),
      'orders/Mutation.checkout/01.load.lambda.ts': unitResolver('  return {};'),
    });
    expect(findings.map((f) => [f.rule, path.basename(f.file)])).toEqual([
      ['data-source', 'Query.categories.s3.ts'],
      ['data-source', '01.load.lambda.ts'],
    ]);
  });

  it('fails on file names that are not bindings, and on folders that are not pipelines', async () => {
    const { findings } = await build({
      'catalog/helpers.ts': 'export const x = 1;\n',
      'catalog/util/keys.ts': 'export const x = 1;\n',
      'orders/Mutation.checkout/load.ts': unitResolver('  return {};'),
      'orders/Mutation.checkout/01.load.ts': unitResolver('  return {};'),
      'stray.ts': 'export const x = 1;\n',
    });
    expect(findings.map((f) => [f.rule, path.basename(f.file)]).sort()).toEqual([
      ['layout', 'helpers.ts'],
      ['layout', 'load.ts'],
      ['layout', 'stray.ts'],
      ['layout', 'util'],
    ]);
  });

  it('fails on two steps with the same number and on the same field bound twice', async () => {
    const { findings } = await build({
      'orders/Mutation.checkout/01.a.ts': unitResolver('  return {};'),
      'orders/Mutation.checkout/01.b.ts': unitResolver('  return {};'),
      'catalog/Query.product.ts': unitResolver('  return {};'),
      'search/Query.product.none.ts': unitResolver('  return {};'),
    });
    expect(findings.map((f) => f.message)).toEqual([
      expect.stringContaining('step number 01 is also used by 01.a.ts'),
      expect.stringContaining('Query.product already has a resolver'),
    ]);
  });

  it('fails on a resolver that does not export both request and response', async () => {
    const { findings } = await build({ 'catalog/Query.product.ts': 'export function request() { return {}; }\n' });
    expect(findings).toEqual([
      expect.objectContaining({ rule: 'exports', message: expect.stringContaining('missing: response') }),
    ]);
  });

  it('runs the type-aware recommended rules on the bundled JavaScript', async () => {
    const { findings } = await build({
      'catalog/Query.product.ts': `import type { Context } from '@aws-appsync/utils';

function depth(n: number): number {
  return n <= 0 ? 0 : 1 + depth(n - 1);
}

export function request(ctx: Context<{ id: string }>) {
  const frozen = Object.freeze({ id: ctx.args.id });
  return { frozen, label: 'x'.padStart(3), depth: depth(2) };
}

export function response(ctx: Context) {
  return [3, 1].sort((a, b) => a - b);
}
`,
    });
    const rules = new Set(findings.map((f) => f.rule));
    expect(rules).toContain('@aws-appsync/no-recursion');
    expect(rules).toContain('@aws-appsync/no-disallowed-methods');
    expect(rules).toContain('@aws-appsync/no-function-passing');
    const methods = findings
      .filter((f) => f.rule === '@aws-appsync/no-disallowed-methods')
      .map((f) => [f.line, f.message]);
    expect(methods).toEqual([
      [8, expect.stringContaining('ObjectConstructor.freeze')],
      [9, expect.stringContaining('String.padStart')],
    ]);
  });

  it('refuses to wipe an out dir it did not write', async () => {
    const resolversDir = writeTree(tempDir('resolvers'), FIXTURE_TREE);
    const outDir = tempDir('precious');
    dirs.push(resolversDir, outDir);
    writeFileSync(path.join(outDir, 'keep.txt'), 'mine');
    await expect(buildResolvers({ resolversDir, outDir })).rejects.toThrow(/refusing to delete/);
    expect(readFileSync(path.join(outDir, 'keep.txt'), 'utf8')).toBe('mine');
  });

  it('removes bundles of resolvers that no longer exist on rebuild', async () => {
    const resolversDir = writeTree(tempDir('resolvers'), FIXTURE_TREE);
    const outDir = path.join(tempDir('out'), 'appsync');
    dirs.push(resolversDir, path.dirname(outDir));
    await buildResolvers({ resolversDir, outDir });
    removeDir(path.join(resolversDir, 'orders'));
    const { manifest, findings } = await buildResolvers({ resolversDir, outDir });
    expect(findings).toEqual([]);
    expect(manifest.resolvers.map((r) => r.fieldName)).toEqual(['categories', 'product']);
    expect(existsSync(path.join(outDir, 'orders'))).toBe(false);
  });

  it('exits 1 from the command line, one `file:line:col rule message` line per finding', async () => {
    const resolversDir = writeTree(tempDir('resolvers'), {
      'catalog/Query.product.ts': unitResolver('  while (true) {}\n  return {};'),
    });
    const outDir = path.join(tempDir('out'), 'appsync');
    dirs.push(resolversDir, path.dirname(outDir));
    const run = promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', 'scripts/build-resolvers.ts', '--resolvers', resolversDir, '--out', outDir],
      {
        cwd: ROOT,
      },
    );
    const error = await run.then(
      () => undefined,
      (e: { code: number; stderr: string }) => e,
    );
    expect(error?.code).toBe(1);
    expect(error?.stderr).toMatch(/Query\.product\.ts:4:3 @aws-appsync\/no-while While statements are not supported/);
    expect(error?.stderr).toMatch(/build failed: \d+ findings; no manifest written/);
  });
});

describe('build: empty resolvers dir', () => {
  it('writes an empty manifest', async () => {
    const { manifest, findings, outDir } = await build({ 'lib/keys.ts': 'export const x = 1;\n' });
    expect(findings).toEqual([]);
    expect(manifest).toEqual({ resolvers: [] });
    expect(JSON.parse(readFileSync(path.join(outDir, 'manifest.json'), 'utf8'))).toEqual({ resolvers: [] });
  });
});
