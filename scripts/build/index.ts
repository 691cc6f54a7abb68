// The resolver build: layout -> schema check -> esbuild -> checks on every bundle -> manifest.
// Any finding fails the build; the manifest is written only for a clean build, so infra/ can never
// deploy code that failed a check.
import { existsSync } from 'node:fs';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { isObjectType, type GraphQLSchema } from 'graphql';
import { validateCode } from '../../local/runtime/index.ts';
import { buildAppSyncSchema } from '../../schema/load-schema.ts';
import { bundleEntries, type BundleEntry } from './bundle.ts';
import { sortFindings, type Finding } from './findings.ts';
import { readLayout, type ResolverPlan } from './layout.ts';
import { lintBundles } from './lint.ts';
import {
  MANIFEST_FILE,
  MAX_CODE_LENGTH,
  compareResolvers,
  type Manifest,
  type ManifestResolver,
} from '../../contracts/index.ts';
import { inlineSourceMapLength, originalPosition, readSourceMapFile, type SourceMap } from './source-map.ts';

export * from '../../contracts/build-manifest.ts';
export { MAX_CODE_LENGTH };

/**
 * The build fails at 80% of AppSync's limit, while there is still room to split a resolver calmly rather
 * than during a deploy that one more filter pushed over (API_Resolver `code`: at most 32,768 characters).
 */
export const CODE_LENGTH_BUDGET = Math.floor(MAX_CODE_LENGTH * 0.8);
export { formatFinding, type Finding } from './findings.ts';

/** The before/after step of a pipeline folder without index.ts. */
export const PASS_THROUGH_CODE =
  'export function request() { return {}; } export function response(ctx) { return ctx.prev.result; }\n';

export interface BuildResolversOptions {
  resolversDir: string;
  outDir: string;
  /** schema the Type.field bindings are checked against; defaults to schema/ (AppSync prelude + our SDL) */
  schema?: GraphQLSchema;
  /** base for relative paths; defaults to process.cwd() */
  cwd?: string;
}

export interface BuildResolversResult {
  manifest: Manifest;
  findings: Finding[];
  /** absolute out dir */
  outDir: string;
}

function toManifest(plans: ResolverPlan[]): Manifest {
  const resolvers: ManifestResolver[] = plans.map((p) =>
    p.kind === 'UNIT'
      ? { typeName: p.typeName, fieldName: p.fieldName, kind: 'UNIT', dataSource: p.dataSource, file: p.out }
      : {
          typeName: p.typeName,
          fieldName: p.fieldName,
          kind: 'PIPELINE',
          file: p.out,
          functions: p.functions.map((f) => ({ name: f.name, dataSource: f.dataSource, file: f.out })),
        },
  );
  return { resolvers: resolvers.sort(compareResolvers) };
}

function checkSchema(plans: ResolverPlan[], schema: GraphQLSchema): { ok: ResolverPlan[]; findings: Finding[] } {
  const ok: ResolverPlan[] = [];
  const findings: Finding[] = [];
  for (const plan of plans) {
    const type = schema.getType(plan.typeName);
    const at = plan.kind === 'UNIT' ? plan.source : path.dirname(plan.functions[0]!.source);
    if (!type || !isObjectType(type)) {
      findings.push({
        file: at,
        line: 1,
        column: 1,
        rule: 'schema',
        message: `type ${plan.typeName} is not an object type in the schema`,
      });
    } else if (!type.getFields()[plan.fieldName]) {
      findings.push({
        file: at,
        line: 1,
        column: 1,
        rule: 'schema',
        message: `field ${plan.typeName}.${plan.fieldName} is not in the schema`,
      });
    } else {
      ok.push(plan);
    }
  }
  return { ok, findings };
}

/** Refuses to wipe a directory the build did not make: it must be missing, empty, or hold a previous build. */
async function prepareOutDir(outDir: string, resolversDir: string): Promise<void> {
  const inside = (child: string, parent: string) => {
    const rel = path.relative(parent, child);
    return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
  };
  if (inside(resolversDir, outDir) || inside(outDir, resolversDir)) {
    throw new Error(
      `out dir ${outDir} overlaps the resolvers dir ${resolversDir}; choose a separate out dir such as dist/appsync`,
    );
  }
  if (existsSync(outDir)) {
    const items = await readdir(outDir);
    if (items.length > 0 && !items.includes(MANIFEST_FILE) && !items.includes('.appsync-build')) {
      throw new Error(`out dir ${outDir} is not empty and holds no previous build; refusing to delete it`);
    }
    await rm(outDir, { recursive: true, force: true });
  }
  await mkdir(outDir, { recursive: true });
  // Marks the directory as ours even when a failed build leaves no manifest.
  await writeFile(
    path.join(outDir, '.appsync-build'),
    'written by scripts/build-resolvers.ts; deleted on every build\n',
  );
}

/** What a bundle is to AppSync, for messages: `resolver Query.product`, `pipeline function X of Type.field`. */
function bundleLabels(plans: ResolverPlan[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const p of plans) {
    const field = `${p.typeName}.${p.fieldName}`;
    labels.set(p.out, p.kind === 'UNIT' ? `resolver ${field}` : `resolver ${field} (pipeline before/after step)`);
    if (p.kind === 'PIPELINE')
      for (const f of p.functions) labels.set(f.out, `pipeline function ${f.name} of ${field}`);
  }
  return labels;
}

/** The size findings: an inline source map (never deployed), and code over the budget or the limit. */
function sizeFindings(bundleFile: string, code: string, label: string): Finding[] {
  const at = { file: bundleFile, line: 1, column: 1, rule: 'size' };
  const findings: Finding[] = [];
  const mapLength = inlineSourceMapLength(code);
  if (mapLength > 0)
    findings.push({
      ...at,
      message:
        `${label} carries an inline source map (${mapLength.toLocaleString('en-US')} characters), which AppSync ` +
        'would count toward its code limit: keep source maps in a separate .map file',
    });
  const length = code.length.toLocaleString('en-US');
  const limit = MAX_CODE_LENGTH.toLocaleString('en-US');
  if (code.length > MAX_CODE_LENGTH)
    findings.push({
      ...at,
      message: `${label} is ${length} characters; AppSync accepts at most ${limit}`,
    });
  else if (code.length > CODE_LENGTH_BUDGET)
    findings.push({
      ...at,
      message:
        `${label} is ${length} characters, over 80% of AppSync's ${limit}-character limit ` +
        `(${CODE_LENGTH_BUDGET.toLocaleString('en-US')}): split it into pipeline functions or move helpers out`,
    });
  return findings;
}

async function checkBundle(
  bundleFile: string,
  source: string | undefined,
  lint: Finding[],
  exported: string[] | undefined,
  label: string,
): Promise<Finding[]> {
  const code = await readFile(bundleFile, 'utf8');
  const findings: Finding[] = [];
  const map: SourceMap | undefined = readSourceMapFile(bundleFile);
  const locate = (f: Omit<Finding, 'bundle'>): Finding => {
    const source = map ? originalPosition(map, f.line, f.column) : undefined;
    return source ? { ...f, ...source, bundle: { file: f.file, line: f.line, column: f.column } } : f;
  };

  findings.push(...lint.map(locate));

  findings.push(...sizeFindings(bundleFile, code, label));
  const tooLong = code.length > MAX_CODE_LENGTH;

  for (const error of validateCode(code).errors) {
    // The size rule above already reports the length, naming the resolver.
    if (tooLong && error.errorType === 'VALIDATION_ERROR') continue;
    findings.push(
      locate({
        file: bundleFile,
        line: error.location.line,
        column: error.location.column,
        rule: `appsync-js/${error.errorType}`,
        message: error.value,
      }),
    );
  }

  if (exported) {
    const missing = ['request', 'response'].filter((name) => !exported.includes(name));
    if (missing.length > 0) {
      findings.push({
        file: source ?? bundleFile,
        line: 1,
        column: 1,
        rule: 'exports',
        message:
          `exports ${exported.length ? exported.join(', ') : 'nothing'}; ` +
          `a resolver or function exports both request and response (missing: ${missing.join(', ')})`,
      });
    }
  }
  return findings;
}

export async function buildResolvers(options: BuildResolversOptions): Promise<BuildResolversResult> {
  const cwd = options.cwd ?? process.cwd();
  const resolversDir = path.resolve(cwd, options.resolversDir);
  const outDir = path.resolve(cwd, options.outDir);
  if (!existsSync(resolversDir)) throw new Error(`resolvers dir ${resolversDir} does not exist`);
  await prepareOutDir(outDir, resolversDir);

  const layout = await readLayout(resolversDir);
  const schemaCheck = checkSchema(layout.resolvers, options.schema ?? buildAppSyncSchema());
  const plans = schemaCheck.ok;
  const findings: Finding[] = [...layout.findings, ...schemaCheck.findings];

  const entries: BundleEntry[] = [];
  const passThrough: string[] = [];
  const sources = new Map<string, string>();
  for (const plan of plans) {
    if (plan.kind === 'UNIT') entries.push({ source: plan.source, out: plan.out });
    else {
      if (plan.source) entries.push({ source: plan.source, out: plan.out });
      else passThrough.push(plan.out);
      for (const fn of plan.functions) entries.push({ source: fn.source, out: fn.out });
    }
  }

  for (const e of entries) sources.set(e.out, e.source);
  // Paths in bundle comments are relative to the resolvers dir's parent: `// resolvers/catalog/…`,
  // the same bytes (and asset hashes) wherever the build runs from.
  const bundled = await bundleEntries(entries, outDir, path.dirname(resolversDir));
  findings.push(...bundled.findings);
  for (const out of passThrough) {
    const file = path.join(outDir, out);
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, PASS_THROUGH_CODE);
    bundled.exports.set(out, ['request', 'response']);
  }

  const manifest = toManifest(plans);
  const labels = bundleLabels(plans);
  if (bundled.findings.length === 0) {
    const outs = [...entries.map((e) => e.out), ...passThrough].sort();
    const files = outs.map((out) => path.join(outDir, out));
    const lint = await lintBundles(outDir, files);
    for (const out of outs) {
      const file = path.join(outDir, out);
      findings.push(
        ...(await checkBundle(
          file,
          sources.get(out),
          lint.filter((m) => m.file === file),
          bundled.exports.get(out),
          labels.get(out) ?? out,
        )),
      );
    }
  }

  const sorted = sortFindings(findings);
  if (sorted.length === 0) {
    await writeFile(path.join(outDir, MANIFEST_FILE), `${JSON.stringify(manifest, null, 2)}\n`);
  }
  return { manifest, findings: sorted, outDir };
}
