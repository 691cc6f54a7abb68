// Fixture resolver trees for the build and infra tests, written to temp dirs. The bindings are real
// schema fields (Query.product, Query.categories, Mutation.checkout, Mutation.cancelOrder) so the
// schema check passes; the code is small but valid APPSYNC_JS.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export type Tree = Record<string, string>;

export function tempDir(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), `shop-${prefix}-`));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export function writeTree(root: string, tree: Tree): string {
  for (const [file, content] of Object.entries(tree)) {
    const full = path.join(root, file);
    mkdirSync(path.dirname(full), { recursive: true });
    writeFileSync(full, content);
  }
  return root;
}

const KEYS = `export function productKey(id: string) {
  return { pk: \`PRODUCT#\${id}\`, sk: 'PRODUCT' };
}
`;

const UNIT_TABLE = `import { util, type Context } from '@aws-appsync/utils';
import * as ddb from '@aws-appsync/utils/dynamodb';
import { productKey } from '../lib/keys.ts';

export function request(ctx: Context<{ id: string }>) {
  return ddb.get({ key: productKey(ctx.args.id) });
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
`;

const UNIT_NONE = `import type { Context } from '@aws-appsync/utils';

export function request() {
  return { payload: [] };
}

export function response(ctx: Context) {
  return ctx.result;
}
`;

const STEP = (what: string) => `import { util, type Context } from '@aws-appsync/utils';

// ${what}
export function request(ctx: Context) {
  return { operation: 'GetItem', key: util.dynamodb.toMapValues({ pk: 'CART#' + ctx.stash.customerId, sk: 'CART' }) };
}

export function response(ctx: Context) {
  if (ctx.error) util.error(ctx.error.message, ctx.error.type);
  return ctx.result;
}
`;

const BEFORE_AFTER = `import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context) {
  ctx.stash.customerId = 'c1';
  return {};
}

export function response(ctx: Context) {
  return ctx.prev.result;
}
`;

/**
 * A unit resolver on `table`, a `.none.` unit resolver, a pipeline with index.ts and two steps, and a
 * pipeline without index.ts (pass-through) whose one step runs on `none`; plus things the build skips.
 */
export const FIXTURE_TREE: Tree = {
  'lib/keys.ts': KEYS,
  'catalog/Query.product.ts': UNIT_TABLE,
  'catalog/Query.product.test.ts': `import { it } from 'vitest'; it.skip('not a resolver', () => {});\n`,
  'catalog/README.md': 'Catalog resolvers.\n',
  'catalog/Query.categories.none.ts': UNIT_NONE,
  'orders/Mutation.checkout/index.ts': BEFORE_AFTER,
  'orders/Mutation.checkout/02.placeOrder.ts': STEP('place the order'),
  'orders/Mutation.checkout/01.loadCart.ts': STEP('load the cart'),
  'orders/Mutation.cancelOrder/01.check.none.ts': UNIT_NONE,
};

/** The manifest FIXTURE_TREE must produce. */
export const FIXTURE_MANIFEST = {
  resolvers: [
    {
      typeName: 'Mutation',
      fieldName: 'cancelOrder',
      kind: 'PIPELINE',
      file: 'orders/Mutation.cancelOrder/index.js',
      functions: [
        {
          name: 'Mutation_cancelOrder_01_check',
          dataSource: 'none',
          file: 'orders/Mutation.cancelOrder/01.check.none.js',
        },
      ],
    },
    {
      typeName: 'Mutation',
      fieldName: 'checkout',
      kind: 'PIPELINE',
      file: 'orders/Mutation.checkout/index.js',
      functions: [
        { name: 'Mutation_checkout_01_loadCart', dataSource: 'table', file: 'orders/Mutation.checkout/01.loadCart.js' },
        {
          name: 'Mutation_checkout_02_placeOrder',
          dataSource: 'table',
          file: 'orders/Mutation.checkout/02.placeOrder.js',
        },
      ],
    },
    {
      typeName: 'Query',
      fieldName: 'categories',
      kind: 'UNIT',
      dataSource: 'none',
      file: 'catalog/Query.categories.none.js',
    },
    { typeName: 'Query', fieldName: 'product', kind: 'UNIT', dataSource: 'table', file: 'catalog/Query.product.js' },
  ],
};

/** A valid unit resolver with `body` as the request handler's statements. */
export function unitResolver(body: string): string {
  return `import type { Context } from '@aws-appsync/utils';

export function request(ctx: Context<{ id: string }>) {
${body}
}

export function response(ctx: Context) {
  return ctx.result;
}
`;
}
