// The shared client (clients/*.ts) stays small and honest: no DOM and no React Native in it — each app brings
// its own — and both apps, the Vite storefront and the Expo app's web target, build from it and bundle its
// generated operations.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../local/web/index.ts';
import { ROOT } from '../support/shop-process.ts';

const CLIENTS = join(ROOT, 'clients');
/** What the shared client may import besides its own files: Amplify JS and the typed-document types. */
const ALLOWED = [/^aws-amplify(\/[a-z-]+)?$/, /^@graphql-typed-document-node\/core$/];

function sharedFiles(): string[] {
  const own = readdirSync(CLIENTS, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith('.ts') && !e.name.endsWith('.test.ts'))
    .map((e) => join(CLIENTS, e.name));
  const generated = readdirSync(join(CLIENTS, 'generated')).map((name) => join(CLIENTS, 'generated', name));
  return [...own, ...generated.filter((f) => f.endsWith('.ts'))];
}

function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.map((i) => i.fileName);
}

const outDirs: string[] = [];
afterAll(() => outDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function bundleText(dir: string): string {
  let text = '';
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile() && entry.name.endsWith('.js')) text += readFileSync(join(entry.parentPath, entry.name), 'utf8');
  }
  return text;
}

describe('the shared client in clients/', () => {
  it('imports only its own files, Amplify JS and typed-document types: no React, DOM or React Native', () => {
    const files = sharedFiles();
    expect(files.map((f) => f.slice(CLIENTS.length + 1))).toEqual(
      expect.arrayContaining(['api.ts', 'config.ts', 'index.ts', 'money.ts', 'generated/graphql.ts']),
    );
    const foreign = files.flatMap((file) =>
      importsOf(file)
        .filter((name) => !name.startsWith('./') && !ALLOWED.some((allowed) => allowed.test(name)))
        .map((name) => `${file.slice(CLIENTS.length + 1)} imports ${name}`),
    );
    expect(foreign).toEqual([]);
  });

  it('typechecks with no DOM library and no React Native types (ES2023 alone)', () => {
    const program = ts.createProgram(sharedFiles(), {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      lib: ['lib.es2023.d.ts'],
      types: [],
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
    });
    const problems = ts
      .getPreEmitDiagnostics(program)
      .filter((d) => d.file && !d.file.fileName.includes('node_modules'))
      .map((d) => `${d.file!.fileName}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
    expect(problems).toEqual([]);
  });

  // Both builds bundle the same generated documents: an operation only the storefront's and the app's
  // catalog screens send is in each bundle, by its name.
  it.each(['web', 'mobile'] as const)(
    'the %s app builds from it',
    async (app) => {
      const out = mkdtempSync(join(tmpdir(), `shared-client-${app}-`));
      outDirs.push(out);
      await buildApp(ROOT, app, out);
      const bundle = bundleText(out);
      expect(bundle).toContain('SearchProducts');
      expect(bundle).toContain('onOrderStatusChanged');
      expect(readFileSync(join(out, 'index.html'), 'utf8')).toContain(app === 'web' ? '/shop/' : '/mobile/');
    },
    240_000,
  );
});
