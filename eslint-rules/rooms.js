// Project rules that keep the folders honest: one door per room in local/, and no production
// module that leans on test helpers. Both resolve the import against the importing file.
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const local = path.join(root, 'local');
const test = path.join(root, 'test');

/** The room of a file under local/ (its first folder), or undefined outside local/. */
function roomOf(file) {
  const rel = path.relative(local, file);
  if (rel.startsWith('..') || path.isAbsolute(rel)) return undefined;
  const [room, ...rest] = rel.split(path.sep);
  return rest.length > 0 ? room : undefined;
}

function isTestFile(file) {
  return file.startsWith(test + path.sep) || /\.test\.ts$/.test(file) || file.includes(`${path.sep}test${path.sep}`);
}

function importsOf(context, check) {
  const visit = (node) => {
    const source = node.source?.value;
    if (typeof source !== 'string' || !source.startsWith('.')) return;
    check(node, path.resolve(path.dirname(context.filename), source));
  };
  return {
    ImportDeclaration: visit,
    ExportNamedDeclaration: visit,
    ExportAllDeclaration: visit,
    ImportExpression: visit,
  };
}

/** Outside a room of local/, only its index.ts may be imported. */
const roomDoors = {
  meta: {
    type: 'problem',
    messages: { deep: "'{{target}}' is inside local/{{room}}/: import local/{{room}}/index.ts" },
  },
  create(context) {
    const own = roomOf(context.filename);
    return importsOf(context, (node, target) => {
      const room = roomOf(target);
      if (!room || room === own) return;
      if (path.relative(path.join(local, room), target) === 'index.ts') return;
      context.report({ node, messageId: 'deep', data: { target: path.relative(root, target), room } });
    });
  },
};

/** Production code never imports from test/. */
const noTestImports = {
  meta: { type: 'problem', messages: { test: "production code imports the test helper '{{target}}'" } },
  create(context) {
    if (isTestFile(context.filename)) return {};
    return importsOf(context, (node, target) => {
      if (!isTestFile(target)) return;
      context.report({ node, messageId: 'test', data: { target: path.relative(root, target) } });
    });
  },
};

export default { rules: { 'room-doors': roomDoors, 'no-test-imports': noTestImports } };
