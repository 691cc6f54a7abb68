// Reads the resolver source tree and turns file names into bindings (the file name IS the binding):
//   <domain>/<Type>.<field>.ts                 UNIT on `table`
//   <domain>/<Type>.<field>.<dataSource>.ts    UNIT on <dataSource>
//   <domain>/<Type>.<field>/                   PIPELINE: NN.<step>[.<dataSource>].ts in NN order, optional index.ts
// resolvers/lib/** is shared code, never a resolver. Test files next to resolvers are skipped.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { Finding } from './findings.ts';
import {
  DEFAULT_DATA_SOURCE,
  KNOWN_DATA_SOURCES,
  MAX_PIPELINE_FUNCTIONS,
  isKnownDataSource,
  type DataSourceName,
} from '../../contracts/index.ts';

const NAME = '[_A-Za-z][_0-9A-Za-z]*';
const DS = '[a-z][a-zA-Z0-9]*';
const UNIT_FILE = new RegExp(`^(${NAME})\\.(${NAME})(?:\\.(${DS}))?\\.ts$`);
const PIPELINE_DIR = new RegExp(`^(${NAME})\\.(${NAME})$`);
const STEP_FILE = new RegExp(`^(\\d{2})\\.([A-Za-z][A-Za-z0-9_]*)(?:\\.(${DS}))?\\.ts$`);
const SHARED_DIR = 'lib';
const SKIPPED_DIRS = new Set(['__tests__', '__fixtures__', '__mocks__', 'node_modules']);

export interface UnitPlan {
  kind: 'UNIT';
  typeName: string;
  fieldName: string;
  dataSource: DataSourceName;
  /** absolute path of the TypeScript source */
  source: string;
  /** bundle path relative to the out dir, posix separators */
  out: string;
}

export interface StepPlan {
  name: string;
  order: number;
  dataSource: DataSourceName;
  source: string;
  out: string;
}

export interface PipelinePlan {
  kind: 'PIPELINE';
  typeName: string;
  fieldName: string;
  /** index.ts, or undefined when the build writes the pass-through */
  source?: string;
  out: string;
  functions: StepPlan[];
}

export type ResolverPlan = UnitPlan | PipelinePlan;

export interface Layout {
  resolvers: ResolverPlan[];
  findings: Finding[];
}

/** Files that live next to resolvers without being one. */
function isSkippedFile(name: string): boolean {
  return (
    name.startsWith('.') ||
    /\.(test|spec)\.ts$/.test(name) ||
    name.endsWith('.d.ts') ||
    !/\.(ts|js|mjs|cjs|tsx|jsx)$/.test(name)
  );
}

function toOut(resolversDir: string, file: string): string {
  return path.relative(resolversDir, file).split(path.sep).join('/').replace(/\.ts$/, '.js');
}

function layoutFinding(file: string, rule: string, message: string): Finding {
  return { file, line: 1, column: 1, rule, message };
}

async function entries(dir: string) {
  const list = await readdir(dir, { withFileTypes: true });
  return list.sort((a, b) => a.name.localeCompare(b.name));
}

export async function readLayout(resolversDir: string): Promise<Layout> {
  const root = path.resolve(resolversDir);
  const resolvers: ResolverPlan[] = [];
  const findings: Finding[] = [];
  const seen = new Map<string, string>();

  const dataSourceOf = (file: string, named: string | undefined): DataSourceName | undefined => {
    const ds = named ?? DEFAULT_DATA_SOURCE;
    if (isKnownDataSource(ds)) return ds;
    findings.push(
      layoutFinding(
        file,
        'data-source',
        `unknown data source '${ds}'; expected one of ${KNOWN_DATA_SOURCES.join(', ')}`,
      ),
    );
    return undefined;
  };
  const claim = (file: string, typeName: string, fieldName: string): boolean => {
    const key = `${typeName}.${fieldName}`;
    const first = seen.get(key);
    if (first) {
      findings.push(
        layoutFinding(
          file,
          'layout',
          `${key} already has a resolver in ${path.relative(root, first)}; a field has exactly one`,
        ),
      );
      return false;
    }
    seen.set(key, file);
    return true;
  };

  for (const top of await entries(root)) {
    const topPath = path.join(root, top.name);
    if (top.isDirectory()) {
      if (top.name === SHARED_DIR || SKIPPED_DIRS.has(top.name) || top.name.startsWith('.')) continue;
      await readDomain(topPath);
    } else if (!isSkippedFile(top.name)) {
      findings.push(
        layoutFinding(
          topPath,
          'layout',
          `resolver files live in resolvers/<domain>/, shared code in resolvers/${SHARED_DIR}/`,
        ),
      );
    }
  }
  return { resolvers, findings };

  async function readDomain(domainDir: string): Promise<void> {
    for (const item of await entries(domainDir)) {
      const itemPath = path.join(domainDir, item.name);
      if (item.isDirectory()) {
        if (SKIPPED_DIRS.has(item.name) || item.name.startsWith('.')) continue;
        const match = PIPELINE_DIR.exec(item.name);
        if (!match) {
          findings.push(
            layoutFinding(
              itemPath,
              'layout',
              `folder '${item.name}' is not a pipeline '<Type>.<field>/'; ` +
                `shared helpers go to resolvers/${SHARED_DIR}/`,
            ),
          );
          continue;
        }
        await readPipeline(itemPath, match[1]!, match[2]!);
        continue;
      }
      if (isSkippedFile(item.name)) continue;
      const match = UNIT_FILE.exec(item.name);
      if (!match) {
        findings.push(
          layoutFinding(
            itemPath,
            'layout',
            `file name '${item.name}' is not '<Type>.<field>.ts' or '<Type>.<field>.<dataSource>.ts'`,
          ),
        );
        continue;
      }
      const [, typeName, fieldName, named] = match as unknown as [string, string, string, string | undefined];
      const dataSource = dataSourceOf(itemPath, named);
      if (!dataSource || !claim(itemPath, typeName, fieldName)) continue;
      resolvers.push({ kind: 'UNIT', typeName, fieldName, dataSource, source: itemPath, out: toOut(root, itemPath) });
    }
  }

  async function readPipeline(dir: string, typeName: string, fieldName: string): Promise<void> {
    const functions: StepPlan[] = [];
    const orders = new Map<number, string>();
    let index: string | undefined;
    let ok = true;
    for (const item of await entries(dir)) {
      const itemPath = path.join(dir, item.name);
      if (item.isDirectory()) {
        if (SKIPPED_DIRS.has(item.name) || item.name.startsWith('.')) continue;
        findings.push(
          layoutFinding(itemPath, 'layout', 'a pipeline folder holds only NN.<step>.ts files and index.ts'),
        );
        ok = false;
        continue;
      }
      if (isSkippedFile(item.name)) continue;
      if (item.name === 'index.ts') {
        index = itemPath;
        continue;
      }
      const match = STEP_FILE.exec(item.name);
      if (!match) {
        findings.push(
          layoutFinding(
            itemPath,
            'layout',
            `step file '${item.name}' is not 'NN.<step>.ts' or 'NN.<step>.<dataSource>.ts' (step: letters, digits, _)`,
          ),
        );
        ok = false;
        continue;
      }
      const [, nn, step, named] = match as unknown as [string, string, string, string | undefined];
      const order = Number(nn);
      const other = orders.get(order);
      if (other) {
        findings.push(
          layoutFinding(itemPath, 'layout', `step number ${nn} is also used by ${other}; each step has its own NN`),
        );
        ok = false;
        continue;
      }
      orders.set(order, item.name);
      const dataSource = dataSourceOf(itemPath, named);
      if (!dataSource) {
        ok = false;
        continue;
      }
      functions.push({
        name: `${typeName}_${fieldName}_${nn}_${step}`,
        order,
        dataSource,
        source: itemPath,
        out: toOut(root, itemPath),
      });
    }
    if (functions.length === 0 && ok) {
      findings.push(layoutFinding(dir, 'layout', 'pipeline folder has no NN.<step>.ts files'));
      ok = false;
    }
    if (functions.length > MAX_PIPELINE_FUNCTIONS) {
      findings.push(
        layoutFinding(
          dir,
          'layout',
          `pipeline has ${functions.length} functions; AppSync allows at most ${MAX_PIPELINE_FUNCTIONS}`,
        ),
      );
      ok = false;
    }
    if (!ok || !claim(dir, typeName, fieldName)) return;
    functions.sort((a, b) => a.order - b.order);
    const out = toOut(root, path.join(dir, 'index.ts'));
    resolvers.push({ kind: 'PIPELINE', typeName, fieldName, ...(index ? { source: index } : {}), out, functions });
  }
}
